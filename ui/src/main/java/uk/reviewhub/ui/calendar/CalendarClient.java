package uk.reviewhub.ui.calendar;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.calendar.CalendarApi;
import uk.reviewhub.api.calendar.DueDateResponse;
import uk.reviewhub.ui.backend.BackendCall;

import java.time.LocalDate;

/** The deadline calculator's API, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface CalendarClient extends CalendarApi {

    /** {@code workingDays} may be negative ("at least N working days before"). */
    default DueDateResponse workingDays(LocalDate start, int workingDays) {
        return due(start.toString(), Integer.toString(workingDays), null, null);
    }

    default DueDateResponse months(LocalDate start, int months) {
        return due(start.toString(), null, Integer.toString(months), null);
    }

    /** The due date by the partnership's definition of the clock {@code code}. */
    default DueDateResponse clock(LocalDate start, String code) {
        return due(start.toString(), null, null, code);
    }
}
