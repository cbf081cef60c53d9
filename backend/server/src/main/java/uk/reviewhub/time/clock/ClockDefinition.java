package uk.reviewhub.time.clock;

import java.util.Objects;

/**
 * A named timescale: what must happen, by which rule, counted from which event.
 *
 * @param code   stable key, used by packs to override the rule (e.g. {@code "rapid-review"})
 * @param title  what must be done by the due date
 * @param rule   how the due date is set
 * @param event  the event the rule counts from, or for a "before" rule the later event it counts back from
 * @param source where the timescale comes from (guidance, regulations, terms of reference)
 */
public record ClockDefinition(String code, String title, ClockRule rule, String event, String source) {

    public ClockDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(source, "source");
    }

    public ClockDefinition withRule(ClockRule newRule) {
        return new ClockDefinition(code, title, newRule, event, source);
    }

    /** E.g. "Rapid review sent to the National Panel: 15 working days after the SIN". */
    public String summary() {
        return title + ": " + rule.describe() + " " + event;
    }
}
