package uk.reviewhub.ui.meeting;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.meeting.AgendaOrderRequest;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.MeetingDocumentsApi;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.MeetingsApi;
import uk.reviewhub.api.meeting.MinutesView;
import uk.reviewhub.api.meeting.PapersApi;
import uk.reviewhub.api.meeting.PublishAgendaRequest;
import uk.reviewhub.api.meeting.VersionedRequest;
import uk.reviewhub.ui.backend.BackendCall;
import uk.reviewhub.ui.backend.BackendProblem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The meetings API, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface MeetingClient extends MeetingsApi, MeetingDocumentsApi, PapersApi {

    default MeetingView held(UUID meetingId, int version) {
        return held(meetingId, new VersionedRequest(version));
    }

    default AgendaView order(UUID meetingId, List<UUID> itemIds) {
        return order(meetingId, new AgendaOrderRequest(itemIds));
    }

    /** Publishes the agenda with its papers; {@code revision} is the latest published revision read (0 for none). */
    default AgendaView publish(UUID meetingId, int revision) {
        return publish(meetingId, new PublishAgendaRequest(revision));
    }

    /** A paper's bytes, fetched with the user's token (the browser's link carries none). */
    default byte[] paper(UUID paperId) {
        return paperFile(paperId).body();
    }

    /** The agenda ({@code minutes} false) or minutes as "pdf" or "docx". */
    default byte[] document(UUID meetingId, boolean minutes, String format) {
        return (minutes ? minutesDocument(meetingId, format) : agendaDocument(meetingId, format)).body();
    }

    /** The current minutes, or empty while none have been drafted. */
    default Optional<MinutesView> minutes(UUID meetingId) {
        try {
            return Optional.of(currentMinutes(meetingId));
        } catch (BackendProblem problem) {
            if (problem.isNotFound()) {
                return Optional.empty();
            }
            throw problem;
        }
    }
}
