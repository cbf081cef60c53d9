package uk.reviewhub.conference.domain;

import uk.reviewhub.time.LondonTime;
import uk.reviewhub.problem.InvalidFieldException;

import java.time.LocalDate;

/** Dates out of range are refused with the field named and the range in words (dd/mm/yyyy). */
final class DateRules {


    private DateRules() {
    }

    /** Refuses {@code date} (when given) before {@code earliest} or after {@code latest} (either may be null: no bound). */
    static void within(String field, String what, LocalDate date, LocalDate earliest, String earliestWords,
                       LocalDate latest, String latestWords) {
        if (date == null) {
            return;
        }
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidFieldException(field, what + " (" + LondonTime.UK_DATE.format(date) + ") is before " + earliestWords
                    + " (" + LondonTime.UK_DATE.format(earliest) + ").");
        }
        if (latest != null && date.isAfter(latest)) {
            throw new InvalidFieldException(field, what + " (" + LondonTime.UK_DATE.format(date) + ") is after " + latestWords
                    + " (" + LondonTime.UK_DATE.format(latest) + ").");
        }
    }

    static void required(String field, Object value, String message) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidFieldException(field, message);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
