package uk.reviewhub.ui.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as written in English public-sector documents: "1 March 2026". */
public final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WITH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** The one zone of the UI: statutory days are days in England. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Dates() {
    }

    /** Today in London by the injected clock (never the system's default zone or clock). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LONDON));
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
