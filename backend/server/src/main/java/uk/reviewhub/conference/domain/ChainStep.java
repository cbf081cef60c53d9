package uk.reviewhub.conference.domain;

import uk.reviewhub.time.clock.ClockReading;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of an episode's chain: an event with its clock (or a dated event without one).
 * {@code status}: a ClockStatus name, or DONE / PENDING for a step without a clock.
 * {@code conferenceId}: the conference the step belongs to, if any.
 */
public record ChainStep(String code, String title, String clockCode, String rule, LocalDate startedOn, LocalDate dueOn,
                        LocalDate actualOn, String status, String statusLabel, Integer workingDaysRemaining,
                        Integer workingDaysLate, UUID conferenceId) {

    static ChainStep of(String code, String title, String clockCode, String rule, ClockReading reading, UUID conferenceId) {
        return new ChainStep(code, title, clockCode, rule, reading.startedOn(), reading.due(), reading.completedOn(),
                reading.status().name(), reading.label(), reading.workingDaysRemaining(), reading.workingDaysLate(), conferenceId);
    }

    static ChainStep done(String code, String title, LocalDate on) {
        return on == null
                ? new ChainStep(code, title, null, null, null, null, null, "PENDING", "Not yet", null, null, null)
                : new ChainStep(code, title, null, null, null, null, on, "DONE", "Done", null, null, null);
    }

    public boolean open() {
        return status.equals("ON_TRACK") || status.equals("DUE_SOON") || status.equals("OVERDUE");
    }
}
