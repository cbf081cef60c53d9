package uk.reviewhub.partnership.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.partnership.domain.TermsOfReferenceEditor;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/** Terms of reference as versioned data: partnership admins write new versions; everyone reads the history. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Partnership")
class TermsOfReferenceController {

    private final TermsOfReferenceEditor editor;

    TermsOfReferenceController(TermsOfReferenceEditor editor) {
        this.editor = editor;
    }

    @Put(ApiPaths.GROUP_TERMS_OF_REFERENCE)
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Write a new version of the group's terms of reference over the version read (409 if stale)")
    TermsOfReferenceState update(@PathVariable UUID groupId, @Body @Valid TermsOfReferenceUpdate update, Authentication auth) {
        return editor.update(groupId, update, CurrentUser.of(auth).userId());
    }

    @Get(ApiPaths.GROUP_TERMS_OF_REFERENCE_VERSIONS)
    @Operation(summary = "Every version of the group's terms of reference, newest first, with the review reminder")
    List<TermsOfReferenceState> versions(@PathVariable UUID groupId) {
        return editor.versions(groupId);
    }
}
