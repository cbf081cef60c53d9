package uk.reviewhub.meeting.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.meeting.PerformanceApi;
import uk.reviewhub.api.meeting.PerformanceView;
import uk.reviewhub.api.meeting.PerformancePeriod;
import uk.reviewhub.api.validation.DateWindows;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.meeting.domain.GroupPerformance;
import uk.reviewhub.meeting.domain.PerformanceReport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A group's performance measures and its printable report, for the partnership's coordination group. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Meetings")
class PerformanceReportController implements PerformanceApi {

    private final GroupPerformance performance;
    private final PerformanceReport report;
    private final Clock clock;

    PerformanceReportController(GroupPerformance performance, PerformanceReport report, Clock clock) {
        this.performance = performance;
        this.report = report;
        this.clock = clock;
    }

    /** The period's dates are plausible ones (the window {@link PerformancePeriod} declares), else 400 naming each. */
    private void plausible(LocalDate from, LocalDate to) {
        LocalDate today = DateWindows.today(clock);
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        for (var field : List.of(Map.entry("from", from), Map.entry("to", to))) {
            DateWindows.Window window = DateWindows.of(PerformancePeriod.class, field.getKey());
            if (!window.contains(field.getValue(), today)) {
                problems.add(new InvalidFieldException.FieldProblem(field.getKey(),
                        (field.getKey().equals("from") ? "From " : "To ") + window.refusal(today) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    @Override
    @Operation(summary = "The group's performance measures over a period (London dates, both included), with traffic lights")
    public PerformanceView performance(UUID groupId, LocalDate from, LocalDate to) {
        plausible(from, to);
        return MeetingViews.performance(performance.performance(groupId, from, to));
    }

    @Override
    @Operation(summary = "The performance report over a period as report.pdf, report.docx or report.html")
    public HttpResponse<byte[]> reportFile(UUID groupId, String file, LocalDate from, LocalDate to) {
        plausible(from, to);
        DocumentFormat format = file.startsWith("report.") ? DocumentFormat.ofExtension(file.substring("report.".length())) : null;
        if (format == null) {
            throw new NotFoundException("The report is report.pdf, report.docx or report.html.");
        }
        RenderedDocument document = report.render(groupId, from, to, format);
        return HttpResponse.ok(document.content()).contentType(MediaType.of(format.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"performance-report-" + from + "-to-" + to + "."
                        + format.extension() + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }
}
