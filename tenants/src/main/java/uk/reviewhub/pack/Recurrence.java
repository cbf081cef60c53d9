package uk.reviewhub.pack;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of RFC 5545 recurrence rules (section 3.3.10) that meeting cadences use, expanded
 * into meeting dates: {@code FREQ=WEEKLY} or {@code MONTHLY}, {@code INTERVAL}, {@code BYDAY}
 * (with an ordinal such as {@code 2MO} or {@code -1FR} in monthly rules), {@code BYMONTHDAY},
 * {@code BYSETPOS}, {@code COUNT}, {@code UNTIL} and {@code WKST=MO}. Anything else is refused with
 * {@link UnsupportedRecurrenceException} rather than expanded wrongly.
 *
 * <p>Dates only: the time of day is the meeting's, not the rule's. The series starts on
 * {@code seriesStart} (DTSTART); occurrences before it are not produced, and {@code COUNT} counts
 * from it. Dates that match nothing (the 31st in a short month) are skipped, as the RFC says.
 */
public final class Recurrence {

    public enum Frequency { WEEKLY, MONTHLY }

    /** A BYDAY entry: a weekday, with an ordinal within the month (1 = first, -1 = last) or none (0). */
    public record WeekdayNum(int ordinal, DayOfWeek day) {
    }

    private static final Pattern BYDAY = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern UNTIL_DATE = Pattern.compile("(\\d{8})(T\\d{6}Z?)?");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    /** A series longer than this many periods is a mistake, not a meeting schedule. */
    private static final int MOST_PERIODS = 5000;

    private final String text;
    private final Frequency frequency;
    private final int interval;
    private final List<WeekdayNum> byDay;
    private final List<Integer> byMonthDay;
    private final List<Integer> bySetPos;
    private final Integer count;
    private final LocalDate until;

    private Recurrence(String text, Frequency frequency, int interval, List<WeekdayNum> byDay, List<Integer> byMonthDay,
                       List<Integer> bySetPos, Integer count, LocalDate until) {
        this.text = text;
        this.frequency = frequency;
        this.interval = interval;
        this.byDay = List.copyOf(byDay);
        this.byMonthDay = List.copyOf(byMonthDay);
        this.bySetPos = List.copyOf(bySetPos);
        this.count = count;
        this.until = until;
    }

    /** Reads a rule, with or without the {@code RRULE:} prefix. */
    public static Recurrence parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new UnsupportedRecurrenceException("The cadence has no recurrence rule");
        }
        String body = rule.strip();
        if (body.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            body = body.substring(6);
        }
        Frequency frequency = null;
        int interval = 1;
        List<WeekdayNum> byDay = new ArrayList<>();
        List<Integer> byMonthDay = new ArrayList<>();
        List<Integer> bySetPos = new ArrayList<>();
        Integer count = null;
        LocalDate until = null;
        Set<String> seen = new HashSet<>();
        for (String part : body.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new UnsupportedRecurrenceException("'" + part + "' in '" + rule + "' is not NAME=VALUE");
            }
            String name = part.substring(0, eq).toUpperCase(Locale.ROOT);
            String value = part.substring(eq + 1).toUpperCase(Locale.ROOT);
            if (!seen.add(name)) {
                throw new UnsupportedRecurrenceException(name + " appears twice in '" + rule + "'");
            }
            switch (name) {
                case "FREQ" -> {
                    try {
                        frequency = Frequency.valueOf(value);
                    } catch (IllegalArgumentException e) {
                        throw new UnsupportedRecurrenceException("meetings can repeat weekly or monthly, not "
                                + value.toLowerCase(Locale.ROOT) + " (FREQ=WEEKLY or FREQ=MONTHLY)");
                    }
                }
                case "INTERVAL" -> interval = positive(name, value, rule);
                case "COUNT" -> count = positive(name, value, rule);
                case "UNTIL" -> until = untilDate(value, rule);
                case "BYDAY" -> {
                    for (String item : value.split(",")) {
                        Matcher m = BYDAY.matcher(item);
                        if (!m.matches()) {
                            throw new UnsupportedRecurrenceException("BYDAY value '" + item + "' in '" + rule + "' is not a weekday");
                        }
                        int ordinal = m.group(1) == null ? 0 : Integer.parseInt(m.group(1).replace("+", ""));
                        if (m.group(1) != null && (ordinal == 0 || Math.abs(ordinal) > 5)) {
                            throw new UnsupportedRecurrenceException("BYDAY value '" + item + "': a weekday's place in a month is 1 to 5 or -1 to -5");
                        }
                        byDay.add(new WeekdayNum(ordinal, DAYS.get(m.group(2))));
                    }
                }
                case "BYMONTHDAY" -> byMonthDay.addAll(signedList(name, value, 31, rule));
                case "BYSETPOS" -> bySetPos.addAll(signedList(name, value, 366, rule));
                case "WKST" -> {
                    if (!value.equals("MO")) {
                        throw new UnsupportedRecurrenceException("weeks start on Monday here, so a rule cannot start them on " + value);
                    }
                }
                default -> throw new UnsupportedRecurrenceException("meetings cannot be planned by " + name + " (in '" + rule
                        + "'): a rule says how often, and may give an interval, weekdays, days of the month, a position in the month, a count or an end date");
            }
        }
        if (frequency == null) {
            throw new UnsupportedRecurrenceException("'" + rule + "' does not say how often meetings repeat: start it with FREQ=WEEKLY or FREQ=MONTHLY");
        }
        if (count != null && until != null) {
            throw new UnsupportedRecurrenceException("'" + rule + "' gives both COUNT and UNTIL");
        }
        if (frequency == Frequency.WEEKLY && byDay.stream().anyMatch(d -> d.ordinal() != 0)) {
            throw new UnsupportedRecurrenceException("'" + rule + "': a weekly rule's BYDAY cannot number the weekday");
        }
        if (frequency == Frequency.WEEKLY && !byMonthDay.isEmpty()) {
            throw new UnsupportedRecurrenceException("'" + rule + "': BYMONTHDAY is not allowed in a weekly rule");
        }
        if (!byMonthDay.isEmpty() && byDay.stream().anyMatch(d -> d.ordinal() != 0)) {
            throw new UnsupportedRecurrenceException("'" + rule + "': numbered BYDAY with BYMONTHDAY is not supported");
        }
        if (!bySetPos.isEmpty() && byDay.isEmpty() && byMonthDay.isEmpty()) {
            throw new UnsupportedRecurrenceException("'" + rule + "': BYSETPOS needs BYDAY or BYMONTHDAY");
        }
        return new Recurrence(rule, frequency, interval, byDay, byMonthDay, bySetPos, count, until);
    }

    public Frequency frequency() {
        return frequency;
    }

    public int interval() {
        return interval;
    }

    /**
     * The dates of the series that starts on {@code seriesStart}, from {@code from} to {@code to}
     * (both included), in order. COUNT and UNTIL end the series wherever the window is.
     */
    public List<LocalDate> between(LocalDate seriesStart, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        int produced = 0;
        for (int period = 0; period < MOST_PERIODS; period++) {
            List<LocalDate> candidates = candidates(seriesStart, period);
            if (candidates.isEmpty() && periodStart(seriesStart, period).isAfter(to)) {
                break;
            }
            for (LocalDate date : candidates) {
                if (date.isBefore(seriesStart)) {
                    continue;
                }
                if (until != null && date.isAfter(until)) {
                    return dates;
                }
                if (count != null && produced >= count) {
                    return dates;
                }
                produced++;
                if (date.isAfter(to)) {
                    return dates;
                }
                if (!date.isBefore(from)) {
                    dates.add(date);
                }
            }
            if (periodStart(seriesStart, period).isAfter(to)) {
                break;
            }
        }
        return dates;
    }

    /** The first day of the period (week from Monday, or month) {@code period} intervals after the start's. */
    private LocalDate periodStart(LocalDate seriesStart, int period) {
        return switch (frequency) {
            case WEEKLY -> seriesStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks((long) period * interval);
            case MONTHLY -> seriesStart.withDayOfMonth(1).plusMonths((long) period * interval);
        };
    }

    private List<LocalDate> candidates(LocalDate seriesStart, int period) {
        LocalDate start = periodStart(seriesStart, period);
        TreeSet<LocalDate> set = new TreeSet<>();
        if (frequency == Frequency.WEEKLY) {
            if (byDay.isEmpty()) {
                set.add(start.with(TemporalAdjusters.nextOrSame(seriesStart.getDayOfWeek())));
            } else {
                byDay.forEach(d -> set.add(start.with(TemporalAdjusters.nextOrSame(d.day()))));
            }
        } else {
            YearMonth month = YearMonth.from(start);
            if (!byMonthDay.isEmpty()) {
                for (int day : byMonthDay) {
                    int dayOfMonth = day > 0 ? day : month.lengthOfMonth() + day + 1;
                    if (dayOfMonth >= 1 && dayOfMonth <= month.lengthOfMonth()) {
                        LocalDate date = month.atDay(dayOfMonth);
                        if (byDay.isEmpty() || byDay.stream().anyMatch(d -> d.day() == date.getDayOfWeek())) {
                            set.add(date);
                        }
                    }
                }
            } else if (!byDay.isEmpty()) {
                for (WeekdayNum d : byDay) {
                    List<LocalDate> days = new ArrayList<>();
                    for (LocalDate x = month.atDay(1).with(TemporalAdjusters.nextOrSame(d.day()));
                         !x.isAfter(month.atEndOfMonth()); x = x.plusWeeks(1)) {
                        days.add(x);
                    }
                    if (d.ordinal() == 0) {
                        set.addAll(days);
                    } else {
                        int index = d.ordinal() > 0 ? d.ordinal() - 1 : days.size() + d.ordinal();
                        if (index >= 0 && index < days.size()) {
                            set.add(days.get(index));
                        }
                    }
                }
            } else if (seriesStart.getDayOfMonth() <= month.lengthOfMonth()) {
                set.add(month.atDay(seriesStart.getDayOfMonth()));
            }
        }
        List<LocalDate> sorted = List.copyOf(set);
        if (bySetPos.isEmpty()) {
            return sorted;
        }
        TreeSet<LocalDate> chosen = new TreeSet<>();
        for (int pos : bySetPos) {
            int index = pos > 0 ? pos - 1 : sorted.size() + pos;
            if (index >= 0 && index < sorted.size()) {
                chosen.add(sorted.get(index));
            }
        }
        return List.copyOf(chosen);
    }

    private static int positive(String name, String value, String rule) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new UnsupportedRecurrenceException(name + "=" + value + " in '" + rule + "' is not a whole number of at least 1");
    }

    private static List<Integer> signedList(String name, String value, int most, String rule) {
        List<Integer> numbers = new ArrayList<>();
        for (String item : value.split(",")) {
            try {
                int n = Integer.parseInt(item.replace("+", ""));
                if (n != 0 && Math.abs(n) <= most) {
                    numbers.add(n);
                    continue;
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw new UnsupportedRecurrenceException(name + " value '" + item + "' in '" + rule + "' is not 1 to " + most
                    + " or -1 to -" + most);
        }
        return numbers;
    }

    private static LocalDate untilDate(String value, String rule) {
        Matcher m = UNTIL_DATE.matcher(value);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException ignored) {
                // answered below
            }
        }
        throw new UnsupportedRecurrenceException("UNTIL=" + value + " in '" + rule + "' is not a date such as 20261231");
    }

    @Override
    public String toString() {
        return text;
    }
}
