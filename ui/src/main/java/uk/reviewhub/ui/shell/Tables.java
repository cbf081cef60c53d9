package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** A plain HTML table with a caption (for screen readers) and column headers. */
public final class Tables {

    private Tables() {
    }

    /** An empty table (rows to be added to its body) whose caption only screen readers see. */
    public static NativeTable headed(String caption, String... headers) {
        return headed(caption, false, List.of(headers));
    }

    private static NativeTable headed(String caption, boolean captionVisible, List<String> headers) {
        NativeTable table = new NativeTable();
        table.addClassName("rh-table");
        NativeTableCaption tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        if (!captionVisible) {
            tableCaption.addClassName("rh-visually-hidden");
        }
        table.add(tableCaption);
        NativeTableRow header = new NativeTableRow();
        headers.forEach(text -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        });
        table.getHead().add(header);
        return table;
    }

    /** Cells may be components or text (any other object is shown as its text). */
    public static NativeTable of(String caption, boolean captionVisible, List<String> headers, List<List<?>> rows) {
        NativeTable table = headed(caption, captionVisible, headers);
        rows.forEach(cells -> {
            NativeTableRow row = new NativeTableRow();
            cells.forEach(value -> row.add(value instanceof Component component ? new NativeTableCell(component)
                    : new NativeTableCell(new Span(value == null ? "" : value.toString()))));
            table.getBody().add(row);
        });
        return table;
    }
}
