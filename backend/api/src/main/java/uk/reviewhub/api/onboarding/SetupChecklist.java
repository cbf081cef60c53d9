package uk.reviewhub.api.onboarding;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A new partnership's set-up steps, each done or not as its data says. */
@Serdeable
public record SetupChecklist(List<Step> steps, boolean allDone) {

    /** {@code link} is the UI route of the page that does the step. */
    @Serdeable
    public record Step(String code, String title, String purpose, String example, boolean done, String link) {
    }
}
