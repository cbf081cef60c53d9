package uk.reviewhub.api.calendar;

import uk.reviewhub.api.validation.DateWindow;

import java.time.LocalDate;

/**
 * The dates of the deadline calculator's query ({@code GET /api/calendar/due?start=...}), declared
 * as a record so that the endpoint's check and the form's date picker read the same window
 * ({@link uk.reviewhub.api.validation.DateWindows#of}). The query itself arrives as text
 * ({@link CalendarApi#due}).
 *
 * @param start the event the count starts from (day 0)
 */
public record DueDateQuery(@DateWindow LocalDate start) {
}
