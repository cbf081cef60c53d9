package uk.reviewhub.ui.meeting;

import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.meeting.PerformanceView;
import uk.reviewhub.ui.backend.Backend;

import java.time.LocalDate;
import java.util.UUID;

/** A group's performance measures and its printable report, as the signed-in user. */
@Singleton
public class PerformanceClient {

    private final Backend backend;

    PerformanceClient(Backend backend) {
        this.backend = backend;
    }

    public PerformanceView performance(UUID groupId, LocalDate from, LocalDate to) {
        return backend.get(ApiPaths.GROUP_PERFORMANCE.replace("{groupId}", groupId.toString()) + period(from, to),
                PerformanceView.class);
    }

    /** The report rendered by the backend from the partnership's template: {@code extension} pdf, docx or html. */
    public byte[] report(UUID groupId, LocalDate from, LocalDate to, String extension, String mediaType) {
        return backend.download(ApiPaths.GROUP_PERFORMANCE_REPORT.replace("{groupId}", groupId.toString())
                .replace("{file}", "report." + extension) + period(from, to), mediaType);
    }

    private static String period(LocalDate from, LocalDate to) {
        return "?from=" + from + "&to=" + to;
    }
}
