package uk.reviewhub.ui.meeting;

import uk.reviewhub.ui.shell.ContractLimits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.meeting.ChairDayRequest;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.BackendDownload;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent chair's days worked in a year from 1 April, against the annual allocation from
 * the partnership's pack (Norfolk: 24 days, 40 from April 2025), with what remains; the chair (or
 * business support) logs a day or part of one; a quarter's timesheet downloads as CSV.
 */
@Route(value = "chair-days", layout = MainLayout.class)
@PageTitle("Chair's days | Review Hub")
@Menu(title = "Chair's days", order = 24)
@Allowed(Capability.CHAIR_DAYS)
@Prototype
public class ChairDaysView extends Main implements BeforeEnterObserver {

    static final List<BigDecimal> PARTS_OF_A_DAY = List.of(new BigDecimal("0.25"), new BigDecimal("0.5"),
            new BigDecimal("0.75"), BigDecimal.ONE);

    private final PartnershipClient partnerships;
    private final ChairDaysClient chairDays;
    private final Clock clock;
    private final GroupChooser chooser;
    private final Select<Integer> year = new Select<>();
    private final Paragraph message = MeetingParts.messageLine("chair-days-message");
    private final Div content = new Div();
    private ReviewGroupSummary group;

    ChairDaysView(PartnershipClient partnerships, ChairDaysClient chairDays, Clock clock) {
        this.partnerships = partnerships;
        this.chairDays = chairDays;
        this.clock = clock;
        this.chooser = new GroupChooser(chosen -> navigate(chosen, year.getValue()));
        addClassName("rh-view");
        year.setLabel("Year (from 1 April)");
        year.setId("chair-days-year");
        year.setItemLabelGenerator(start -> new FinancialYear(start).months());
        year.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                navigate(group, event.getValue());
            }
        });
        Div controls = new Div(chooser, year);
        controls.addClassName("rh-filters");
        add(new H1("Chair's days"), controls, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        if (!Capability.CHAIR_DAYS.granted()) {
            content.add(new Paragraph("The chair's days are for the chair, business support and partnership admins."));
            return;
        }
        group = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters()).orElse(null);
        List<Integer> years = FinancialYear.recentStartYears(today(), 5);
        year.setItems(years);
        Integer asked = event.getLocation().getQueryParameters().getSingleParameter("year")
                .filter(value -> value.matches("\\d{4}")).map(Integer::valueOf).filter(years::contains).orElse(years.getFirst());
        year.setValue(asked);
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.LONDON));
    }

    private void navigate(ReviewGroupSummary chosen, Integer chosenYear) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (chosen != null) {
            parameters.put(GroupChooser.PARAMETER, chosen.id().toString());
        }
        if (chosenYear != null) {
            parameters.put("year", chosenYear.toString());
        }
        UI.getCurrent().navigate(ChairDaysView.class, QueryParameters.simple(parameters));
    }

    private void refresh() {
        content.removeAll();
        if (group == null) {
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        uk.reviewhub.api.meeting.ChairDaysView days = chairDays.year(group.id(), year.getValue());
        content.add(summary(days));
        content.add(entries(days));
        if (Capability.LOG_CHAIR_DAYS.granted()) {
            content.add(logForm());
        }
        content.add(timesheet());
    }

    private Section summary(uk.reviewhub.api.meeting.ChairDaysView view) {
        DescriptionList list = new DescriptionList();
        list.add(new Term("Allocation"), new Description(view.allocationDays() == null
                ? "None set for this group's chair."
                : days(view.allocationDays()) + (view.allocationBasis() == null ? "" : " (" + view.allocationBasis() + ")")));
        list.add(new Term("Used"), new Description(days(view.daysUsed())));
        if (view.daysRemaining() != null) {
            Description remaining = new Description();
            remaining.setId("chair-days-remaining");
            if (view.daysRemaining().signum() < 0) {
                remaining.add(new StatusLight(StatusLight.Tone.RED, "Over the allocation by " + days(view.daysRemaining().negate())));
            } else {
                remaining.add(new StatusLight(view.daysRemaining().signum() == 0 ? StatusLight.Tone.AMBER : StatusLight.Tone.GREEN,
                        days(view.daysRemaining()) + " remaining"));
            }
            list.add(new Term("Remaining"), remaining);
        }
        Section section = new Section(new H2(new FinancialYear(view.year()).months()), list);
        section.setId("chair-days-summary");
        return section;
    }

    private Section entries(uk.reviewhub.api.meeting.ChairDaysView view) {
        Section section = new Section(new H2("Days logged"));
        if (view.entries().isEmpty()) {
            section.add(new Paragraph("No days have been logged in this year."));
            return section;
        }
        NativeTable table = MeetingParts.table("Days logged", "Date", "Days", "Work");
        view.entries().forEach(entry -> table.getBody().add(MeetingParts.textRow(Dates.format(entry.workedOn()),
                entry.days().stripTrailingZeros().toPlainString(), entry.description())));
        section.add(table);
        return section;
    }

    private Section logForm() {
        DatePicker workedOn = Dates.picker("Date worked", ChairDayRequest.class, "workedOn", clock);
        workedOn.setMax(today());
        workedOn.setId("chair-day-date");
        Select<BigDecimal> days = new Select<>();
        days.setLabel("Time worked");
        days.setId("chair-day-days");
        days.setItems(PARTS_OF_A_DAY);
        days.setItemLabelGenerator(ChairDaysView::partOfADay);
        days.setValue(BigDecimal.ONE);
        TextArea work = new TextArea("Work done");
        ContractLimits.limit(work, ChairDayRequest.class, "description");
        work.setWidthFull();
        work.setId("chair-day-work");
        FormErrors errors = new FormErrors();
        Button log = new Button("Log the day", event -> {
            boolean ok = FormErrors.required(workedOn, "Enter the date worked.") & FormErrors.required(work, "Describe the work done.");
            if (!ok) {
                errors.show("Check the fields marked: some are missing.");
                return;
            }
            uk.reviewhub.api.meeting.ChairDaysView logged = errors.attemptGet(() -> chairDays.log(new ChairDayRequest(group.id(),
                    workedOn.getValue(), days.getValue(), work.getValue().strip())));
            if (logged != null) {
                if (logged.year() != year.getValue()) {
                    year.setValue(logged.year());
                }
                refresh();
                MeetingParts.done(message, partOfADay(days.getValue()) + " logged for " + Dates.format(workedOn.getValue()) + ".");
            }
        });
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(workedOn, days, work, errors, log);
        form.addClassName("rh-form");
        form.getStyle().set("max-width", "40rem");
        return new Section(new H2("Log a day"), form);
    }

    private Section timesheet() {
        Select<Integer> quarter = new Select<>();
        quarter.setLabel("Quarter");
        quarter.setId("chair-days-quarter");
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(ChairDaysView::quarterLabel);
        quarter.setValue(1);
        Anchor csv = new Anchor(new BackendDownload(() -> chairDays.timesheetCsv(group.id(), year.getValue(), quarter.getValue()),
                () -> "chair-timesheet-" + year.getValue() + "-q" + quarter.getValue() + ".csv", "text/csv; charset=utf-8"),
                "Download the quarter's timesheet (CSV)");
        csv.setId("chair-days-csv");
        csv.getElement().setAttribute("download", true);
        Div controls = new Div(quarter, csv);
        controls.addClassName("rh-filters");
        return new Section(new H2("Quarterly timesheet"), controls);
    }

    /** The timesheet of a quarter of the year shown, as the signed-in user (for tests and the download). */
    byte[] timesheet(int quarter) {
        return chairDays.timesheetCsv(group.id(), year.getValue(), quarter);
    }

    static String quarterLabel(int quarter) {
        return switch (quarter) {
            case 1 -> "Quarter 1: April to June";
            case 2 -> "Quarter 2: July to September";
            case 3 -> "Quarter 3: October to December";
            default -> "Quarter 4: January to March";
        };
    }

    static String partOfADay(BigDecimal days) {
        return switch (days.stripTrailingZeros().toPlainString()) {
            case "0.25" -> "A quarter of a day";
            case "0.5" -> "Half a day";
            case "0.75" -> "Three quarters of a day";
            case "1" -> "A full day";
            default -> days.stripTrailingZeros().toPlainString() + " days";
        };
    }

    static String days(BigDecimal days) {
        String number = days.stripTrailingZeros().toPlainString();
        return number + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    }
}
