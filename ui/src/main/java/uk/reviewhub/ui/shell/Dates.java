package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import uk.reviewhub.api.validation.DateWindows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in the UI, in one place: shown as UK users write them, dd/mm/yyyy ("01/03/2026"; the
 * weekday in words where a diary needs it), and every date and date-time field. A view creates its pickers only here ({@link #picker} and
 * {@link #dateTimePicker}; {@code UiArchitectureSpec} fails on any other {@code new DatePicker}),
 * so each field shows and parses dd/MM/yyyy and starts its weeks on Monday, whatever the
 * browser's language.
 */
public final class Dates {

    private static final DateTimeFormatter WITH_DAY = DateWindows.UK_WITH_DAY;

    /** The one zone of the UI: statutory days are days in England. */
    public static final ZoneId LONDON = DateWindows.LONDON;

    /** A moment as UK users write it, in London: "01/03/2026, 14:05" (an instant or a local date-time). */
    public static final DateTimeFormatter WHEN = DateWindows.UK_WHEN;

    /** The day in London of a moment: "01/03/2026". */
    public static final DateTimeFormatter DAY = DateWindows.UK_DAY_IN_LONDON;

    /** A meeting's start with its weekday, in London: "Wednesday 03/01/2024, 10:00". */
    public static final DateTimeFormatter WHEN_WITH_DAY = DateWindows.UK_WHEN_WITH_DAY;

    /** How a date field shows a date; the other patterns are also read when typed. */
    public static final String FIELD_FORMAT = "dd/MM/yyyy";

    /** The words under a date field and in its message when what was typed is not a date. */
    public static final String FIELD_HINT = "For example 01/10/2026 for 1 October 2026";

    /** Said beside a due date counted over bank holidays not yet published (the API marks it projected). */
    public static final String PROJECTED_WORDS = "A date marked projected falls after the published bank holidays: it is worked "
            + "out from the standing rules (New Year, Easter, the May and August holidays, Christmas and the division's own days) "
            + "and may change when the year's bank holidays are announced.";

    private Dates() {
    }

    /** Today in London by the injected clock (never the system's default zone or clock). */
    public static LocalDate today(Clock clock) {
        return DateWindows.today(clock);
    }

    /** A date as UK users write it, dd/mm/yyyy ("01/03/2026"; {@link DateWindows#UK}), or "not recorded". */
    public static String format(LocalDate date) {
        return date == null ? "not recorded" : DateWindows.UK.format(date);
    }

    /** The same as {@link #format}: for the summaries' periods and tables, which print a date beside figures. */
    public static String numeric(LocalDate date) {
        return format(date);
    }

    /** "Wednesday 03/01/2024". */
    public static String formatWithDay(LocalDate date) {
        return date == null ? "not recorded" : WITH_DAY.format(date);
    }

    /** A table cell: dd/mm/yyyy ("03/01/2024"), or a dash for none. */
    public static String cell(LocalDate date) {
        return date == null ? "–" : DateWindows.UK.format(date);
    }

    /** A date field: shows dd/MM/yyyy, reads 01/10/2026 (and 1/10/2026, 01/10/26) as 1 October 2026, weeks from Monday. */
    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        uk(picker);
        picker.setHelperText(FIELD_HINT);
        return picker;
    }

    /**
     * A date field for one field of a request: it offers only the days the API takes (the window
     * the contract declares, {@link DateWindows#of}), says so under the field before anything is
     * typed, and marks a date outside it at the field in the same words.
     */
    public static DatePicker picker(String label, Class<? extends Record> request, String field, Clock clock) {
        DatePicker picker = picker(label);
        DateWindows.Window window = DateWindows.of(request, field);
        LocalDate today = today(clock);
        String words = window.words(today);
        picker.setMin(window.earliest(today));
        picker.setMax(window.latest(today));
        picker.setI18n(i18n().setMinErrorMessage("Enter a date on or after " + DateWindows.UK.format(window.earliest(today))
                        + ". " + words)
                .setMaxErrorMessage("Enter a date on or before " + DateWindows.UK.format(window.latest(today)) + ". " + words));
        picker.setHelperText(words + " " + FIELD_HINT);
        return RequestFields.standsFor(picker, field);
    }

    /** A date and time field for one field of a request, with the window the contract declares (see the date picker's). */
    public static DateTimePicker dateTimePicker(String label, Class<? extends Record> request, String field, Clock clock) {
        DateTimePicker picker = dateTimePicker(label);
        DateWindows.Window window = DateWindows.of(request, field);
        LocalDate today = today(clock);
        picker.setMin(window.earliest(today).atStartOfDay());
        picker.setMax(window.latest(today).atTime(23, 59));
        picker.setHelperText(window.words(today) + " " + FIELD_HINT + ", then the time as 14:30");
        return RequestFields.standsFor(picker, field);
    }

    /** A date and time field (London time): its date part as {@link #picker} (calendar not opened by typing), times in 24 hours. */
    public static DateTimePicker dateTimePicker(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setDatePickerI18n(i18n());
        picker.setAutoOpen(false);
        picker.setHelperText(FIELD_HINT + ", then the time as 14:30");
        return picker;
    }

    /**
     * The one setting of every date field's format, first day of the week and keyboard behaviour.
     * The calendar does not open as a person types (it opens from its button, or Alt+Down arrow):
     * open, it took the Tab key, so a date typed and left with Tab was shown but never taken.
     */
    private static void uk(DatePicker picker) {
        picker.setLocale(Locale.UK);
        picker.setI18n(i18n());
        picker.setAutoOpen(false);
    }

    private static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(FIELD_FORMAT, "d/M/yyyy", "dd/MM/yy", "d/M/yy", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage("Enter a real date as dd/mm/yyyy. " + FIELD_HINT + ".");
    }
}
