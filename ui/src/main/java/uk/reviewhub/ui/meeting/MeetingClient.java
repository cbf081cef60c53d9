package uk.reviewhub.ui.meeting;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.meeting.ActionStatusRequest;
import uk.reviewhub.api.meeting.ActionView;
import uk.reviewhub.api.meeting.AgendaDecisionRequest;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaOrderRequest;
import uk.reviewhub.api.meeting.AgendaPublicationView;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.api.meeting.PublishAgendaRequest;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.AmendMinutesRequest;
import uk.reviewhub.api.meeting.ApproveMinutesRequest;
import uk.reviewhub.api.meeting.CancelMeetingRequest;
import uk.reviewhub.api.meeting.CirculateMinutesRequest;
import uk.reviewhub.api.meeting.DecisionView;
import uk.reviewhub.api.meeting.DraftMinutesRequest;
import uk.reviewhub.api.meeting.ExtraMeetingRequest;
import uk.reviewhub.api.meeting.GenerateMeetingsRequest;
import uk.reviewhub.api.meeting.GeneratedMeetings;
import uk.reviewhub.api.meeting.MeetingAttendanceView;
import uk.reviewhub.api.meeting.MeetingChangeView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.MinutesView;
import uk.reviewhub.api.meeting.MoveMeetingRequest;
import uk.reviewhub.api.meeting.NewActionRequest;
import uk.reviewhub.api.meeting.RecordAttendanceRequest;
import uk.reviewhub.api.meeting.SubmitAgendaItemRequest;
import uk.reviewhub.api.meeting.VersionedRequest;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.BackendProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The meetings API, as the signed-in user. */
@Singleton
public class MeetingClient {

    private final Backend backend;

    MeetingClient(Backend backend) {
        this.backend = backend;
    }

    public List<MeetingView> meetings(UUID groupId, LocalDate from, LocalDate to) {
        return backend.get(group(ApiPaths.GROUP_MEETINGS, groupId) + "?from=" + from + "&to=" + to,
                Argument.listOf(MeetingView.class));
    }

    public GeneratedMeetings generate(UUID groupId, GenerateMeetingsRequest request) {
        return backend.post(group(ApiPaths.GROUP_MEETINGS_GENERATE, groupId), request, GeneratedMeetings.class);
    }

    public MeetingView addExtra(UUID groupId, ExtraMeetingRequest request) {
        return backend.post(group(ApiPaths.GROUP_MEETINGS, groupId), request, MeetingView.class);
    }

    public List<ActionView> actionLog(UUID groupId) {
        return backend.get(group(ApiPaths.GROUP_ACTIONS, groupId), Argument.listOf(ActionView.class));
    }

    public List<DecisionView> decisions(UUID groupId) {
        return backend.get(group(ApiPaths.GROUP_DECISIONS, groupId), Argument.listOf(DecisionView.class));
    }

    public ActionView actionStatus(UUID actionId, ActionStatusRequest request) {
        return backend.post(ApiPaths.MEETING_ACTION_STATUS.replace("{actionId}", actionId.toString()), request, ActionView.class);
    }

    public MeetingView meeting(UUID meetingId) {
        return backend.get(meeting(ApiPaths.MEETING, meetingId), MeetingView.class);
    }

    public MeetingView move(UUID meetingId, MoveMeetingRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_MOVE, meetingId), request, MeetingView.class);
    }

    public MeetingView cancel(UUID meetingId, CancelMeetingRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_CANCEL, meetingId), request, MeetingView.class);
    }

    public MeetingView held(UUID meetingId, int version) {
        return backend.post(meeting(ApiPaths.MEETING_HELD, meetingId), new VersionedRequest(version), MeetingView.class);
    }

    public List<MeetingChangeView> changes(UUID meetingId) {
        return backend.get(meeting(ApiPaths.MEETING_CHANGES, meetingId), Argument.listOf(MeetingChangeView.class));
    }

    public MeetingAttendanceView attendance(UUID meetingId) {
        return backend.get(meeting(ApiPaths.MEETING_ATTENDANCE, meetingId), MeetingAttendanceView.class);
    }

    public MeetingAttendanceView record(UUID meetingId, UUID memberId, RecordAttendanceRequest request) {
        return backend.put(meeting(ApiPaths.MEETING_ATTENDANCE_SEAT, meetingId).replace("{memberId}", memberId.toString()),
                request, MeetingAttendanceView.class);
    }

    public AgendaView agenda(UUID meetingId) {
        return backend.get(meeting(ApiPaths.MEETING_AGENDA, meetingId), AgendaView.class);
    }

    public AgendaItemView submit(UUID meetingId, SubmitAgendaItemRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_AGENDA_ITEMS, meetingId), request, AgendaItemView.class);
    }

    public AgendaItemView decide(UUID meetingId, UUID itemId, AgendaDecisionRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_AGENDA_ITEM_DECISION, meetingId).replace("{itemId}", itemId.toString()),
                request, AgendaItemView.class);
    }

    public AgendaView order(UUID meetingId, List<UUID> itemIds) {
        return backend.put(meeting(ApiPaths.MEETING_AGENDA_ORDER, meetingId), new AgendaOrderRequest(itemIds), AgendaView.class);
    }

    /** Publishes the agenda with its papers; {@code revision} is the latest published revision read (0 for none). */
    public AgendaView publish(UUID meetingId, int revision) {
        return backend.post(meeting(ApiPaths.MEETING_AGENDA_PUBLICATIONS, meetingId), new PublishAgendaRequest(revision),
                AgendaView.class);
    }

    public List<AgendaPublicationView> publications(UUID meetingId) {
        return backend.get(meeting(ApiPaths.MEETING_AGENDA_PUBLICATIONS, meetingId), Argument.listOf(AgendaPublicationView.class));
    }

    public List<PaperView> papers(UUID itemId) {
        return backend.get(ApiPaths.AGENDA_ITEM_PAPERS.replace("{itemId}", itemId.toString()), Argument.listOf(PaperView.class));
    }

    public PaperView attachPaper(UUID itemId, String fileName, byte[] content) {
        return backend.upload(ApiPaths.AGENDA_ITEM_PAPERS.replace("{itemId}", itemId.toString()), "file", fileName, content,
                PaperView.class);
    }

    /** A paper's bytes, fetched with the user's token (the browser's link carries none). */
    public byte[] paper(UUID paperId) {
        return backend.download(ApiPaths.PAPER.replace("{paperId}", paperId.toString()), "application/octet-stream");
    }

    /** The agenda ({@code minutes} false) or minutes as "pdf" or "docx". */
    public byte[] document(UUID meetingId, boolean minutes, String format) {
        String path = minutes ? ApiPaths.MEETING_MINUTES_DOCUMENT : ApiPaths.MEETING_AGENDA_DOCUMENT;
        String mediaType = format.equals("pdf") ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return backend.download(meeting(path, meetingId).replace("{format}", format), mediaType);
    }

    /** The current minutes, or empty while none have been drafted. */
    public Optional<MinutesView> minutes(UUID meetingId) {
        try {
            return Optional.of(backend.get(meeting(ApiPaths.MEETING_MINUTES, meetingId), MinutesView.class));
        } catch (BackendProblem problem) {
            if (problem.isNotFound()) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    public MinutesView draft(UUID meetingId, DraftMinutesRequest request) {
        return backend.put(meeting(ApiPaths.MEETING_MINUTES, meetingId), request, MinutesView.class);
    }

    public MinutesView approve(UUID meetingId, ApproveMinutesRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_MINUTES_APPROVE, meetingId), request, MinutesView.class);
    }

    public MinutesView amend(UUID meetingId, AmendMinutesRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_MINUTES_AMENDMENTS, meetingId), request, MinutesView.class);
    }

    public MinutesView circulate(UUID meetingId, CirculateMinutesRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_MINUTES_CIRCULATE, meetingId), request, MinutesView.class);
    }

    public List<ActionView> actions(UUID meetingId) {
        return backend.get(meeting(ApiPaths.MEETING_ACTIONS, meetingId), Argument.listOf(ActionView.class));
    }

    public ActionView addAction(UUID meetingId, NewActionRequest request) {
        return backend.post(meeting(ApiPaths.MEETING_ACTIONS, meetingId), request, ActionView.class);
    }

    private static String group(String path, UUID groupId) {
        return path.replace("{groupId}", groupId.toString());
    }

    private static String meeting(String path, UUID meetingId) {
        return path.replace("{meetingId}", meetingId.toString());
    }
}
