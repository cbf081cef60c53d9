package uk.reviewhub.ui.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as written in English public-sector documents: "1 March 2026". */
public final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WITH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "not recorded" : LONG.format(date);
    }

    /** "Wednesday 3 January 2024". */
    public static String formatWithDay(LocalDate date) {
        return date == null ? "not recorded" : WITH_DAY.format(date);
    }

    /** A short cell value: "3 Jan 2024", or a dash for none. */
    public static String cell(LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(date);
    }
}
