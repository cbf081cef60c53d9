package uk.reviewhub.ui.scrutiny;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.ui.shell.BackendDownload;

/**
 * The piece page's "Report" section: the report to the statutory partners and the Partnership Group,
 * rendered by the backend from the partnership's template, to download as PDF (with the chart of
 * the themes across the observations) or as a Word document (the same figures as a table).
 */
final class ScrutinyReportSection {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ScrutinyReportSection() {
    }

    static Section of(PieceView piece, ScrutinyReportClient reports) {
        Section section = new Section(new H2("Report"));
        section.setId("scrutiny-report");
        section.add(new Paragraph("The report to the statutory partners and the Partnership Group, from the partnership's template: "
                + "the piece, its methodology and evidence, the themes across its observations as a chart with a table of the "
                + "same figures, and its findings."));
        String stem = "scrutiny-report-" + piece.id();
        Anchor pdf = new Anchor(new BackendDownload(() -> reports.report(piece.id(), "pdf"), () -> stem + ".pdf", "application/pdf"),
                "Download the report as PDF");
        pdf.setId("scrutiny-report-pdf");
        pdf.getElement().setAttribute("download", true);
        Anchor docx = new Anchor(new BackendDownload(() -> reports.report(piece.id(), "docx"), () -> stem + ".docx", DOCX),
                "Download the report as a Word document");
        docx.setId("scrutiny-report-docx");
        docx.getElement().setAttribute("download", true);
        Div links = new Div(pdf, docx);
        links.addClassName("rh-filters");
        section.add(links);
        return section;
    }
}
