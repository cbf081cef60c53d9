package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.time.clock.ClockStatus;

import java.time.LocalDate;

/** When a piece's report is due (the agreed timescale, or the clock scrutiny-report) and where it stands. */
public record PieceClock(LocalDate due, ClockStatus status, String label) {
}
