package uk.reviewhub.api.calendar;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The deadline calculator's answer, e.g. {@code {"due": "2024-01-03", "start": "2023-12-22",
 * "rule": "5 working days after", "explanation": "Day 0 is Friday 22 December 2023 ..."}}.
 *
 * @param due         the due date
 * @param start       the event counted from (day 0)
 * @param rule        the rule in words: "5 working days after", "6 months after",
 *                    "at least 5 working days before" (a negative {@code workingDays})
 * @param explanation how the due date follows, naming the bank holidays skipped
 * @param division    the bank-holiday division used, e.g. "england-and-wales"
 * @param projected   true when the count ran past the published bank holidays, over days projected
 *                    from the division's standing rules: the date may change once they are published
 */
@Serdeable
public record DueDateResponse(LocalDate due, LocalDate start, String rule, String explanation, String division,
                              boolean projected) {
}
