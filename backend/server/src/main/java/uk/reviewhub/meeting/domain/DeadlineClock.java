package uk.reviewhub.meeting.domain;

import java.time.LocalDate;

/**
 * A meeting deadline's clock read today: {@code status} NOT_STARTED, ON_TRACK, DUE_SOON, OVERDUE,
 * MET_ON_TIME or MET_LATE with its words in {@code statusLabel}; {@code rule} e.g. "14 working days
 * after the meeting".
 */
public record DeadlineClock(String code, String label, String rule, LocalDate due, LocalDate completedOn, String status,
                            String statusLabel, Integer workingDaysRemaining, Integer workingDaysLate) {
}
