package uk.reviewhub.ui.meeting;

import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.ContractLimits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.meeting.ExtraMeetingRequest;
import uk.reviewhub.api.meeting.GenerateMeetingsRequest;
import uk.reviewhub.api.meeting.GeneratedMeetings;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.MainLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A review group's meetings: upcoming and past (a year either way) with status and whether they
 * were quorate; those who keep the schedule plan meetings from the cadence and add extra ones.
 */
@Route(value = "meetings", layout = MainLayout.class)
@PageTitle("Meetings | Review Hub")
@Menu(title = "Meetings", order = 20)
@Prototype
public class MeetingsView extends Main implements BeforeEnterObserver {


    private final PartnershipClient partnerships;
    private final MeetingClient meetings;
    private final Clock clock;
    private final GroupChooser chooser;
    private final Paragraph message = MeetingParts.messageLine("meetings-message");
    private final Div content = new Div();
    private ReviewGroupSummary group;

    MeetingsView(PartnershipClient partnerships, MeetingClient meetings, Clock clock) {
        this.partnerships = partnerships;
        this.meetings = meetings;
        this.clock = clock;
        this.chooser = new GroupChooser(chosen -> UI.getCurrent().navigate(MeetingsView.class, GroupChooser.queryFor(chosen)));
        addClassName("rh-view");
        add(new H1("Meetings"), chooser, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReviewGroupSummary> chosen = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters());
        group = chosen.orElse(null);
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.LONDON));
    }

    private void refresh() {
        content.removeAll();
        if (group == null) {
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        content.add(new H2(GroupChooser.label(group)));
        LocalDate today = today();
        List<MeetingView> all = meetings.meetings(group.id(), today.minusYears(1), today.plusYears(1));
        List<MeetingView> upcoming = all.stream().filter(m -> !m.scheduledStart().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(MeetingView::scheduledStart)).toList();
        List<MeetingView> past = all.stream().filter(m -> m.scheduledStart().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(MeetingView::scheduledStart).reversed()).toList();
        content.add(new MonthCalendar(YearMonth.from(today),
                month -> meetings.meetings(group.id(), month.atDay(1), month.atEndOfMonth())));
        content.add(listing("upcoming-meetings", "Upcoming meetings", upcoming, "No meetings are planned in the coming year."));
        content.add(listing("past-meetings", "Past meetings", past, "No meetings in the past year."));
        if (MeetingParts.keepsSchedule()) {
            content.add(generateForm(), extraForm());
        }
    }

    private Section listing(String id, String heading, List<MeetingView> list, String none) {
        Section section = new Section(new H2(heading));
        section.setId(id);
        if (list.isEmpty()) {
            section.add(new Paragraph(none));
            return section;
        }
        NativeTable table = MeetingParts.table(heading, "Date and time", "Meeting", "Kind", "Status", "Quorate");
        for (MeetingView meeting : list) {
            RouterLink link = new RouterLink(meeting.title(), MeetingPage.class, meeting.id().toString());
            table.getBody().add(MeetingParts.row(List.of(
                    new Span(MeetingParts.when(meeting.scheduledStart())),
                    link,
                    new Span(MeetingParts.kindText(meeting.kind())),
                    statusBadge(meeting),
                    new Span(MeetingParts.quorateText(meeting)))));
        }
        section.add(table);
        return section;
    }

    static Span statusBadge(MeetingView meeting) {
        String tone = switch (meeting.status()) {
            case CANCELLED -> "red";
            case HELD -> "blue";
            default -> null;
        };
        return MeetingParts.badge(MeetingParts.statusText(meeting), tone);
    }

    private Section generateForm() {
        LocalDate today = today();
        DatePicker seriesStart = Dates.picker("First meeting of the series", GenerateMeetingsRequest.class, "seriesStart", clock);
        seriesStart.setId("series-start");
        seriesStart.setRequiredIndicatorVisible(true);
        seriesStart.setHelperText("For a monthly cadence, any day in the first month");
        DatePicker until = Dates.picker("Plan meetings up to", GenerateMeetingsRequest.class, "until", clock);
        until.setId("series-until");
        until.setRequiredIndicatorVisible(true);
        until.setValue(today.plusMonths(6));
        TimePicker startTime = new TimePicker("Start time (London)");
        startTime.setId("series-time");
        startTime.setValue(LocalTime.of(10, 0));
        TextField location = ContractLimits.limit(new TextField("Location"),
                uk.reviewhub.api.meeting.GenerateMeetingsRequest.class, "location");
        location.setId("series-location");
        Button generate = new Button("Generate planned meetings");
        generate.addClickListener(click -> {
            if (seriesStart.getValue() == null || until.getValue() == null || startTime.getValue() == null) {
                MeetingParts.problem(message, "Give the first meeting's date, the last date to plan up to and the start time.");
                return;
            }
            GeneratedMeetings[] result = new GeneratedMeetings[1];
            if (MeetingParts.attempt(message, () -> result[0] = meetings.generate(group.id(), new GenerateMeetingsRequest(
                    seriesStart.getValue(), until.getValue(), startTime.getValue(), blankToNull(location.getValue()))))) {
                refresh();
                MeetingParts.done(message, result[0].created() + " meetings planned; " + result[0].alreadyPlanned()
                        + " were already planned.");
            }
        });
        Div form = new Div(seriesStart, until, startTime, location, generate);
        form.addClassName("rh-form");
        Section section = new Section(new H2("Plan meetings from the cadence"), form);
        section.setId("generate-meetings");
        return section;
    }

    private Section extraForm() {
        TextField title = ContractLimits.limit(new TextField("Title"), uk.reviewhub.api.meeting.ExtraMeetingRequest.class, "title");
        title.setId("extra-title");
        title.setRequired(true);
        DateTimePicker start = Dates.dateTimePicker("Starts (London time)", ExtraMeetingRequest.class, "scheduledStart", clock);
        start.setId("extra-start");
        // Required, said in words: Vaadin marks a required date-time picker with aria-required on its
        // group, which ARIA does not allow there (axe-core: aria-allowed-attr, critical).
        start.setHelperText("Required: the day and the time.");
        IntegerField duration = new IntegerField("Duration in minutes");
        duration.setId("extra-duration");
        duration.setMin(1);
        duration.setMax(1440);
        TextField location = ContractLimits.limit(new TextField("Location"),
                uk.reviewhub.api.meeting.ExtraMeetingRequest.class, "location");
        location.setId("extra-location");
        TextArea reason = ContractLimits.limit(new TextArea("Reason for the extra meeting"),
                uk.reviewhub.api.meeting.ExtraMeetingRequest.class, "reason");
        reason.setId("extra-reason");
        reason.setRequired(true);
        Button add = new Button("Add extra meeting");
        add.addClickListener(click -> {
            if (title.getValue().isBlank() || start.getValue() == null || reason.getValue().isBlank()) {
                MeetingParts.problem(message, "Give the extra meeting a title, a start and a reason.");
                return;
            }
            MeetingView[] added = new MeetingView[1];
            if (MeetingParts.attempt(message, () -> added[0] = meetings.addExtra(group.id(), new ExtraMeetingRequest(
                    title.getValue().trim(), start.getValue(), duration.getValue(), blankToNull(location.getValue()),
                    reason.getValue().trim())))) {
                refresh();
                MeetingParts.done(message, "Extra meeting added: " + added[0].title() + ", "
                        + MeetingParts.when(added[0].scheduledStart()) + ".");
            }
        });
        Div form = new Div(title, start, duration, location, reason, add);
        form.addClassName("rh-form");
        Section section = new Section(new H2("Add an extra meeting"), form);
        section.setId("extra-meeting");
        return section;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
