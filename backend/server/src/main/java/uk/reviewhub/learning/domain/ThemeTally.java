package uk.reviewhub.learning.domain;

import java.util.UUID;

/** How often a theme was attached to cases (by awareness date) and to reviews (by commissioning date) in a period. */
public record ThemeTally(UUID themeId, String code, String title, int cases, int reviews) {
}
