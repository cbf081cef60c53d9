package uk.reviewhub.api.meeting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import uk.reviewhub.api.ApiPaths;

import java.util.UUID;

/** A meeting's agenda and minutes as PDF or DOCX ({@code format} pdf or docx, else 404), from the partnership's templates. */
public interface MeetingDocumentsApi {

    /** The latest published revision of the agenda, or a DRAFT before publication. */
    @Get(value = ApiPaths.MEETING_AGENDA_DOCUMENT, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> agendaDocument(@PathVariable UUID meetingId, @PathVariable String format);

    /** The current minutes; draft minutes are marked DRAFT. */
    @Get(value = ApiPaths.MEETING_MINUTES_DOCUMENT, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> minutesDocument(@PathVariable UUID meetingId, @PathVariable String format);
}
