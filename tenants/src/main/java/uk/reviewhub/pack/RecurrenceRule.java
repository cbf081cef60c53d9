package uk.reviewhub.pack;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks the syntax of an RFC 5545 recurrence rule (section 3.3.10), e.g.
 * {@code FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2} (second Monday of each month). Expanding rules into
 * dates is the meeting feature's job; a pack only has to hold a rule that parses.
 */
public final class RecurrenceRule {
    private static final Pattern WEEKDAY = Pattern.compile("[+-]?([1-9]|[1-4][0-9]|5[0-3])?(SU|MO|TU|WE|TH|FR|SA)");
    private static final Pattern UNTIL = Pattern.compile("[0-9]{8}(T[0-9]{6}Z?)?");

    private static final Map<String, Predicate<String>> PARTS = Map.ofEntries(
            Map.entry("FREQ", v -> Set.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY").contains(v)),
            Map.entry("INTERVAL", v -> inRange(v, 1, Integer.MAX_VALUE)),
            Map.entry("COUNT", v -> inRange(v, 1, Integer.MAX_VALUE)),
            Map.entry("UNTIL", v -> UNTIL.matcher(v).matches()),
            Map.entry("BYSECOND", v -> list(v, x -> inRange(x, 0, 60))),
            Map.entry("BYMINUTE", v -> list(v, x -> inRange(x, 0, 59))),
            Map.entry("BYHOUR", v -> list(v, x -> inRange(x, 0, 23))),
            Map.entry("BYDAY", v -> list(v, x -> WEEKDAY.matcher(x).matches())),
            Map.entry("BYMONTHDAY", v -> list(v, x -> signedInRange(x, 31))),
            Map.entry("BYYEARDAY", v -> list(v, x -> signedInRange(x, 366))),
            Map.entry("BYWEEKNO", v -> list(v, x -> signedInRange(x, 53))),
            Map.entry("BYMONTH", v -> list(v, x -> inRange(x, 1, 12))),
            Map.entry("BYSETPOS", v -> list(v, x -> signedInRange(x, 366))),
            Map.entry("WKST", v -> Set.of("SU", "MO", "TU", "WE", "TH", "FR", "SA").contains(v)));

    private RecurrenceRule() {
    }

    /** Throws {@link IllegalArgumentException} saying what is wrong, or returns normally. */
    public static void check(String rule) {
        String body = rule.startsWith("RRULE:") ? rule.substring(6) : rule;
        Set<String> seen = new HashSet<>();
        for (String part : body.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + part + "' is not NAME=VALUE");
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            Predicate<String> valid = PARTS.get(name);
            if (valid == null) {
                throw new IllegalArgumentException("unknown rule part " + name);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(name + " appears twice");
            }
            if (!valid.test(value)) {
                throw new IllegalArgumentException("invalid " + name + " value '" + value + "'");
            }
        }
        if (!seen.contains("FREQ")) {
            throw new IllegalArgumentException("FREQ is required");
        }
        if (seen.contains("COUNT") && seen.contains("UNTIL")) {
            throw new IllegalArgumentException("COUNT and UNTIL must not both be given");
        }
        if (seen.contains("BYSETPOS") && seen.stream().noneMatch(n -> n.startsWith("BY") && !n.equals("BYSETPOS"))) {
            throw new IllegalArgumentException("BYSETPOS needs another BYxxx rule part");
        }
    }

    public static boolean isValid(String rule) {
        try {
            check(rule);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean list(String value, Predicate<String> item) {
        if (value.isEmpty()) {
            return false;
        }
        for (String x : value.split(",", -1)) {
            if (!item.test(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRange(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            return n >= min && n <= max && !value.startsWith("+");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean signedInRange(String value, int max) {
        String digits = value.startsWith("+") || value.startsWith("-") ? value.substring(1) : value;
        return inRange(digits, 1, max);
    }
}
