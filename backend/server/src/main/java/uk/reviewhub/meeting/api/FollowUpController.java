package uk.reviewhub.meeting.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.meeting.FollowUpView;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.meeting.domain.ApologyFollowUps;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/**
 * The chair's follow-ups of repeated apologies, with their letters: for business support and admins
 * every group's, for a chair or vice chair those of the groups they chair ({@code GroupAuthority}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
@Tag(name = "Meetings")
class FollowUpController {

    private final ApologyFollowUps followUps;

    FollowUpController(ApologyFollowUps followUps) {
        this.followUps = followUps;
    }

    @Get(ApiPaths.FOLLOW_UPS)
    @Operation(summary = "Follow-ups of apologies for a second consecutive meeting, oldest first")
    List<FollowUpView> followUps(@QueryValue @Nullable String status, Authentication auth) {
        return followUps.followUps(status, CurrentUser.of(auth)).stream().map(MeetingViews::followUp).toList();
    }

    @Post(ApiPaths.FOLLOW_UP_DONE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Mark a follow-up done")
    FollowUpView done(@PathVariable UUID followUpId, Authentication auth) {
        return MeetingViews.followUp(followUps.done(followUpId, CurrentUser.of(auth)));
    }

    @Get(ApiPaths.FOLLOW_UP_LETTER)
    @Operation(summary = "The follow-up letter as letter.pdf, letter.docx or letter.html")
    HttpResponse<byte[]> letter(@PathVariable UUID followUpId, @PathVariable String file, Authentication auth) {
        DocumentFormat format = file.startsWith("letter.") ? DocumentFormat.ofExtension(file.substring("letter.".length())) : null;
        if (format == null) {
            throw new NotFoundException("The letter is letter.pdf, letter.docx or letter.html.");
        }
        RenderedDocument letter = followUps.letter(followUpId, format, CurrentUser.of(auth));
        return HttpResponse.ok(letter.content()).contentType(MediaType.of(format.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"apology-follow-up." + format.extension() + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }
}
