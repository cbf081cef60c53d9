package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

import java.util.UUID;

/**
 * Independent scrutiny's reports: a piece's report rendered from the partnership's template (PDF,
 * DOCX or HTML, with the themes across its observations as a chart drawn on the server), and the
 * annual summary of scrutiny in a financial year. Who may call each is on the controller and in the
 * README's roles table.
 */
public interface ScrutinyReportApi {

    /** The piece's report: {@code file} is report.pdf, report.docx, report.html or chart.svg (else 404). */
    @Get(value = ScrutinyReportPaths.PIECE_REPORT, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.TEXT_HTML, "image/svg+xml",
            MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> pieceReport(@PathVariable UUID pieceId, @PathVariable String file);

    /** The annual summary of scrutiny in the financial year starting in {@code year} (default: the current one). */
    @Get(ScrutinyReportPaths.ANNUAL_SUMMARY)
    ScrutinyAnnualSummaryView annualSummary(@Nullable @QueryValue Integer year);

    /** The annual summary as a document: {@code file} is summary.pdf, summary.docx or summary.html (else 404). */
    @Get(value = ScrutinyReportPaths.ANNUAL_SUMMARY_FILE, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> annualSummaryFile(@PathVariable String file, @Nullable @QueryValue Integer year);
}
