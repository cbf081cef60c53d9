package uk.reviewhub.ui.meeting;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.meeting.PerformanceApi;
import uk.reviewhub.ui.backend.BackendCall;

import java.time.LocalDate;
import java.util.UUID;

/** A group's performance measures and its printable report, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface PerformanceClient extends PerformanceApi {

    /** The report rendered by the backend from the partnership's template: {@code extension} pdf, docx or html. */
    default byte[] report(UUID groupId, LocalDate from, LocalDate to, String extension) {
        return reportFile(groupId, "report." + extension, from, to).body();
    }
}
