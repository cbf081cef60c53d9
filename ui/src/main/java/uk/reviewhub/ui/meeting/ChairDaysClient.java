package uk.reviewhub.ui.meeting;

import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.meeting.ChairDayRequest;
import uk.reviewhub.api.meeting.ChairDaysView;
import uk.reviewhub.ui.backend.Backend;

import java.util.UUID;

/** The independent chair's days, as the signed-in user. */
@Singleton
public class ChairDaysClient {

    private final Backend backend;

    ChairDaysClient(Backend backend) {
        this.backend = backend;
    }

    /** The year from 1 April of {@code year}. */
    public ChairDaysView year(UUID groupId, int year) {
        return backend.get(ApiPaths.CHAIR_DAYS + "?group=" + groupId + "&year=" + year, ChairDaysView.class);
    }

    public ChairDaysView log(ChairDayRequest request) {
        return backend.post(ApiPaths.CHAIR_DAYS, request, ChairDaysView.class);
    }

    /** Quarter 1 is April to June. */
    public byte[] timesheet(UUID groupId, int year, int quarter) {
        return backend.download(ApiPaths.CHAIR_DAYS_TIMESHEET + "?group=" + groupId + "&year=" + year + "&quarter=" + quarter,
                "text/csv");
    }
}
