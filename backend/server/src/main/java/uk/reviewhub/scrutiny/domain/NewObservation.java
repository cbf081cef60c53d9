package uk.reviewhub.scrutiny.domain;

import java.time.LocalDate;
import java.util.List;

/** An observation as the scrutineer records it, before it is checked and stored. */
public record NewObservation(LocalDate observedOn, String setting, Integer frameworkVersion, List<RatingInput> ratings,
                             String evidence, String strengths, String areasForDevelopment, String practitionerFeedback,
                             boolean noNamesConfirmed) {

    public record RatingInput(String domain, String rating) {
    }
}
