package uk.reviewhub.pack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a pack may say in its {@code clocks:} map: the codes of the clocks the server defines, and
 * the wording of a rule. Only the shape is checked here (the tenants module does not depend on the
 * server); the server parses the rule itself when it loads the pack and when it reads a clock, and
 * a spec there checks that {@link #CODES} matches its catalogue.
 */
public final class ClockOverrides {

    /** The codes of the server's clock catalogue ({@code uk.reviewhub.time.clock.ClockDefinitions}), in its order. */
    public static final List<String> CODES = List.of(
            "sin-notification", "rapid-review", "lcspr-publication", "final-report-to-panel",
            "initial-cp-conference", "first-cp-review", "subsequent-cp-review",
            "pre-birth-cp-conference", "pre-birth-first-review", "reconvened-cp-conference", "first-core-group",
            "reports-to-parents-initial", "reports-to-parents-review", "cp-decision-letter", "cp-full-record",
            "first-lac-review", "second-lac-review", "subsequent-lac-review",
            "iro-allocation", "lac-midway-review", "lac-nine-month-panel",
            "scrutiny-report",
            "lado-referral",
            "irp-resolution", "irp-informal", "irp-team-manager", "irp-service-manager", "irp-head-of-service", "irp-director");

    /**
     * Meeting deadlines are not clocks: each group's terms of reference sets them ({@code deadlines:}),
     * and meetings read them only from there. {@code agenda-published} is the catalogue's old name for
     * {@code papers-published}.
     */
    public static final List<String> MEETING_DEADLINES = List.of(
            "agenda-items", "agenda-published", "papers-published", "minutes-circulated");

    public static final String ENGLAND_AND_WALES = "england-and-wales";
    public static final List<String> CALENDAR_DIVISIONS = List.of(ENGLAND_AND_WALES, "scotland", "northern-ireland");

    /** Longest count accepted: ten years of working days, or of months, is a typing slip, not a timescale. */
    static final int MOST = 2600;

    // The same wordings as the server's clock rule parser.
    private static final List<Pattern> WORDINGS = List.of(
            Pattern.compile("(?:within )?(\\d{1,9}) working days? (?:after|of)"),
            Pattern.compile("(?:within )?(\\d{1,9}) (?:calendar )?months? (?:after|of)"),
            Pattern.compile("(?:at least )?(\\d{1,9}) working days? before"));

    private ClockOverrides() {
    }

    /** Why {@code text} is not a clock rule, or empty when it reads as one. */
    public static Optional<String> wordingProblem(String text) {
        String normal = text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (Pattern wording : WORDINGS) {
            var matcher = wording.matcher(normal);
            if (matcher.matches()) {
                int n = Integer.parseInt(matcher.group(1));
                return n > MOST
                        ? Optional.of("the clock rule '" + text + "' counts " + n + "; at most " + MOST + " is allowed")
                        : Optional.empty();
            }
        }
        return Optional.of("cannot read the clock rule '" + text + "': expected e.g. '5 working days after', "
                + "'6 months after' or 'at least 7 working days before'");
    }
}
