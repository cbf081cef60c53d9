package uk.reviewhub.ui.meeting;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.meeting.ChairDayRequest;
import uk.reviewhub.api.meeting.ChairDaysApi;
import uk.reviewhub.api.meeting.ChairDaysView;
import uk.reviewhub.ui.backend.BackendCall;

import java.nio.charset.StandardCharsets;

/** The chair's days, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface ChairDaysClient extends ChairDaysApi {

    default ChairDaysView log(ChairDayRequest request) {
        return logDay(request).body();
    }

    /** The quarter's timesheet as CSV bytes (quarter 1 is April to June). */
    default byte[] timesheetCsv(java.util.UUID groupId, int year, int quarter) {
        return timesheet(groupId, year, quarter).body().getBytes(StandardCharsets.UTF_8);
    }
}
