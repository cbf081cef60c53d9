package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.meeting.PerformanceView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.BackendDownload;
import uk.reviewhub.api.meeting.PerformancePeriod;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's performance measures over a financial year or chosen dates: each with its value, target
 * and traffic light in words, for the partnership's coordination group. Printable from the browser
 * (the controls and menu are left off the printout) and as a PDF or Word document rendered by the
 * backend from the partnership's performance report template.
 */
@Route(value = "performance", layout = MainLayout.class)
@PageTitle("Performance report | Review Hub")
@Menu(title = "Performance report", order = 23)
@Prototype
public class PerformanceReportView extends Main implements BeforeEnterObserver {

    /** The period choice meaning "the dates in the two pickers". */
    static final int CHOSEN_DATES = -1;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PartnershipClient partnerships;
    private final PerformanceClient performance;
    private final Clock clock;
    private final GroupChooser chooser;
    private final Select<Integer> period = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final FormErrors errors = new FormErrors();
    private final Div report = new Div();
    private ReviewGroupSummary group;
    private PerformanceView shown;

    PerformanceReportView(PartnershipClient partnerships, PerformanceClient performance, Clock clock) {
        this.partnerships = partnerships;
        this.performance = performance;
        this.clock = clock;
        this.from = Dates.picker("From", PerformancePeriod.class, "from", clock);
        this.to = Dates.picker("To", PerformancePeriod.class, "to", clock);
        this.chooser = new GroupChooser(chosen -> navigate(chosen, periodStart(), periodEnd()));
        addClassNames("rh-view", "rh-report");

        period.setLabel("Period");
        period.setId("performance-period");
        period.setItemLabelGenerator(year -> year == CHOSEN_DATES ? "Dates I choose" : "Year " + new FinancialYear(year).months());
        from.setId("performance-from");
        to.setId("performance-to");
        Button show = new Button("Show these dates", event -> showChosenDates());
        show.setId("performance-show");
        period.addValueChangeListener(event -> {
            boolean chosenDates = event.getValue() != null && event.getValue() == CHOSEN_DATES;
            from.setVisible(chosenDates);
            to.setVisible(chosenDates);
            show.setVisible(chosenDates);
            if (event.isFromClient() && !chosenDates && event.getValue() != null) {
                navigate(group, new FinancialYear(event.getValue()).from(), new FinancialYear(event.getValue()).to());
            }
        });
        from.setVisible(false);
        to.setVisible(false);
        show.setVisible(false);

        Div controls = new Div(chooser, period, from, to, show);
        controls.addClassNames("rh-filters", "rh-no-print");
        report.setId("performance-report");
        add(new H1("Performance report"), controls, errors, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        group = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters()).orElse(null);
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        List<Integer> choices = new ArrayList<>(FinancialYear.recentStartYears(today, 4));
        choices.add(CHOSEN_DATES);
        period.setItems(choices);

        Optional<LocalDate> askedFrom = date(query, "from");
        Optional<LocalDate> askedTo = date(query, "to");
        LocalDate start;
        LocalDate end;
        if (askedFrom.isPresent() && askedTo.isPresent()) {
            start = askedFrom.get();
            end = askedTo.get();
        } else {
            start = FinancialYear.containing(today).from();
            end = FinancialYear.containing(today).to();
        }
        FinancialYear year = FinancialYear.containing(start);
        boolean wholeYear = start.equals(year.from()) && end.equals(year.to()) && choices.contains(year.startYear());
        period.setValue(wholeYear ? year.startYear() : CHOSEN_DATES);
        from.setValue(start);
        to.setValue(end);
        refresh(start, end);
    }

    private void showChosenDates() {
        boolean ok = FormErrors.required(from, "Enter the first day of the period.") & FormErrors.required(to, "Enter the last day.");
        if (!ok) {
            errors.show("Check the fields marked: some are missing.");
            return;
        }
        navigate(group, from.getValue(), to.getValue());
    }

    private void navigate(ReviewGroupSummary chosen, LocalDate start, LocalDate end) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        if (chosen != null) {
            parameters.put(GroupChooser.PARAMETER, chosen.id().toString());
        }
        parameters.put("from", start.toString());
        parameters.put("to", end.toString());
        UI.getCurrent().navigate(PerformanceReportView.class, QueryParameters.simple(parameters));
    }

    private LocalDate periodStart() {
        return shown == null ? from.getValue() : shown.from();
    }

    private LocalDate periodEnd() {
        return shown == null ? to.getValue() : shown.to();
    }

    private void refresh(LocalDate start, LocalDate end) {
        report.removeAll();
        shown = null;
        if (group == null) {
            report.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        PerformanceView view = errors.attemptGet(() -> performance.performance(group.id(), start, end));
        if (view == null) {
            return;
        }
        shown = view;
        report.add(new H2(view.groupName() + ": " + Dates.format(view.from()) + " to " + Dates.format(view.to())));
        NativeTable table = MeetingParts.table("Performance measures", "Measure", "Result", "Target", "Status", "What was counted");
        for (PerformanceView.Measure measure : view.measures()) {
            table.getBody().add(MeetingParts.row(List.of(
                    new Span(measure.label()),
                    new Span(measure.valuePercent() == null ? "No data" : measure.valuePercent() + "% (" + measure.met() + " of "
                            + measure.of() + ")"),
                    new Span(measure.targetPercent() + "%" + (measure.targetFromTermsOfReference() ? "" : " (none set: 100% expected)")),
                    light(measure),
                    new Span(measure.text()))));
        }
        report.add(table);
        report.add(new Paragraph("Targets come from the group's terms of reference. Green: on or above the target; amber: up to "
                + "10 points below it; red: further below; no data: nothing fell due in the period."));
        report.add(actions(view));
    }

    static StatusLight light(PerformanceView.Measure measure) {
        return switch (measure.light()) {
            case "GREEN" -> new StatusLight(StatusLight.Tone.GREEN, "Green: on target");
            case "AMBER" -> new StatusLight(StatusLight.Tone.AMBER, "Amber: just below the target");
            case "RED" -> new StatusLight(StatusLight.Tone.RED, "Red: below the target");
            default -> new StatusLight(StatusLight.Tone.GREY, "No data");
        };
    }

    private Div actions(PerformanceView view) {
        Button print = new Button("Print", event -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("performance-print");
        Anchor pdf = new Anchor(new BackendDownload(() -> pdf(), () -> fileName(view, "pdf"), "application/pdf"),
                "Download the report as PDF");
        pdf.setId("performance-pdf");
        pdf.getElement().setAttribute("download", true);
        Anchor docx = new Anchor(new BackendDownload(
                () -> performance.report(view.groupId(), view.from(), view.to(), "docx"), () -> fileName(view, "docx"), DOCX),
                "Download the report as a Word document");
        docx.setId("performance-docx");
        docx.getElement().setAttribute("download", true);
        Div actions = new Div(print, pdf, docx);
        actions.addClassNames("rh-filters", "rh-no-print");
        return actions;
    }

    /** The PDF of the period shown, rendered by the backend as the signed-in user. */
    byte[] pdf() {
        return performance.report(shown.groupId(), shown.from(), shown.to(), "pdf");
    }

    private static String fileName(PerformanceView view, String extension) {
        return "performance-report-" + view.from() + "-to-" + view.to() + "." + extension;
    }

    private static Optional<LocalDate> date(Map<String, List<String>> query, String name) {
        try {
            return query.getOrDefault(name, List.of()).stream().findFirst().map(LocalDate::parse);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
