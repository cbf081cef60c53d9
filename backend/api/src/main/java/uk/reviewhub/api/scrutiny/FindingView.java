package uk.reviewhub.api.scrutiny;

import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.actionplan.ActionView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A finding of a piece of scrutiny, numbered within the piece, rated (in the words of the partnership's
 * finding ratings), with the evidence it draws on
 * ({@code supports}; {@code triangulated}: evidence of at least two kinds supports it) and the
 * recommendations it led to, each with the actions it put on the Composite Action Plan.
 */
@Serdeable
public record FindingView(UUID id, int number, String title, String detail, String rating,
                          List<Support> supports, boolean triangulated, List<RecommendationView> recommendations,
                          PersonName recordedBy) {

    /** One piece of evidence: {@code kind} OBSERVATION, FOCUS_GROUP, STAFF_FEEDBACK, FAMILY_FEEDBACK or AUDIT. */
    @Serdeable
    public record Support(String kind, String kindLabel, UUID id, String title, LocalDate on) {
    }

    @Serdeable
    public record RecommendationView(UUID id, int number, String text, List<ActionView> actions) {
    }
}
