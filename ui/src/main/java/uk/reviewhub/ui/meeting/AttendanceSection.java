package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.meeting.AttendanceView;
import uk.reviewhub.api.meeting.MeetingAttendanceView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.meeting.RecordAttendanceRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.RoleNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Attendance seat by seat, each choice saved as it is made (a deputy too, with the name given),
 * and the live quorum verdict. Each recorded seat tells the page's other sections the verdict.
 */
final class AttendanceSection extends Section {

    static final Map<String, String> ATTENDANCE = attendanceWords();

    private final MeetingPage page;
    private final MeetingClient meetings;
    private final FormFeedback message = new FormFeedback("attendance-message");
    private final Paragraph quorumVerdict = new Paragraph();
    private final UnorderedList quorumReasons = new UnorderedList();
    /** The version of each seat's attendance as last read, sent with the next change to it. */
    private final Map<UUID, Integer> seatVersions = new HashMap<>();
    private MeetingView meeting;

    AttendanceSection(MeetingPage page, MeetingClient meetings) {
        this.page = page;
        this.meetings = meetings;
        setId("attendance");
        quorumVerdict.setId("quorum-verdict");
        quorumVerdict.getElement().setAttribute("aria-live", "polite");
        page.onChange(event -> event.meeting().ifPresent(changed -> meeting = changed));
    }

    /** Reads and draws the attendance of {@code meeting}; returns the agencies of its seats. */
    List<AgencyView> show(MeetingView meeting) {
        this.meeting = meeting;
        MeetingAttendanceView attendance = meetings.attendance(meeting.id());
        removeAll();
        add(new H2("Attendance"), new H3("Quorum"), quorumVerdict, quorumReasons);
        showQuorum(attendance.quorum());
        boolean records = MeetingParts.runsMeeting(meeting);
        NativeTable table = MeetingParts.table("Attendance by seat", "Seat", "Agency", "Role", "Attendance", "Deputy");
        for (AttendanceView seat : attendance.seats()) {
            seatVersions.put(seat.memberId(), seat.version());
            table.getBody().add(MeetingParts.row(List.of(
                    new Span(seat.positionTitle()),
                    new Span(seat.agency().name()),
                    new Span(RoleNames.readable(seat.groupRole().name())),
                    records ? attendanceControl(seat) : new Span(attendanceText(seat)),
                    new Span(deputyText(seat)))));
        }
        add(table, message);
        return new ArrayList<>(attendance.seats().stream().map(AttendanceView::agency)
                .collect(Collectors.toMap(AgencyView::id, a -> a, (a, b) -> a, LinkedHashMap::new)).values());
    }

    private void showQuorum(QuorumVerdictView quorum) {
        String summary = quorum.summary();
        quorumVerdict.setText(summary.isEmpty() ? summary
                : Character.toUpperCase(summary.charAt(0)) + summary.substring(1));
        quorumVerdict.setClassName("rh-error", !quorum.quorate());
        quorumReasons.removeAll();
        quorum.reasons().forEach(reason -> quorumReasons.add(new ListItem(reason)));
    }

    static String attendanceText(AttendanceView seat) {
        String text = seat.status() == null ? "Not recorded" : ATTENDANCE.getOrDefault(seat.status().name(), seat.status().label());
        if (seat.secondConsecutiveApologies()) {
            text += " (second consecutive apologies: the chair follows up)";
        }
        return text;
    }

    static String deputyText(AttendanceView seat) {
        if (seat.status() != AttendanceStatus.DEPUTY) {
            return "";
        }
        return (seat.deputyName() == null ? "Deputy" : seat.deputyName())
                + (seat.delegatedAuthority() ? ", with delegated authority" : ", without delegated authority");
    }

    private Component attendanceControl(AttendanceView seat) {
        Select<String> status = new Select<>();
        status.setLabel("Attendance: " + seat.positionTitle());
        status.setItems(ATTENDANCE.keySet());
        status.setItemLabelGenerator(ATTENDANCE::get);
        status.setPlaceholder("Not recorded");
        status.setMinWidth("18rem");
        status.setValue(seat.status() == null ? null : seat.status().name());
        TextField deputyName = ContractLimits.limit(new TextField("Deputy's name for " + seat.positionTitle()),
                RecordAttendanceRequest.class, "deputyName");
        // Not recorded yet: offer the member's standing nominated deputy, if any.
        boolean standing = seat.deputyName() == null && seat.standingDeputy() != null;
        deputyName.setValue(seat.deputyName() != null ? seat.deputyName() : standing ? seat.standingDeputy().label() : "");
        Checkbox delegated = new Checkbox("Deputy for " + seat.positionTitle() + " holds delegated authority",
                standing ? seat.standingDeputy().delegatedAuthority() : seat.delegatedAuthority());
        Div deputy = new Div(deputyName, delegated);
        deputy.setVisible(seat.status() == AttendanceStatus.DEPUTY);
        Paragraph followUp = new Paragraph(seat.secondConsecutiveApologies()
                ? "Second consecutive apologies: the chair follows up." : "");
        followUp.setVisible(seat.secondConsecutiveApologies());

        // Every choice saves at once, a deputy too: with the name given (or the standing deputy's),
        // choosing "Represented by a deputy" records it; a name or authority changed later is saved
        // as it changes. Without a name nothing can be saved, and the name field says so.
        Runnable saveDeputy = () -> {
            if (deputyName.getValue().isBlank()) {
                message.clear();
                message.invalid(deputyName, "Give the deputy's name: " + seat.positionTitle()
                        + " is not saved as represented by a deputy until the deputy is named.");
                return;
            }
            deputyName.setInvalid(false);
            record(seat, "DEPUTY", deputyName.getValue().trim(), delegated.getValue(), followUp);
        };
        status.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            deputy.setVisible("DEPUTY".equals(event.getValue()));
            if ("DEPUTY".equals(event.getValue())) {
                saveDeputy.run();
            } else {
                deputyName.setInvalid(false);
                record(seat, event.getValue(), null, false, followUp);
            }
        });
        deputyName.addValueChangeListener(event -> {
            if (event.isFromClient() && "DEPUTY".equals(status.getValue())) {
                saveDeputy.run();
            }
        });
        delegated.addValueChangeListener(event -> {
            if (event.isFromClient() && "DEPUTY".equals(status.getValue())) {
                saveDeputy.run();
            }
        });
        return new Div(status, deputy, followUp);
    }

    private void record(AttendanceView seat, String status, String deputyName, boolean delegated, Paragraph followUp) {
        MeetingAttendanceView[] answer = new MeetingAttendanceView[1];
        if (message.attempt(() -> answer[0] = meetings.record(meeting.id(), seat.memberId(),
                new RecordAttendanceRequest(status, deputyName, delegated, seatVersions.get(seat.memberId()))))) {
            answer[0].seats().forEach(s -> seatVersions.put(s.memberId(), s.version()));
            answer[0].seats().stream().filter(s -> s.memberId().equals(seat.memberId())).findFirst().ifPresent(s -> {
                followUp.setText(s.secondConsecutiveApologies() ? "Second consecutive apologies: the chair follows up." : "");
                followUp.setVisible(s.secondConsecutiveApologies());
            });
            showQuorum(answer[0].quorum());
            page.changed(MeetingChanged.attendance(page, answer[0].quorum()));
            message.say(seat.positionTitle() + ": " + ATTENDANCE.get(status) + " recorded.");
        } else {
            show(meeting);
        }
    }

    private static Map<String, String> attendanceWords() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("PRESENT", "Present");
        words.put("APOLOGIES", "Apologies");
        words.put("ABSENT", "Absent");
        words.put("DEPUTY", "Represented by a deputy");
        return words;
    }
}
