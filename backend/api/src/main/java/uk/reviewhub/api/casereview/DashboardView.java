package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The review group's dashboard: steps due this week (Monday to Sunday, London), overdue steps, open rapid reviews and reviews, red actions. */
@Serdeable
public record DashboardView(
        List<DueItem> dueThisWeek,
        List<DueItem> overdue,
        int openRapidReviews,
        int openReviews,
        int redActions) {
}
