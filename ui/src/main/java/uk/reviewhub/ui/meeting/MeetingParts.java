package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.YourPartView;
import uk.reviewhub.api.vocabulary.MeetingStatus;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.Tables;

import java.time.LocalDateTime;
import java.util.List;

/** Pieces the meeting views share: tables, status words, the signed-in user's roles, messages. */
final class MeetingParts {


    private MeetingParts() {
    }

    static String when(LocalDateTime start) {
        return start == null ? "not set" : Dates.WHEN_WITH_DAY.format(start);
    }

    /** May keep the schedule: generate, add, move, cancel. */
    static boolean keepsSchedule() {
        return Capability.KEEP_SCHEDULE.granted();
    }

    /** May record attendance, draft minutes and record actions. */
    static boolean recordsMeetings() {
        return Capability.RUN_MEETINGS.granted();
    }

    /** Chair or vice chair: decides on agenda items, orders the agenda, approves minutes. */
    static boolean chairs() {
        return Capability.DECIDE.granted();
    }

    /** The group's people (not partnership admins), who read the meeting's documents and papers. */
    static boolean groupPeople() {
        return Capability.CASE_WORK.granted();
    }

    /** What the signed-in user may do in this meeting's group, as the backend says (their seat in it). */
    static YourPartView part(MeetingView meeting) {
        return meeting == null || meeting.yourPart() == null ? YourPartView.NONE : meeting.yourPart();
    }

    /** The chair's own decisions: the group's chair or vice chair seat (and the partnership role the endpoints ask for). */
    static boolean chairDecisions(MeetingView meeting) {
        return chairs() && part(meeting).chairDecisions();
    }

    /** Attendance, draft minutes, circulation and actions: chair or vice chair seat, or business support. */
    static boolean runsMeeting(MeetingView meeting) {
        return recordsMeetings() && part(meeting).runsMeeting();
    }

    /** Planned or moved: still to be held, so it may be moved, cancelled or recorded as held. */
    static boolean open(MeetingView meeting) {
        return meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.MOVED;
    }

    static String statusWord(MeetingView meeting) {
        return meeting.status().label();
    }

    static String statusText(MeetingView meeting) {
        String status = statusWord(meeting);
        return meeting.statusReason() == null || meeting.statusReason().isBlank()
                ? status : status + " (" + meeting.statusReason() + ")";
    }

    static String quorateText(MeetingView meeting) {
        if (meeting.quorate() == null) {
            return "Not yet recorded";
        }
        return (meeting.quorate() ? "Yes" : "No") + (meeting.quorumSummary() == null ? "" : ": " + meeting.quorumSummary());
    }

    static String kindText(uk.reviewhub.api.vocabulary.MeetingKind kind) {
        return kind.label();
    }

    /**
     * A status that is never colour alone: a marker and the status in words. Uses the traffic-light
     * markup of the case-review UI ({@code rh-light rh-light--red|amber|green|blue|grey}), so one
     * stylesheet colours both; {@code tone} null means grey.
     */
    static Span badge(String text, String tone) {
        Span badge = new Span();
        badge.addClassNames("rh-light", "rh-light--" + (tone == null ? "grey" : tone));
        Span marker = new Span();
        marker.addClassName("rh-light__marker");
        marker.getElement().setAttribute("aria-hidden", "true");
        Span words = new Span(text);
        words.addClassName("rh-light__text");
        badge.add(marker, words);
        return badge;
    }

    static NativeTable table(String caption, String... headers) {
        return Tables.headed(caption, headers);
    }

    static NativeTableRow row(List<Component> cells) {
        NativeTableRow row = new NativeTableRow();
        for (Component content : cells) {
            NativeTableCell cell = new NativeTableCell();
            cell.add(content);
            row.add(cell);
        }
        return row;
    }

    static NativeTableRow textRow(String... texts) {
        NativeTableRow row = new NativeTableRow();
        for (String text : texts) {
            row.add(new NativeTableCell(text == null ? "" : text));
        }
        return row;
    }

    /** A message line announced to screen readers: role status for news, alert for problems. */
    static Paragraph messageLine(String id) {
        Paragraph line = new Paragraph();
        line.setId(id);
        line.addClassName("rh-message");
        line.setVisible(false);
        return line;
    }

    static void say(Paragraph line, String text) {
        if (line instanceof FormFeedback feedback) {
            feedback.say(text);
            return;
        }
        line.getElement().setAttribute("role", "status");
        line.removeClassName("rh-error");
        line.setText(text);
        line.setVisible(true);
    }

    /**
     * Says what was done after a section was redrawn, and moves the keyboard focus to the message,
     * since the control the user was on may have been replaced.
     */
    static void done(Paragraph line, String text) {
        if (line instanceof FormFeedback feedback) {
            feedback.done(text);
            return;
        }
        say(line, text);
        line.getElement().setAttribute("tabindex", "-1");
        line.getElement().callJsFunction("focus");
    }

    static void problem(Paragraph line, String text) {
        if (line instanceof FormFeedback feedback) {
            feedback.problem(text);
            return;
        }
        line.getElement().setAttribute("role", "alert");
        line.addClassName("rh-error");
        line.setText("Problem: " + text);
        line.setVisible(true);
    }

    /**
     * Runs a change at the backend; a refusal (e.g. 409 on locked minutes, 422 on a broken rule)
     * is shown in the line in the backend's words. Returns whether it succeeded.
     */
    static boolean attempt(Paragraph line, Runnable change) {
        if (line instanceof FormFeedback feedback) {
            return feedback.attempt(change);
        }
        try {
            change.run();
            return true;
        } catch (BackendProblem refused) {
            problem(line, refused.userMessage());
            return false;
        }
    }
}
