package uk.reviewhub.ui.safeguarding;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.conference.ActionRequest;
import uk.reviewhub.api.conference.AllocationRequest;
import uk.reviewhub.api.conference.AllocationView;
import uk.reviewhub.api.conference.AttendanceRequest;
import uk.reviewhub.api.conference.ChairCaseload;
import uk.reviewhub.api.conference.ChildRequest;
import uk.reviewhub.api.conference.ChildView;
import uk.reviewhub.api.conference.ConferenceRequest;
import uk.reviewhub.api.conference.ConferenceView;
import uk.reviewhub.api.conference.DiaryEntry;
import uk.reviewhub.api.conference.EpisodeEventRequest;
import uk.reviewhub.api.conference.EpisodeRequest;
import uk.reviewhub.api.conference.EpisodeView;
import uk.reviewhub.api.conference.HeldRequest;
import uk.reviewhub.api.conference.InviteeRequest;
import uk.reviewhub.api.conference.IssueRecordRequest;
import uk.reviewhub.api.conference.OutcomeRequest;
import uk.reviewhub.api.conference.ParticipationRequest;
import uk.reviewhub.api.conference.RecordView;
import uk.reviewhub.api.conference.SafeguardingPaths;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.backend.Backend;

import java.util.List;
import java.util.UUID;

/**
 * The safeguarding service (child protection conferences, looked-after children's reviews) as the
 * signed-in user: the one class of the UI that calls {@link SafeguardingPaths}.
 */
@Singleton
public class SafeguardingClient {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Backend backend;

    SafeguardingClient(Backend backend) {
        this.backend = backend;
    }

    public List<ChildView> children() {
        return backend.get(SafeguardingPaths.CHILDREN, Argument.listOf(ChildView.class));
    }

    public ChildView createChild(ChildRequest request) {
        return backend.post(SafeguardingPaths.CHILDREN, request, ChildView.class);
    }

    public ChildView child(UUID childId) {
        return backend.get(at(SafeguardingPaths.CHILD, "childId", childId), ChildView.class);
    }

    public ChildView updateChild(UUID childId, ChildRequest request) {
        return backend.put(at(SafeguardingPaths.CHILD, "childId", childId), request, ChildView.class);
    }

    public List<AllocationView> allocations(UUID childId) {
        return backend.get(at(SafeguardingPaths.CHILD_ALLOCATIONS, "childId", childId), Argument.listOf(AllocationView.class));
    }

    public void allocate(UUID childId, AllocationRequest request) {
        backend.post(at(SafeguardingPaths.CHILD_ALLOCATIONS, "childId", childId), request, AllocationView[].class);
    }

    public List<EpisodeView> episodes(UUID childId) {
        return backend.get(at(SafeguardingPaths.CHILD_EPISODES, "childId", childId), Argument.listOf(EpisodeView.class));
    }

    public EpisodeView openEpisode(UUID childId, EpisodeRequest request) {
        return backend.post(at(SafeguardingPaths.CHILD_EPISODES, "childId", childId), request, EpisodeView.class);
    }

    public EpisodeView recordEvent(UUID episodeId, EpisodeEventRequest request) {
        return backend.post(at(SafeguardingPaths.EPISODE_EVENTS, "episodeId", episodeId), request, EpisodeView.class);
    }

    public ConferenceView schedule(UUID episodeId, ConferenceRequest request) {
        return backend.post(at(SafeguardingPaths.EPISODE_CONFERENCES, "episodeId", episodeId), request, ConferenceView.class);
    }

    public ConferenceView conference(UUID conferenceId) {
        return backend.get(at(SafeguardingPaths.CONFERENCE, "conferenceId", conferenceId), ConferenceView.class);
    }

    public ConferenceView held(UUID conferenceId, HeldRequest request) {
        return backend.post(at(SafeguardingPaths.CONFERENCE_HELD, "conferenceId", conferenceId), request, ConferenceView.class);
    }

    public ConferenceView invite(UUID conferenceId, InviteeRequest request) {
        return backend.post(at(SafeguardingPaths.CONFERENCE_INVITEES, "conferenceId", conferenceId), request, ConferenceView.class);
    }

    public ConferenceView attendance(UUID inviteeId, AttendanceRequest request) {
        return backend.put(at(SafeguardingPaths.INVITEE, "inviteeId", inviteeId), request, ConferenceView.class);
    }

    public ConferenceView participation(UUID conferenceId, ParticipationRequest request) {
        return backend.put(at(SafeguardingPaths.CONFERENCE_PARTICIPATION, "conferenceId", conferenceId), request, ConferenceView.class);
    }

    public ConferenceView outcome(UUID conferenceId, OutcomeRequest request) {
        return backend.put(at(SafeguardingPaths.CONFERENCE_OUTCOME, "conferenceId", conferenceId), request, ConferenceView.class);
    }

    public ConferenceView addAction(UUID conferenceId, ActionRequest request) {
        return backend.post(at(SafeguardingPaths.CONFERENCE_ACTIONS, "conferenceId", conferenceId), request, ConferenceView.class);
    }

    public ConferenceView completeAction(UUID actionId, ActionRequest request) {
        return backend.put(at(SafeguardingPaths.ACTION, "actionId", actionId), request, ConferenceView.class);
    }

    public List<RecordView> records(UUID conferenceId) {
        return backend.get(at(SafeguardingPaths.CONFERENCE_RECORDS, "conferenceId", conferenceId), Argument.listOf(RecordView.class));
    }

    public void issueRecord(UUID conferenceId, IssueRecordRequest request) {
        backend.post(at(SafeguardingPaths.CONFERENCE_RECORDS, "conferenceId", conferenceId), request, RecordView[].class);
    }

    /** An issued record exactly as issued: {@code format} is {@code pdf} or {@code docx}. */
    public byte[] recordDocument(UUID recordId, String format) {
        String path = SafeguardingPaths.RECORD_DOCUMENT.replace("{recordId}", recordId.toString()).replace("{format}", format);
        return backend.download(path, "docx".equals(format) ? DOCX : PDF);
    }

    /** The chairs of the service and their caseloads (manager and support). */
    public List<ChairCaseload> chairs(int weeks) {
        return backend.get(SafeguardingPaths.CHAIRS + "?weeks=" + weeks, Argument.listOf(ChairCaseload.class));
    }

    /** Conferences and reviews in the coming {@code weeks} and those overdue: a chair's own, or the service's. */
    public List<DiaryEntry> diary(int weeks) {
        return backend.get(SafeguardingPaths.DIARY + "?weeks=" + weeks, Argument.listOf(DiaryEntry.class));
    }

    /** The partnership's agencies, to invite their professionals. */
    public List<AgencyView> agencies() {
        return backend.get(ApiPaths.AGENCIES, Argument.listOf(AgencyView.class));
    }

    private static String at(String template, String name, UUID id) {
        return template.replace("{" + name + "}", id.toString());
    }
}
