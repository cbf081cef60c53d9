package uk.reviewhub.time.clock;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of clocks, keyed by code. {@link #defaults()} holds the statutory and usual
 * timescales of backend/DOMAIN.md; a partnership's pack overrides any rule by code
 * ({@link #withOverrides}, {@link #withOverrideTexts}). Meeting deadlines (agenda items, papers
 * published, minutes circulated) are not here: each group's terms of reference sets them, and
 * meetings read them only from there ({@code uk.reviewhub.meeting.domain.MeetingDeadline}).
 */
public final class ClockDefinitions {

    private static final String WORKING_TOGETHER = "Working Together to Safeguard Children 2018/2023";
    private static final String LONDON_CP = "London Child Protection Procedures; local procedures";
    private static final String IRO_HANDBOOK = "IRO Handbook 6.2; Care Planning Regulations reg. 45";

    private final Map<String, ClockDefinition> byCode;

    private ClockDefinitions(Map<String, ClockDefinition> byCode) {
        this.byCode = byCode;
    }

    /** The defaults from backend/DOMAIN.md, "Statutory timescales". */
    public static ClockDefinitions defaults() {
        return of(List.of(
                clock("sin-notification", "Serious incident notification sent to Ofsted and the National Panel",
                        "5 working days after", "the local authority became aware", WORKING_TOGETHER),
                clock("rapid-review", "Rapid review complete and sent to the National Panel",
                        "15 working days after", "the serious incident notification", "National Panel guidance"),
                clock("lcspr-publication", "Local child safeguarding practice review complete and published",
                        "6 months after", "the decision to commission it", "Working Together 2018 ch. 4; 2023 ch. 5"),
                clock("final-report-to-panel", "Final report sent to the National Panel and the Secretary of State",
                        "at least 7 working days before", "publication", "Working Together 2018 ch. 4"),
                clock("initial-cp-conference", "Initial child protection conference held",
                        "15 working days after", "the strategy discussion", "Working Together; London CP Procedures"),
                clock("first-cp-review", "First child protection review conference held",
                        "3 months after", "the initial conference", WORKING_TOGETHER),
                clock("subsequent-cp-review", "Next child protection review conference held",
                        "6 months after", "the previous review conference", WORKING_TOGETHER),
                clock("pre-birth-cp-conference", "Pre-birth child protection conference held",
                        "at least 50 working days before", "the expected date of birth", LONDON_CP),
                clock("pre-birth-first-review", "First review conference after the birth held",
                        "20 working days after", "the birth", LONDON_CP),
                clock("reconvened-cp-conference", "Conference that was not quorate reconvened",
                        "10 working days after", "the conference that was not quorate", LONDON_CP),
                clock("first-core-group", "First core group meeting held",
                        "10 working days after", "the initial conference", LONDON_CP),
                clock("reports-to-parents-initial", "Reports shared with parents before an initial conference",
                        "at least 2 working days before", "the initial conference", LONDON_CP),
                clock("reports-to-parents-review", "Reports shared with parents before a review conference",
                        "at least 3 working days before", "the review conference", LONDON_CP),
                clock("cp-decision-letter", "Decision letter of a conference or review issued",
                        "1 working day after", "the conference or review", LONDON_CP),
                clock("cp-full-record", "Full record of a conference or review issued",
                        "15 working days after", "the conference or review", LONDON_CP),
                clock("first-lac-review", "First looked-after child review held",
                        "20 working days after", "the child became looked after",
                        "Care Planning Regulations 2010; IRO Handbook"),
                clock("second-lac-review", "Second looked-after child review held",
                        "3 months after", "the first review", "Care Planning Regulations 2010; IRO Handbook"),
                clock("subsequent-lac-review", "Next looked-after child review held",
                        "6 months after", "the previous review", "Care Planning Regulations 2010; IRO Handbook"),
                clock("iro-allocation", "Independent reviewing officer allocated",
                        "5 working days after", "the child became looked after", "IRO Handbook"),
                clock("lac-midway-review", "Midway review held (where the partnership runs them)",
                        "3 months after", "the previous review", "Local practice"),
                clock("lac-nine-month-panel", "9-months-plus panel check recorded",
                        "9 months after", "the child became looked after", "Local practice"),
                clock("scrutiny-report", "Report of a piece of scrutiny to the statutory partners",
                        "3 months after", "the piece was commissioned", "Local arrangements (independent scrutiny)"),
                clock("lado-referral", "Allegation against a person who works with children referred to the designated officer",
                        "1 working day after", "the allegation became known", "Working Together 2023 ch. 4; local procedures"),
                // The Issue Resolution Process (the IRO's dispute resolution): the whole, then each stage's response.
                clock("irp-resolution", "Issue resolved through the Issue Resolution Process",
                        "20 working days after", "the issue was raised", IRO_HANDBOOK),
                clock("irp-informal", "Response at the informal stage of the Issue Resolution Process",
                        "5 working days after", "the issue reached the stage", IRO_HANDBOOK),
                clock("irp-team-manager", "Response of the team manager (Issue Resolution Process)",
                        "5 working days after", "the issue reached the stage", IRO_HANDBOOK),
                clock("irp-service-manager", "Response of the service manager (Issue Resolution Process)",
                        "5 working days after", "the issue reached the stage", IRO_HANDBOOK),
                clock("irp-head-of-service", "Response of the head of service (Issue Resolution Process)",
                        "3 working days after", "the issue reached the stage", IRO_HANDBOOK),
                clock("irp-director", "Response of the director of children's services (Issue Resolution Process)",
                        "2 working days after", "the issue reached the stage", IRO_HANDBOOK)));
    }

    public static ClockDefinitions of(Collection<ClockDefinition> definitions) {
        Map<String, ClockDefinition> byCode = new LinkedHashMap<>();
        for (ClockDefinition definition : definitions) {
            if (byCode.put(definition.code(), definition) != null) {
                throw new IllegalArgumentException("The clock '" + definition.code() + "' is defined twice");
            }
        }
        return new ClockDefinitions(byCode);
    }

    private static ClockDefinition clock(String code, String title, String rule, String event, String source) {
        return new ClockDefinition(code, title, ClockRule.parse(rule), event, source);
    }

    /**
     * These clocks with some rules replaced, e.g. a partnership allowing 10 working days for the
     * rapid review. An unknown code is refused: a misspelt override must not pass silently.
     */
    public ClockDefinitions withOverrides(Map<String, ? extends ClockRule> overrides) {
        Map<String, ClockDefinition> merged = new LinkedHashMap<>(byCode);
        overrides.forEach((code, rule) -> merged.put(code, get(code).withRule(rule)));
        return new ClockDefinitions(merged);
    }

    /** As {@link #withOverrides}, with rules written as in packs ("10 working days after"). */
    public ClockDefinitions withOverrideTexts(Map<String, String> overrides) {
        Map<String, ClockRule> rules = new LinkedHashMap<>();
        overrides.forEach((code, text) -> {
            try {
                rules.put(code, ClockRule.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The clock '" + code + "': " + e.getMessage(), e);
            }
        });
        return withOverrides(rules);
    }

    public Optional<ClockDefinition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public ClockDefinition get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No clock '" + code
                + "'; known clocks: " + String.join(", ", byCode.keySet())));
    }

    public ClockRule rule(String code) {
        return get(code).rule();
    }

    /** In catalogue order. */
    public List<ClockDefinition> all() {
        return List.copyOf(byCode.values());
    }
}
