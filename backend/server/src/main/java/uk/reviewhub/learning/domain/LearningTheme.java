package uk.reviewhub.learning.domain;

import java.util.UUID;

/** A learning theme of the partnership's taxonomy; {@code national} when seeded from the national list. */
public record LearningTheme(UUID id, String code, String title, boolean national, boolean active, int version) {
}
