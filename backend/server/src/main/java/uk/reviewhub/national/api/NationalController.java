package uk.reviewhub.national.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.national.NationalApi;
import uk.reviewhub.api.national.NationalReportView;
import uk.reviewhub.national.domain.NationalFigures;
import uk.reviewhub.national.domain.Report;
import uk.reviewhub.national.domain.ReportExports;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;

import java.nio.charset.StandardCharsets;

/**
 * National benchmarking. The national viewer and platform admins see aggregates only, suppressed
 * ({@link NationalFigures}); a partnership's own people see their figures unsuppressed beside England's
 * and their neighbours'. Exports and charts are drawn from the same suppressed reports.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "National benchmarking")
class NationalController implements NationalApi {

    private final NationalFigures figures;

    NationalController(NationalFigures figures) {
        this.figures = figures;
    }

    @Override
    @Secured({Roles.NATIONAL_VIEWER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "England's figures for a financial year, the trend and the regions (suppressed)")
    @Transactional
    public NationalReportView landing(@Nullable Integer year) {
        return view(figures.landing(year));
    }

    @Override
    @Secured({Roles.NATIONAL_VIEWER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Every partnership's region, child population (with year and source) and statistical neighbours")
    @Transactional
    public NationalReportView partnerships() {
        return view(figures.partnerships());
    }

    @Override
    @Secured({Roles.NATIONAL_VIEWER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "One partnership (by its code) or region against England and its neighbours (suppressed)")
    @Transactional
    public NationalReportView area(String area, @Nullable Integer year) {
        return view(figures.comparison(area, year));
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "How we compare: the partnership's own figures (not suppressed) beside England's and its neighbours'")
    @Transactional
    public NationalReportView ownComparison(@Nullable Integer year) {
        return view(figures.ownComparison(year));
    }

    @Override
    @Secured({Roles.NATIONAL_VIEWER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The landing (no area) or one area's comparison as CSV or XLSX, with the caveat and legend")
    @Transactional
    public HttpResponse<byte[]> export(String format, @Nullable String area, @Nullable Integer year) {
        String kind = exportFormat(format);
        Report report = area == null || area.isBlank() ? figures.landing(year) : figures.comparison(area, year);
        return download(report, kind, area == null || area.isBlank() ? "england" : area);
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "How we compare as CSV or XLSX, with the caveat and legend")
    @Transactional
    public HttpResponse<byte[]> ownExport(String format, @Nullable Integer year) {
        String kind = exportFormat(format);
        return download(figures.ownComparison(year), kind, "how-we-compare");
    }

    @Override
    @Secured({Roles.NATIONAL_VIEWER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "An SVG bar chart with its text alternative: 'regions' (notifications by region) or 'trend' (England by year)")
    @Transactional
    public HttpResponse<String> chart(String chart, @Nullable Integer year) {
        Report report = figures.landing(year);
        String title = switch (chart) {
            case "regions" -> "Regions, ";
            case "trend" -> "England over the years";
            default -> throw new NotFoundException("No chart '" + chart + "': the charts are regions and trend");
        };
        Report.Table table = report.tables().stream().filter(t -> t.title().startsWith(title)).findFirst().orElseThrow();
        int column = table.columns().indexOf("Notifications");
        return HttpResponse.ok(ReportExports.barChart(table, column, report.caveat())).contentType(SVG);
    }

    private static String exportFormat(String format) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidFieldException("format", "Format must be csv or xlsx");
        }
        return format;
    }

    private static HttpResponse<byte[]> download(Report report, String format, String name) {
        String file = "national-figures-" + name.replaceAll("[^a-z0-9-]", "") + "-" + report.period() + "." + format;
        if (format.equals("csv")) {
            return HttpResponse.ok(ReportExports.csv(report).getBytes(StandardCharsets.UTF_8)).contentType(MediaType.of(CSV))
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        }
        return HttpResponse.ok(ReportExports.xlsx(report)).contentType(MediaType.of(XLSX))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    static NationalReportView view(Report report) {
        return new NationalReportView(report.title(), report.period(), report.caveat(), report.legend(),
                report.tables().stream().map(t -> new NationalReportView.Table(t.title(), t.definition(), t.rowHeading(), t.columns(),
                        t.rows().stream().map(r -> new NationalReportView.Row(r.label(), r.values())).toList())).toList(),
                report.notes());
    }
}
