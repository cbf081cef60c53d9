package uk.reviewhub.ui.scrutiny;

import uk.reviewhub.api.validation.DateWindows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.scrutiny.CancellationRequest;
import uk.reviewhub.api.scrutiny.PersonName;
import uk.reviewhub.api.scrutiny.PieceSummary;
import uk.reviewhub.api.scrutiny.ProgrammeView;
import uk.reviewhub.api.scrutiny.ScheduleFeedView;
import uk.reviewhub.api.scrutiny.ScheduleRequest;
import uk.reviewhub.api.scrutiny.ScheduleView;
import uk.reviewhub.api.scrutiny.ScheduledView;
import uk.reviewhub.api.vocabulary.ObservedSettingKind;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The observation schedule shared by the scrutineers: week by week from a Monday, each planned
 * observation with its piece, setting, time (London), observer and place, the clashes (one
 * scrutineer at two at once) and the gaps (weeks with none planned; open pieces with none planned
 * before their report is due). Scrutineers plan and cancel observations here and make their own
 * calendar feed; the partnership admin reads it.
 */
@Route(value = "scrutiny/schedule", layout = MainLayout.class)
@PageTitle("Observation schedule | Review Hub")
@Allowed(Capability.SCRUTINY)
@Prototype
public class ScrutinyScheduleView extends Main implements BeforeEnterObserver {

    static final int WEEKS = 4;

    private final ScrutinyClient scrutiny;
    private final Clock clock;
    private final FormFeedback planFeedback = new FormFeedback("scrutiny-plan-message");
    private final FormFeedback cancelFeedback = new FormFeedback("scrutiny-cancel-message");
    private final FormFeedback feedFeedback = new FormFeedback("scrutiny-feed-message");
    private final Div content = new Div();
    private LocalDate monday;

    ScrutinyScheduleView(ScrutinyClient scrutiny, Clock clock) {
        this.scrutiny = scrutiny;
        this.clock = clock;
        addClassName("rh-view");
        add(new H1("Observation schedule"), new Paragraph(new RouterLink("Back to the scrutiny programme", ScrutinyProgrammeView.class)),
                content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        monday = Dates.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        show();
    }

    private void show() {
        content.removeAll();
        ProgrammeView programme = scrutiny.programme();
        if (!programme.enabled()) {
            content.add(new Paragraph("This partnership does not run independent scrutiny in Review Hub: its pack does not turn it on."));
            return;
        }
        ScheduleView schedule = scrutiny.schedule(monday, WEEKS);
        content.add(navigation(schedule), weeks(schedule), gaps(schedule));
        if (Capability.SCRUTINY_WORK.granted()) {
            content.add(planForm(programme), feed());
        }
    }

    private Div navigation(ScheduleView schedule) {
        Button earlier = new Button("Earlier weeks", event -> {
            monday = monday.minusWeeks(WEEKS);
            show();
        });
        Button later = new Button("Later weeks", event -> {
            monday = monday.plusWeeks(WEEKS);
            show();
        });
        Paragraph span = new Paragraph("Weeks from Monday " + Dates.format(schedule.from()) + " to Sunday " + Dates.format(schedule.to()) + ".");
        span.setId("scrutiny-schedule-span");
        Div nav = new Div(span, earlier, later);
        nav.addClassName("rh-filters");
        return nav;
    }

    private Section weeks(ScheduleView schedule) {
        Section section = new Section(new H2("Planned observations"));
        section.setId("scrutiny-schedule");
        for (LocalDate week = schedule.from(); !week.isAfter(schedule.to()); week = week.plusWeeks(1)) {
            LocalDate start = week;
            List<ScheduledView> entries = schedule.entries().stream()
                    .filter(e -> !e.observedOn().isBefore(start) && e.observedOn().isBefore(start.plusWeeks(1))).toList();
            section.add(new H3("Week beginning Monday " + Dates.format(week)));
            if (entries.isEmpty()) {
                section.add(new Paragraph("No observation planned."));
                continue;
            }
            List<List<?>> rows = new ArrayList<>();
            for (ScheduledView e : entries) {
                rows.add(List.of(Dates.formatWithDay(e.observedOn()), DateWindows.UK_TIME.format(e.startsAt()) + " to " + DateWindows.UK_TIME.format(e.endsAt()),
                        e.setting() + " (" + e.settingKind().label() + ")",
                        new RouterLink(e.pieceTitle(), ScrutinyPieceView.class, ScrutinyPieceView.parameters(e.pieceId())),
                        e.observer().name(), e.location() == null ? "–" : e.location(), state(e, schedule), actions(e)));
            }
            section.add(Tables.of("Observations in the week beginning " + Dates.format(week), false,
                    List.of("Day", "Time", "Observing", "Piece", "Scrutineer", "Where", "State", "Change"), rows));
        }
        section.add(cancelFeedback);
        return section;
    }

    private static String state(ScheduledView e, ScheduleView schedule) {
        if (e.cancelled()) {
            return "Cancelled: " + e.cancelReason();
        }
        if (!e.clashesWith().isEmpty()) {
            return "Clash: " + e.observer().name() + " is planned at " + String.join(", ", schedule.entries().stream()
                    .filter(other -> e.clashesWith().contains(other.id()))
                    .map(other -> other.setting() + " " + DateWindows.UK_TIME.format(other.startsAt())).toList()) + " too";
        }
        return "Planned";
    }

    /** A scrutineer may cancel an observation still planned (the backend lets the piece's lead and team). */
    private Div actions(ScheduledView e) {
        Div cell = new Div();
        if (!Capability.SCRUTINY_WORK.granted() || e.cancelled()) {
            return cell;
        }
        Button cancel = new Button("Cancel", event -> {
            cell.removeAll();
            TextField reason = ContractLimits.limit(new TextField("Why it is cancelled"), CancellationRequest.class, "reason");
            cancelFeedback.forgetFields();
            cancelFeedback.field("reason", reason);
            Button confirm = new Button("Cancel the observation", click -> {
                if (cancelFeedback.attempt(() -> scrutiny.cancelPlanned(e.id(), new CancellationRequest(reason.getValue().strip())))) {
                    show();
                    cancelFeedback.done("Observation cancelled: " + e.setting() + ", " + Dates.format(e.observedOn()) + ".");
                }
            });
            cell.add(reason, confirm);
            reason.focus();
        });
        cancel.getElement().setAttribute("aria-label", "Cancel the observation of " + e.setting() + " on " + Dates.format(e.observedOn()));
        cell.add(cancel);
        return cell;
    }

    private Section gaps(ScheduleView schedule) {
        Section section = new Section(new H2("Clashes and gaps"));
        section.setId("scrutiny-gaps");
        UnorderedList list = new UnorderedList();
        schedule.clashes().forEach(c -> list.add(new ListItem("Clash: " + c.scrutineer().name() + " is planned at two observations at once on "
                + Dates.format(c.on()) + ".")));
        schedule.weeksWithout().forEach(w -> list.add(new ListItem("No observation planned in the week beginning " + Dates.format(w) + ".")));
        schedule.piecesWithout().forEach(g -> list.add(new ListItem("No observation planned for " + g.title()
                + (g.reportDue() == null ? "." : " before its report is due on " + Dates.format(g.reportDue()) + "."))));
        if (list.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph("No clashes and no gaps."));
        } else {
            section.add(list);
        }
        return section;
    }

    private Section planForm(ProgrammeView programme) {
        planFeedback.forgetFields();
        Section section = new Section(new H2("Plan an observation"));
        section.setId("scrutiny-plan");
        Paragraph note = new Paragraph(ScrutinyPieceView.NO_NAMES);
        note.setId("scrutiny-plan-no-names");
        Select<PieceSummary> piece = planFeedback.field("pieceId", new Select<>());
        piece.setLabel("Piece of scrutiny");
        piece.setItems(programme.pieces().stream().filter(p -> p.status().open()).toList());
        piece.setItemLabelGenerator(PieceSummary::title);
        DatePicker observedOn = planFeedback.field("observedOn", Dates.picker("Day of the observation", ScheduleRequest.class, "observedOn", clock));
        TimePicker startsAt = planFeedback.field("startsAt", new TimePicker("Starts (London time)"));
        TimePicker endsAt = planFeedback.field("endsAt", new TimePicker("Ends (London time)"));
        startsAt.setId("scrutiny-plan-starts");
        endsAt.setId("scrutiny-plan-ends");
        TextField setting = planFeedback.field("setting", ContractLimits.limit(new TextField("Team, service or meeting to observe"),
                ScheduleRequest.class, "setting"));
        setting.setHelperText("e.g. a strategy discussion, an initial child protection conference, a front door triage");
        Select<ObservedSettingKind> kind = planFeedback.field("settingKind", new Select<>());
        kind.setLabel("It is");
        kind.setItems(ObservedSettingKind.values());
        kind.setItemLabelGenerator(ObservedSettingKind::label);
        kind.setValue(ObservedSettingKind.MEETING);
        Select<PersonName> observer = planFeedback.field("observerId", new Select<>());
        observer.setLabel("Observer");
        observer.setItems(programme.scrutineers());
        observer.setItemLabelGenerator(PersonName::name);
        TextField location = planFeedback.field("location", ContractLimits.limit(new TextField("Where (optional)"),
                ScheduleRequest.class, "location"));
        Checkbox noNames = new Checkbox("I have checked: the text holds no child's or family member's name and no case number");
        Button plan = new Button("Plan the observation", event -> {
            planFeedback.clear();
            if (piece.getValue() == null) {
                planFeedback.invalid(piece, "Choose the piece of scrutiny.");
                return;
            }
            if (observedOn.getValue() == null) {
                planFeedback.invalid(observedOn, "Enter the day of the observation.");
                return;
            }
            if (startsAt.getValue() == null) {
                planFeedback.invalid(startsAt, "Enter when it starts.");
                return;
            }
            if (endsAt.getValue() == null) {
                planFeedback.invalid(endsAt, "Enter when it ends.");
                return;
            }
            if (observer.getValue() == null) {
                planFeedback.invalid(observer, "Choose who observes.");
                return;
            }
            ScheduledView[] planned = new ScheduledView[1];
            LocalTime start = startsAt.getValue();
            if (planFeedback.attempt(() -> planned[0] = scrutiny.plan(piece.getValue().id(), new ScheduleRequest(observedOn.getValue(),
                    start, endsAt.getValue(), setting.getValue().strip(), kind.getValue(), observer.getValue().id(),
                    location.getValue(), noNames.getValue())))) {
                monday = planned[0].observedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                show();
                planFeedback.done("Observation planned: " + planned[0].setting() + ", " + Dates.format(planned[0].observedOn()) + ".");
            }
        });
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(piece, observedOn, startsAt, endsAt, setting, kind, observer, location, noNames);
        fields.addClassName("rh-form");
        section.add(note, fields, plan, planFeedback);
        return section;
    }

    private Section feed() {
        Section section = new Section(new H2("Your observations in your calendar"));
        section.setId("scrutiny-feed");
        section.add(new Paragraph("A calendar feed lists the observations you are planned to make, for your calendar app. "
                + "Its address is secret and shown once: keep it to yourself."));
        Button make = new Button("Make my calendar feed", event -> {
            ScheduleFeedView[] feed = new ScheduleFeedView[1];
            if (feedFeedback.attempt(() -> feed[0] = scrutiny.scheduleFeed())) {
                TextField url = new TextField("Your calendar feed's address");
                url.setValue(feed[0].url());
                url.setReadOnly(true);
                url.setWidthFull();
                url.setId("scrutiny-feed-url");
                section.add(url);
                feedFeedback.done("Calendar feed made: add its address to your calendar app.");
            }
        });
        section.add(make, feedFeedback);
        return section;
    }
}
