package uk.reviewhub.api.onboarding;

import io.micronaut.http.annotation.Get;

/** A new partnership's set-up checklist, for its partnership admins. */
public interface SetupChecklistApi {

    String CHECKLIST = "/api/setup/checklist";

    @Get(CHECKLIST)
    SetupChecklist checklist();
}
