package uk.reviewhub.meeting.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.meeting.domain.PerformanceReport;

import java.time.LocalDate;
import java.util.UUID;

/** The printable performance report of a group, for the partnership's coordination group. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Meetings")
class PerformanceReportController {

    private final PerformanceReport report;

    PerformanceReportController(PerformanceReport report) {
        this.report = report;
    }

    @Get(value = ApiPaths.GROUP_PERFORMANCE_REPORT, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "The performance report over a period as report.pdf, report.docx or report.html")
    HttpResponse<byte[]> report(@PathVariable UUID groupId, @PathVariable String file, @QueryValue LocalDate from,
                                @QueryValue LocalDate to) {
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
