package uk.reviewhub.api.meeting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import uk.reviewhub.api.ApiPaths;

import java.time.LocalDate;
import java.util.UUID;

/** A group's performance measures over a period and its printable report (London dates, both included). */
public interface PerformanceApi {

    /** The group's measures with traffic lights. */
    @Get(ApiPaths.GROUP_PERFORMANCE)
    PerformanceView performance(@PathVariable UUID groupId, @QueryValue LocalDate from, @QueryValue LocalDate to);

    /** The report from the partnership's template: {@code file} is report.pdf, report.docx or report.html (else 404). */
    @Get(value = ApiPaths.GROUP_PERFORMANCE_REPORT, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> reportFile(@PathVariable UUID groupId, @PathVariable String file, @QueryValue LocalDate from,
                                    @QueryValue LocalDate to);
}
