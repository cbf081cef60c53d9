package uk.reviewhub.partnership.domain;

import java.util.UUID;

/** A review group of the partnership (the API shows it as {@code ReviewGroupSummary}). */
public record Group(UUID id, String code, String name, String shortName, String formerName) {
}
