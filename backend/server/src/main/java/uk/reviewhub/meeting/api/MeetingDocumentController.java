package uk.reviewhub.meeting.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.meeting.MeetingDocumentsApi;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.meeting.domain.MeetingDocuments;

import java.util.UUID;

/**
 * A meeting's agenda and minutes as PDF or DOCX from the partnership's templates, for whoever reads
 * them as JSON (partnership admins, chairs, vice chairs, members and business support; another
 * partnership's meeting: 404). Served as attachments.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Meetings")
class MeetingDocumentController implements MeetingDocumentsApi {

    private final MeetingDocuments documents;

    MeetingDocumentController(MeetingDocuments documents) {
        this.documents = documents;
    }

    @Override
    @Operation(summary = "The agenda as agenda.pdf or agenda.docx: the latest published revision, or a DRAFT before publication")
    public HttpResponse<byte[]> agendaDocument(UUID meetingId, String format) {
        DocumentFormat f = format(format);
        return attachment(documents.agenda(meetingId, f), "agenda-" + meetingId + "." + f.extension());
    }

    @Override
    @Operation(summary = "The current minutes as minutes.pdf or minutes.docx; draft minutes are marked DRAFT")
    public HttpResponse<byte[]> minutesDocument(UUID meetingId, String format) {
        DocumentFormat f = format(format);
        return attachment(documents.minutes(meetingId, f), "minutes-" + meetingId + "." + f.extension());
    }

    private static DocumentFormat format(String extension) {
        DocumentFormat format = DocumentFormat.ofExtension(extension);
        if (format == null || format == DocumentFormat.HTML) {
            throw new NotFoundException("Meeting documents are .pdf or .docx files.");
        }
        return format;
    }

    private static HttpResponse<byte[]> attachment(RenderedDocument document, String fileName) {
        return HttpResponse.ok(document.content())
                .contentType(MediaType.of(document.format().mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }
}
