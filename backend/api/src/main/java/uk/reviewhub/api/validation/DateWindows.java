package uk.reviewhub.api.validation;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one rule for plausible dates ({@link DateWindow}) and the UK date conventions it words its
 * answer in: today is the date in London, dates read dd/mm/yyyy. The backend's validator and the
 * UI's date pickers both ask here.
 */
public final class DateWindows {

    /** Default years before today: the case-review and meeting records a partnership still works on. */
    public static final int YEARS_BACK = 10;
    /** Default years after today: due dates, planned meetings and publications. */
    public static final int YEARS_AHEAD = 10;

    /** Statutory days are days in England. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Dates as people in the UK write them: "03/01/2024". The one date format of every screen, document and mail. */
    public static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A date with its weekday, for a diary, a meeting or a due date explained: "Wednesday 03/01/2024". */
    public static final DateTimeFormatter UK_WITH_DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", java.util.Locale.UK);
    /** The day in London of a moment (an instant or a zoned time): "03/01/2024". */
    public static final DateTimeFormatter UK_DAY_IN_LONDON = UK.withZone(LONDON);
    /** A time of day: "14:05". */
    public static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.UK);
    /** A month: "January 2024". */
    public static final DateTimeFormatter UK_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);
    /** A moment in London: "03/01/2024, 14:05". */
    public static final DateTimeFormatter UK_WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm", java.util.Locale.UK).withZone(LONDON);
    /** A moment in London with its weekday: "Wednesday 03/01/2024, 10:00". */
    public static final DateTimeFormatter UK_WHEN_WITH_DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy, HH:mm", java.util.Locale.UK)
            .withZone(LONDON);

    private DateWindows() {
    }

    /** A field's window: so many years either side of today. */
    public record Window(int yearsBack, int yearsAhead) {

        public LocalDate earliest(LocalDate today) {
            return DateWindows.earliest(today, yearsBack);
        }

        public LocalDate latest(LocalDate today) {
            return DateWindows.latest(today, yearsAhead);
        }

        /** Whether {@code date} is within this window around {@code today}. */
        public boolean contains(LocalDate date, LocalDate today) {
            return within(date, today, yearsBack, yearsAhead);
        }

        /** The refusal's words after the field's name: "must be between 06/12/2016 and 06/12/2036". */
        public String refusal(LocalDate today) {
            return DateWindows.refusal(today, yearsBack, yearsAhead);
        }

        /** "Between 06/12/2016 and 06/12/2036." */
        public String words(LocalDate today) {
            return "Between " + UK.format(earliest(today)) + " and " + UK.format(latest(today)) + ".";
        }
    }

    /**
     * The window the contract declares on one field of a request record, so a form offers exactly
     * the days the API takes. Fails when the field has none: a form asking for it is mistaken.
     */
    public static Window of(Class<? extends Record> request, String field) {
        // A query's dates are declared the same way, on a record that names its parameters
        // (e.g. DueDateQuery), so the endpoint and the form's picker read one window.
        for (RecordComponent component : request.getRecordComponents()) {
            if (component.getName().equals(field)) {
                DateWindow window = component.getAnnotation(DateWindow.class);
                if (window == null) {
                    window = component.getAccessor().getAnnotatedReturnType().getAnnotation(DateWindow.class);
                }
                if (window == null) {
                    throw new IllegalArgumentException(request.getSimpleName() + "." + field + " has no @DateWindow");
                }
                return new Window(window.yearsBack(), window.yearsAhead());
            }
        }
        throw new IllegalArgumentException(request.getSimpleName() + " has no field " + field);
    }

    /** Today's date in London, whatever zone {@code clock} runs in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    public static LocalDate earliest(LocalDate today, int yearsBack) {
        return today.minusYears(yearsBack);
    }

    public static LocalDate latest(LocalDate today, int yearsAhead) {
        return today.plusYears(yearsAhead);
    }

    /** Whether {@code date} is within the window around {@code today}. */
    public static boolean within(LocalDate date, LocalDate today, int yearsBack, int yearsAhead) {
        return !date.isBefore(earliest(today, yearsBack)) && !date.isAfter(latest(today, yearsAhead));
    }

    /** The refusal's words after the field's name: "must be between 06/12/2016 and 06/12/2036". */
    public static String refusal(LocalDate today, int yearsBack, int yearsAhead) {
        return "must be between " + UK.format(earliest(today, yearsBack)) + " and " + UK.format(latest(today, yearsAhead));
    }
}
