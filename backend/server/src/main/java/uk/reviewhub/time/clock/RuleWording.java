package uk.reviewhub.time.clock;

import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.BankHoliday;
import uk.reviewhub.time.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words of clock rules: the forms {@link ClockRule#parse} reads and the explanations it gives. */
final class RuleWording {

    static final Pattern WORKING_DAYS_AFTER = Pattern.compile("(?:within )?(\\d+) working days? (?:after|of)");
    static final Pattern MONTHS_AFTER = Pattern.compile("(?:within )?(\\d+) (?:calendar )?months? (?:after|of)");
    static final Pattern WORKING_DAYS_BEFORE = Pattern.compile("(?:at least )?(\\d+) working days? before");


    private RuleWording() {
    }

    static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    static String date(LocalDate date) {
        return LondonTime.UK_DATE_WITH_DAY.format(date);
    }

    static String monthName(LocalDate date) {
        return LondonTime.UK_MONTH.format(date);
    }

    static String ifNotWorking(LocalDate date, WorkingDayCalendar calendar) {
        if (calendar.isWorkingDay(date)) {
            return "";
        }
        return calendar.bankHoliday(date)
                .map(holiday -> ", a bank holiday (" + holiday.title() + ")")
                .orElse(", a weekend day");
    }

    /** The bank holidays strictly between {@code from} and {@code to}, as skipped in a count. */
    static String skipping(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        List<BankHoliday> holidays = calendar.bankHolidaysBetween(from, to).stream()
                .filter(h -> h.date().isAfter(from) && h.date().isBefore(to))
                .toList();
        if (holidays.isEmpty()) {
            return " (skipping weekends)";
        }
        return " (skipping weekends and " + holidays.stream()
                .map(h -> h.title() + " " + LondonTime.UK_DATE.format(h.date()))
                .collect(Collectors.joining(", ")) + ")";
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
