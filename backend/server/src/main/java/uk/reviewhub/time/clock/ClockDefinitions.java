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
                clock("first-lac-review", "First looked-after child review held",
                        "20 working days after", "the child became looked after",
                        "Care Planning Regulations 2010; IRO Handbook"),
                clock("second-lac-review", "Second looked-after child review held",
                        "3 months after", "the first review", "Care Planning Regulations 2010; IRO Handbook"),
                clock("subsequent-lac-review", "Next looked-after child review held",
                        "6 months after", "the previous review", "Care Planning Regulations 2010; IRO Handbook"),
                clock("iro-dispute-resolution", "IRO formal dispute resolution complete",
                        "20 working days after", "the formal process started", "IRO Handbook ch. 6")));
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
