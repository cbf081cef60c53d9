package uk.reviewhub.meeting.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.api.meeting.PapersApi;
import uk.reviewhub.meeting.domain.MeetingPapers;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Papers on agenda items, for the group's people: chairs, vice chairs, members and business
 * support of the partnership (row-level security keeps other partnerships' items and papers out:
 * 404), and of those only people with a seat in the item's group, or business support (403
 * otherwise). Papers are served only as downloads, never rendered in the browser.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Meetings")
class PaperController implements PapersApi {

    private final MeetingPapers papers;
    private final SecurityService security;

    PaperController(MeetingPapers papers, SecurityService security) {
        this.papers = papers;
        this.security = security;
    }

    @Post(value = ApiPaths.AGENDA_ITEM_PAPERS, consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a paper (PDF, DOCX, XLSX, PPTX, ODT or TXT; checked by content) to an agenda item")
    HttpResponse<PaperView> attach(@PathVariable UUID itemId, CompletedFileUpload file, Authentication auth) throws IOException {
        if (file.getSize() > papers.maxBytes()) {
            throw papers.tooLarge();
        }
        if (file.getFilename() == null || file.getFilename().isBlank()) {
            throw new InvalidFieldException("file", "Send the paper as the multipart part 'file', with its file name.");
        }
        return HttpResponse.created(MeetingViews.paper(papers.attach(itemId, file.getFilename(), file.getBytes(), CurrentUser.of(auth))));
    }

    @Override
    @Operation(summary = "The papers of an agenda item")
    public List<PaperView> papers(UUID itemId) {
        return papers.papers(itemId, user()).stream().map(MeetingViews::paper).toList();
    }

    @Override
    @Operation(summary = "Download a paper")
    public HttpResponse<byte[]> paperFile(UUID paperId) {
        MeetingPapers.PaperFile paper = papers.download(paperId, user());
        String name = paper.fileName();
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(paper.content())
                .contentType(MediaType.of(paper.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store");
    }

    private CurrentUser user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first.")));
    }
}
