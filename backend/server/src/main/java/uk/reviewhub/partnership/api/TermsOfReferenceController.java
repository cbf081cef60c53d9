package uk.reviewhub.partnership.api;

import uk.reviewhub.api.partnership.TermsOfReferenceApi;
import io.micronaut.security.utils.SecurityService;
import uk.reviewhub.problem.NotSignedInException;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
class TermsOfReferenceController implements TermsOfReferenceApi {

    private final TermsOfReferenceEditor editor;
    private final SecurityService security;

    TermsOfReferenceController(TermsOfReferenceEditor editor, SecurityService security) {
        this.editor = editor;
        this.security = security;
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Write a new version of the group's terms of reference over the version read (409 if stale)")
    public TermsOfReferenceState updateTermsOfReference(UUID groupId, @Body @Valid TermsOfReferenceUpdate update) {
        return PartnershipViews.state(editor.update(groupId, PartnershipViews.edit(update), CurrentUser.of(security.getAuthentication()
                .orElseThrow(() -> new NotSignedInException("Sign in first."))).userId()));
    }

    @Override
    @Operation(summary = "Every version of the group's terms of reference, newest first, with the review reminder")
    public List<TermsOfReferenceState> termsOfReferenceVersions(UUID groupId) {
        return editor.versions(groupId).stream().map(PartnershipViews::state).toList();
    }
}
