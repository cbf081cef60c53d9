package uk.reviewhub.meeting.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.partnership.domain.TermsOfReferenceCheck;

import java.util.List;

/** An edited cadence's RRULE must be one the schedule can expand, or no meetings could be planned from it. */
@Singleton
class CadenceCheck implements TermsOfReferenceCheck {

    @Override
    public List<String> problems(TermsOfReferenceUpdate update) {
        String rule = update.cadence() == null ? null : update.cadence().rrule();
        if (rule == null || rule.isBlank() || !rule.contains("FREQ=")) {
            return List.of();
        }
        try {
            Recurrence.parse(rule);
            return List.of();
        } catch (UnsupportedRecurrenceException e) {
            return List.of("The cadence's RRULE cannot be used: " + e.getMessage() + ".");
        }
    }
}
