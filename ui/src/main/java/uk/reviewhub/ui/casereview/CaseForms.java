package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;

import java.util.Arrays;
import java.util.List;

/** Small field helpers shared by the case forms. */
final class CaseForms {

    private CaseForms() {
    }

    /** A date field for {@code field} of {@code request}, offering the days the API takes. */
    static DatePicker date(String label, Class<? extends Record> request, String field, Clock clock) {
        return Dates.picker(label, request, field, clock);
    }

    /** A list entered one item a line, for {@code field} of {@code request}: how many and how long from the contract. */
    static TextArea lines(String label, Class<? extends Record> request, String field) {
        TextArea area = ContractLimits.limitLines(new TextArea(label), request, field);
        area.setWidthFull();
        return area;
    }

    /** A text area for {@code field} of {@code request}: its limit from the contract, said before typing. */
    static TextArea text(String label, Class<? extends Record> request, String field) {
        TextArea area = ContractLimits.limit(new TextArea(label), request, field);
        area.setWidthFull();
        return area;
    }

    /** A one-line field for {@code field} of {@code request}: its limit from the contract, said before typing. */
    static TextField line(String label, Class<? extends Record> request, String field) {
        return ContractLimits.limit(new TextField(label), request, field);
    }

    /** A list entered one item a line. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
