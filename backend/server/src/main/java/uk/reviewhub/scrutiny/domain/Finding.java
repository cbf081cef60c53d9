package uk.reviewhub.scrutiny.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A finding of a piece of scrutiny, numbered within the piece and rated, with the evidence it draws
 * on and the recommendations it led to. Its rating is one of the partnership's finding ratings
 * ({@code scrutiny: findingRatings} in its pack) as it was when rated.
 */
public record Finding(UUID id, UUID pieceId, int number, String title, String detail, String rating,
                      List<Support> supports, List<Recommendation> recommendations, Person recordedBy, Instant recordedAt) {

    /** Whether several kinds of evidence support it (see {@link Triangulation}). */
    public boolean triangulated() {
        return Triangulation.triangulated(supports.stream().map(Support::kind).toList());
    }

    /**
     * One piece of evidence the finding draws on: an observation (kind OBSERVATION) or a focus
     * group, feedback or audit (the evidence's kind), with its title and day.
     */
    public record Support(String kind, UUID id, String title, LocalDate on) {
    }

    /** A recommendation the finding led to, numbered within the piece. */
    public record Recommendation(UUID id, int number, String text) {
    }
}
