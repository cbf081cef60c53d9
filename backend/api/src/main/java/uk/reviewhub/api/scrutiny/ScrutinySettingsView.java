package uk.reviewhub.api.scrutiny;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Scrutiny's settings from the partnership's pack, a small answer for a page that needs no more:
 * whether the partnership runs scrutiny, and how it rates a finding, best first ({@code scrutiny:
 * findingRatings}; empty when scrutiny is off).
 */
@Serdeable
public record ScrutinySettingsView(boolean enabled, List<String> findingRatings) {
}
