package uk.reviewhub.ui.scrutiny;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.scrutiny.ScrutinyAnnualSummaryView;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.BackendDownload;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The annual summary of independent scrutiny in a financial year (1 April to 31 March), as the
 * learning themes page summarises cases and reviews: pieces commissioned, completed and still open,
 * observations and other evidence by kind, the observations' ratings per domain, and the days used
 * against the chair's days allocation; to download as PDF (with the rating chart) or Word.
 */
@Route(value = "scrutiny/annual-summary", layout = MainLayout.class)
@PageTitle("Annual summary of scrutiny | Review Hub")
@Allowed(Capability.SCRUTINY)
@Prototype
public class ScrutinyAnnualSummaryPage extends Main implements BeforeEnterObserver {

    /** How many financial years back the chooser offers. */
    static final int YEARS_BACK = 10;

    private final ScrutinyReportClient reports;
    private final Clock clock;
    private final Select<Integer> year = new Select<>();
    private final Div summary = new Div();

    ScrutinyAnnualSummaryPage(ScrutinyReportClient reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        addClassName("rh-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        int current = FinancialYear.containing(Dates.today(clock)).startYear();
        year.setLabel("Financial year");
        year.setItems(FinancialYear.recentStartYears(Dates.today(clock), YEARS_BACK));
        year.setItemLabelGenerator(start -> new FinancialYear(start).months());
        year.setValue(current);
        year.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        add(new H1("Annual summary of scrutiny"),
                new Paragraph(new RouterLink("Back to the scrutiny programme", ScrutinyProgrammeView.class)), year, summary);
        show(current);
    }

    private void show(int startYear) {
        summary.removeAll();
        ScrutinyAnnualSummaryView s = reports.annualSummary(startYear);
        String period = s.financialYear() + " (" + Dates.numeric(s.from()) + " to " + Dates.numeric(s.to()) + ")";
        summary.add(new H2("Scrutiny in " + period));
        if (!s.enabled()) {
            summary.add(new Paragraph("This partnership does not run independent scrutiny."));
        }

        NativeTable pieces = Tables.of("Pieces of scrutiny in " + s.financialYear(), true, List.of("Pieces", "How many"), List.of(
                List.of("Commissioned in the year", s.commissioned()),
                List.of("Completed (reported) in the year", s.completed()),
                List.of("Still open at the end of the year", s.open())));
        pieces.setId("scrutiny-summary-pieces");
        List<List<?>> lines = s.pieces().stream().<List<?>>map(p -> List.of(p.title(), Dates.numeric(p.commissionedOn()),
                p.status().label(), p.reportedOn() == null ? "Not yet" : Dates.numeric(p.reportedOn()))).toList();
        NativeTable pieceList = Tables.of("The pieces commissioned or completed in the year", true,
                List.of("Piece", "Commissioned", "Where it stands", "Reported"), lines);
        pieceList.setId("scrutiny-summary-piece-list");
        summary.add(new Section(pieces, pieceList));

        NativeTable evidence = Tables.of("Observations and other evidence by kind", true, List.of("Kind", "How many"),
                s.evidence().stream().<List<?>>map(e -> List.of(e.label(), e.count())).toList());
        evidence.setId("scrutiny-summary-evidence");
        List<List<?>> ratings = new ArrayList<>();
        s.themes().forEach(d -> d.counts().forEach(c -> ratings.add(List.of(d.domainName(), c.rating(), c.count()))));
        NativeTable rated = Tables.of("Observations per rating in each domain", true, List.of("Domain", "Rating", "Observations"), ratings);
        rated.setId("scrutiny-summary-ratings");
        summary.add(new Section(evidence, rated));

        NativeTable days = Tables.of("Days used against the chair's days allocation", true, List.of("Days", "How many"), List.of(
                List.of("Days of scrutiny", days(s.scrutinyDays())),
                List.of("Days of chairing", days(s.daysUsed().subtract(s.scrutinyDays()))),
                List.of("Days used in all", days(s.daysUsed())),
                List.of("The allocation for the year", s.allocationDays() == null ? "None recorded" : days(s.allocationDays())),
                List.of("Days remaining", s.daysRemaining() == null ? "Not known" : days(s.daysRemaining()))));
        days.setId("scrutiny-summary-days");
        summary.add(new Section(days, new Paragraph("One allocation of the independent chair's days covers chairing and scrutiny together.")));

        String stem = "scrutiny-annual-summary-" + startYear;
        Anchor pdf = new Anchor(new BackendDownload(() -> reports.summary(startYear, "pdf"), () -> stem + ".pdf", "application/pdf"),
                "Download the summary as PDF");
        pdf.setId("scrutiny-summary-pdf");
        pdf.getElement().setAttribute("download", true);
        Anchor docx = new Anchor(new BackendDownload(() -> reports.summary(startYear, "docx"), () -> stem + ".docx",
                ScrutinyReportSection.DOCX), "Download the summary as a Word document");
        docx.setId("scrutiny-summary-docx");
        docx.getElement().setAttribute("download", true);
        Div links = new Div(pdf, docx);
        links.addClassName("rh-filters");
        summary.add(links);
    }

    private static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }
}
