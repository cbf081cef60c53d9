package uk.reviewhub.scrutiny.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An observation of frontline practice, with the framework version it used. */
public record Observation(UUID id, UUID pieceId, LocalDate observedOn, String setting, Person observer, int frameworkVersion,
                          List<Rating> ratings, String evidence, String strengths, String areasForDevelopment,
                          String practitionerFeedback, Instant recordedAt) {

    /** A domain's rating; {@code domainName} as the framework version names it. */
    public record Rating(String domain, String domainName, String rating) {
    }
}
