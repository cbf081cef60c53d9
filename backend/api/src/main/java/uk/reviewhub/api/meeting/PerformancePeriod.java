package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;

import java.time.LocalDate;

/**
 * The period of a group's performance measures and report ({@code ?from=...&to=...} on
 * {@link PerformanceApi}), declared as a record so that the endpoint's check and the form's date
 * pickers read the same window ({@link uk.reviewhub.api.validation.DateWindows#of}).
 *
 * @param from the first day of the period (London date, included)
 * @param to   the last day of the period (London date, included)
 */
public record PerformancePeriod(@DateWindow LocalDate from, @DateWindow LocalDate to) {
}
