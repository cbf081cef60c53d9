package uk.reviewhub.ui.calendar;

import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.calendar.ClockOption;
import uk.reviewhub.api.calendar.DueDateQuery;
import uk.reviewhub.api.calendar.DueDateResponse;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.RequestFields;

import java.time.Clock;

import java.util.List;

/**
 * The deadline calculator for business support officers: a start date and a number of working days
 * (negative counts back) or calendar months, or one of the partnership's timescales by name (read from
 * its clock catalogue, so a clock added to the catalogue appears here unchanged); the due date and how it follows come from the backend,
 * which holds the bank-holiday calendar.
 */
@Route(value = "deadline-calculator", layout = MainLayout.class)
@PageTitle("Deadline calculator | Review Hub")
@Menu(title = "Deadline calculator", order = 14)
@Allowed(Capability.SIGNED_IN)
@Prototype
public class DeadlineCalculatorView extends Main {

    static final String WORKING_DAYS = "Working days";
    static final String MONTHS = "Calendar months";
    static final String CLOCK = "A timescale of this partnership";

    private final CalendarClient calendar;
    private final DatePicker start;
    private final RadioButtonGroup<String> unit = new RadioButtonGroup<>("Count in");
    private final IntegerField amount = new IntegerField("How many");
    private final Select<ClockOption> clock = new Select<>();
    private final FormErrors errors = new FormErrors();
    private final Div result = new Div();

    DeadlineCalculatorView(CalendarClient calendar, Clock today) {
        this.calendar = calendar;
        this.start = Dates.picker("Start date (the event, day 0)", DueDateQuery.class, "start", today);
        // The backend names the count's parameter by what is counted, the timescale as "clock".
        RequestFields.standsFor(amount, "workingDays");
        RequestFields.standsFor(clock, "clock");
        addClassName("rh-view");
        start.setRequiredIndicatorVisible(true);
        unit.setItems(WORKING_DAYS, MONTHS, CLOCK);
        unit.setValue(WORKING_DAYS);
        clock.setLabel("Timescale");
        clock.setRequiredIndicatorVisible(true);
        clock.setItemLabelGenerator(c -> c.title() + " (" + c.rule() + " " + c.event() + ")");
        List<ClockOption> clocks = errors.attemptGet(calendar::clocks);
        clock.setItems(clocks == null ? List.of() : clocks);
        clock.setHelperText("The partnership's own rule where its pack sets one.");
        clock.setVisible(false);
        unit.addValueChangeListener(event -> {
            boolean byClock = CLOCK.equals(event.getValue());
            clock.setVisible(byClock);
            amount.setVisible(!byClock);
            RequestFields.standsFor(amount, MONTHS.equals(event.getValue()) ? "months" : "workingDays");
        });
        amount.setRequiredIndicatorVisible(true);
        amount.setHelperText("Working days: a negative number counts back (\"at least N working days before\").");
        amount.setStepButtonsVisible(true);
        Button calculate = new Button("Calculate due date", event -> calculate());
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        calculate.addClickShortcut(Key.ENTER);
        Div form = new Div(start, unit, amount, clock, calculate, errors);
        form.addClassName("rh-form");
        form.getStyle().set("max-width", "28rem");
        result.setId("deadline-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1("Deadline calculator"), form, result, help());
    }

    private void calculate() {
        result.removeAll();
        errors.clear();
        boolean byClock = CLOCK.equals(unit.getValue());
        boolean ok = FormErrors.required(start, "Enter the start date.")
                & (byClock ? FormErrors.required(clock, "Choose a timescale.") : FormErrors.required(amount, "Enter a whole number."));
        if (!ok) {
            errors.show(byClock ? "Enter a start date and choose a timescale." : "Enter a start date and a number.");
            return;
        }
        DueDateResponse due = errors.attemptGet(() -> byClock
                ? calendar.clock(start.getValue(), clock.getValue().code())
                : WORKING_DAYS.equals(unit.getValue())
                ? calendar.workingDays(start.getValue(), amount.getValue())
                : calendar.months(start.getValue(), amount.getValue()));
        if (due == null) {
            return;
        }
        Paragraph answer = new Paragraph("Due: " + Dates.formatWithDay(due.due()) + (due.projected() ? " (projected)" : ""));
        answer.setId("due-date");
        answer.addClassName("rh-answer");
        result.add(new H2("Result"), answer,
                new Paragraph("Rule: " + due.rule() + " " + Dates.formatWithDay(due.start()) + "."),
                new Paragraph(due.explanation()),
                new Paragraph("Bank holidays of the " + due.division().replace('-', ' ') + " calendar."));
        if (due.projected()) {
            Paragraph projected = new Paragraph(Dates.PROJECTED_WORDS);
            projected.setId("due-projected");
            result.add(projected);
        }
    }

    private static Section help() {
        UnorderedList rules = new UnorderedList(
                new ListItem("\"N working days after\" an event: the event's own day is day 0, whether or not it is a working day; "
                        + "day 1 is the first working day after it; the due date is day N."),
                new ListItem("\"At least N working days before\" an event: count back the same way; the due date is the Nth "
                        + "working day before the event's day."),
                new ListItem("\"N calendar months after\": the same day of the month N months later (the month's last day when "
                        + "it has no such day), not moved to a working day."),
                new ListItem("Working days are Monday to Friday except bank holidays, including substitute days and one-off "
                        + "holidays."));
        Section section = new Section(new H2("How deadlines are counted"), rules);
        section.addClassName("rh-help");
        return section;
    }
}
