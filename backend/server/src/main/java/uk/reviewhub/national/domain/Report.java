package uk.reviewhub.national.domain;

import java.util.List;

/**
 * A page (or export) of national figures: tables of shown values (counts, rates, percentages or the
 * symbols c, x, z), each with its definition in words, and the caveat and legend that go with them.
 */
public record Report(String title, String period, List<Table> tables, List<String> notes) {

    public Report {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** A table; {@code columns} head the values (the first column is each row's label). */
    public record Table(String title, String definition, String rowHeading, List<String> columns, List<Row> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record Row(String label, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public String caveat() {
        return Suppression.CAVEAT;
    }

    public List<String> legend() {
        return Suppression.legend();
    }
}
