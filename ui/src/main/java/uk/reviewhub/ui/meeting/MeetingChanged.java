package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.ComponentEvent;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.QuorumVerdictView;

import java.util.Optional;

/**
 * What one section of the meeting page changed, fired on the page after a save and heard by the
 * sections that show what follows from it: the quorum in the details after attendance; the
 * minutes' entries and the actions' agenda items after the chair's decisions or order; every
 * section after the meeting is moved, cancelled or held. The sections keep no shared fields.
 */
final class MeetingChanged extends ComponentEvent<MeetingPage> {

    private final MeetingView meeting;
    private final AgendaView agenda;
    private final QuorumVerdictView quorum;

    private MeetingChanged(MeetingPage page, MeetingView meeting, AgendaView agenda, QuorumVerdictView quorum) {
        super(page, false);
        this.meeting = meeting;
        this.agenda = agenda;
        this.quorum = quorum;
    }

    /** The meeting itself changed (moved, cancelled, held): its status and version as read again. */
    static MeetingChanged schedule(MeetingPage page, MeetingView meeting) {
        return new MeetingChanged(page, meeting, null, null);
    }

    /** The chair decided on items or ordered them: the agenda as read again. */
    static MeetingChanged agenda(MeetingPage page, AgendaView agenda) {
        return new MeetingChanged(page, null, agenda, null);
    }

    /** A seat's attendance was recorded: the quorum verdict it gives. */
    static MeetingChanged attendance(MeetingPage page, QuorumVerdictView quorum) {
        return new MeetingChanged(page, null, null, quorum);
    }

    Optional<MeetingView> meeting() {
        return Optional.ofNullable(meeting);
    }

    Optional<AgendaView> agenda() {
        return Optional.ofNullable(agenda);
    }

    Optional<QuorumVerdictView> quorum() {
        return Optional.ofNullable(quorum);
    }
}
