package uk.reviewhub.meeting.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.meeting.domain.MeetingPapers;
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
class PaperController {

    private final MeetingPapers papers;

    PaperController(MeetingPapers papers) {
        this.papers = papers;
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
        return HttpResponse.created(papers.attach(itemId, file.getFilename(), file.getBytes(), CurrentUser.of(auth)));
    }

    @Get(ApiPaths.AGENDA_ITEM_PAPERS)
    @Operation(summary = "The papers of an agenda item")
    List<PaperView> list(@PathVariable UUID itemId, Authentication auth) {
        return papers.papers(itemId, CurrentUser.of(auth));
    }

    @Get(value = ApiPaths.PAPER, produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a paper")
    HttpResponse<byte[]> download(@PathVariable UUID paperId, Authentication auth) {
        MeetingPapers.PaperFile paper = papers.download(paperId, CurrentUser.of(auth));
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
}
