package uk.reviewhub.api.calendar;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One clock of the signed-in partnership's catalogue, e.g. {@code {"code": "rapid-review", "title":
 * "Rapid review complete and sent to the National Panel", "rule": "15 working days after", "event":
 * "the serious incident notification"}}; the pack's rule where it overrides the default.
 */
@Serdeable
public record ClockOption(String code, String title, String rule, String event) {
}
