package uk.reviewhub.ui.national;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.reviewhub.api.national.NationalReportView;
import uk.reviewhub.ui.shell.Tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of national figures as the backend answered it: the caveat first, the legend, then each
 * table with its definition in words. No number is worked out here: the values are the backend's,
 * already suppressed.
 */
final class ReportPanel extends Div {

    ReportPanel(NationalReportView report) {
        addClassName("rh-national-report");
        Paragraph caveat = new Paragraph(report.caveat());
        caveat.setId("national-caveat");
        caveat.addClassName("rh-caveat");
        caveat.getElement().setAttribute("role", "note");
        add(caveat);
        add(legend(report.legend()));
        for (String note : report.notes()) {
            add(new Paragraph(note));
        }
        for (NationalReportView.Table table : report.tables()) {
            add(new H2(table.title()));
            add(new Paragraph(table.definition()));
            List<String> headers = new ArrayList<>();
            headers.add(table.rowHeading());
            headers.addAll(table.columns());
            List<List<?>> rows = new ArrayList<>();
            for (NationalReportView.Row row : table.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.label());
                cells.addAll(row.values());
                rows.add(cells);
            }
            add(Tables.of(table.title() + (report.period().isEmpty() ? "" : ", " + report.period()), false, headers, rows));
        }
    }

    static Div legend(List<String> legend) {
        UnorderedList list = new UnorderedList();
        legend.forEach(line -> list.add(new ListItem(line)));
        Div div = new Div(new Paragraph("Symbols used:"), list);
        div.setId("national-legend");
        return div;
    }
}
