package uk.reviewhub.casereview.domain;

import java.time.LocalDate;

/**
 * One step of a case's timeline: its clock (if the step has one), due date, actual date and status.
 * {@code status} is a ClockStatus name, or DONE / PENDING for a step without a clock; {@code dueProjected}
 * is true when the due date was counted over projected bank holidays.
 */
public record CaseStep(String code, String title, String clock, String rule, LocalDate startedOn, LocalDate dueOn,
                       LocalDate actualOn, String status, String statusLabel, Integer workingDaysRemaining,
                       Integer workingDaysLate, boolean dueProjected) {
}
