package uk.reviewhub.scrutiny.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.api.scrutiny.ScrutinyAnnualSummaryView;
import uk.reviewhub.api.scrutiny.ScrutinyReportApi;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.scrutiny.domain.ScrutinyAnnualSummary;
import uk.reviewhub.scrutiny.domain.ScrutinyReport;
import uk.reviewhub.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Independent scrutiny's reports: a piece's report and the annual summary of scrutiny. Those who
 * read the programme and its pieces download them: the scrutineers, the partnership's admins, and
 * the chair and vice chair. No other role reaches them.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
@Tag(name = "Independent scrutiny")
class ScrutinyReportController implements ScrutinyReportApi {

    private static final String SVG = "image/svg+xml";

    private final ScrutinyReport report;
    private final ScrutinyAnnualSummary summary;
    private final SecurityService security;

    ScrutinyReportController(ScrutinyReport report, ScrutinyAnnualSummary summary, SecurityService security) {
        this.report = report;
        this.summary = summary;
        this.security = security;
    }

    @Override
    @Operation(summary = "The piece's report to the statutory partners and the Partnership Group as report.pdf, report.docx "
            + "or report.html, or the chart of its themes alone as chart.svg")
    public HttpResponse<byte[]> pieceReport(@PathVariable UUID pieceId, @PathVariable String file) {
        if ("chart.svg".equals(file)) {
            return file(report.chart(pieceId, user()).getBytes(StandardCharsets.UTF_8), SVG, "scrutiny-chart.svg");
        }
        DocumentFormat format = format(file, "report.", "The report is report.pdf, report.docx, report.html or chart.svg.");
        RenderedDocument document = report.render(pieceId, format, user());
        return file(document.content(), format.mediaType(), "scrutiny-report-" + pieceId + "." + format.extension());
    }

    @Override
    @Operation(summary = "The annual summary of scrutiny in a financial year (year=2025: 1 April 2025 to 31 March 2026; default the current one)")
    public ScrutinyAnnualSummaryView annualSummary(@Nullable @QueryValue Integer year) {
        return view(summary.year(year, user()));
    }

    @Override
    @Operation(summary = "The annual summary of scrutiny in a financial year as summary.pdf, summary.docx or summary.html")
    public HttpResponse<byte[]> annualSummaryFile(@PathVariable String file, @Nullable @QueryValue Integer year) {
        DocumentFormat format = format(file, "summary.", "The annual summary is summary.pdf, summary.docx or summary.html.");
        RenderedDocument document = summary.render(year, format, user());
        return file(document.content(), format.mediaType(), "scrutiny-annual-summary" + (year == null ? "" : "-" + year) + "."
                + format.extension());
    }

    private static DocumentFormat format(String file, String stem, String message) {
        DocumentFormat format = file.startsWith(stem) ? DocumentFormat.ofExtension(file.substring(stem.length())) : null;
        if (format == null) {
            throw new NotFoundException(message);
        }
        return format;
    }

    private static HttpResponse<byte[]> file(byte[] content, String mediaType, String name) {
        return HttpResponse.ok(content).contentType(MediaType.of(mediaType))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    static ScrutinyAnnualSummaryView view(ScrutinyAnnualSummary.Year y) {
        List<ScrutinyAnnualSummaryView.EvidenceCount> evidence = new ArrayList<>();
        evidence.add(new ScrutinyAnnualSummaryView.EvidenceCount("OBSERVATION", ScrutinyMethod.OBSERVATIONS.label(), y.observations()));
        y.evidence().forEach((kind, count) -> evidence.add(new ScrutinyAnnualSummaryView.EvidenceCount(kind.name(), kind.label(), count)));
        return new ScrutinyAnnualSummaryView(y.year().startYear(), y.year().label(), y.year().from(), y.year().to(), y.enabled(),
                y.commissioned(), y.completed(), y.open(),
                y.pieces().stream().map(p -> new ScrutinyAnnualSummaryView.Line(p.id(), p.title(), p.commissionedOn(), p.status(),
                        p.reportedOn())).toList(),
                y.observations(), evidence,
                y.themes().stream().map(t -> new PieceView.DomainThemes(t.domain(), t.domainName(), t.counts().entrySet().stream()
                        .map(e -> new PieceView.RatingCount(e.getKey(), e.getValue())).toList())).toList(),
                y.scrutinyDays(), y.daysUsed(), y.allocation(), y.remaining());
    }

    private UUID user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }
}
