package uk.reviewhub.api.national;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

/**
 * National benchmarking over HTTP: the same figures the pages show, for analysts too. The national
 * viewer and platform admins read England's, the regions' and every partnership's figures (aggregates
 * only, small numbers suppressed); a partnership's own people read their own figures unsuppressed
 * beside England's and their neighbours'. {@code year} is a financial year named by the year it starts
 * (2025 is April 2025 to March 2026); absent, the current one.
 */
public interface NationalApi {

    String NATIONAL = "/api/national";
    String NATIONAL_PARTNERSHIPS = "/api/national/partnerships";
    String NATIONAL_AREA = "/api/national/areas/{area}";
    /** CSV or XLSX of the landing (no {@code area}) or of one area's comparison. */
    String NATIONAL_EXPORT = "/api/national/export/{format}";
    /** A bar chart (SVG) of notifications per 10,000 children by region, or the trend for England. */
    String NATIONAL_CHART = "/api/national/charts/{chart}";
    String OWN_COMPARISON = "/api/partnership/comparison";
    String OWN_COMPARISON_EXPORT = "/api/partnership/comparison/export/{format}";
    String CSV = "text/csv; charset=utf-8";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String SVG = "image/svg+xml";

    @Get(NATIONAL)
    NationalReportView landing(@Nullable @QueryValue Integer year);

    @Get(NATIONAL_PARTNERSHIPS)
    NationalReportView partnerships();

    @Get(NATIONAL_AREA)
    NationalReportView area(@PathVariable String area, @Nullable @QueryValue Integer year);

    @Get(OWN_COMPARISON)
    NationalReportView ownComparison(@Nullable @QueryValue Integer year);

    /** {@code format} csv or xlsx: the landing (no {@code area}) or one area's comparison, with the caveat and legend. */
    @Get(value = NATIONAL_EXPORT, produces = {CSV, XLSX})
    HttpResponse<byte[]> export(@PathVariable String format, @Nullable @QueryValue String area, @Nullable @QueryValue Integer year);

    /** How we compare as CSV or XLSX. */
    @Get(value = OWN_COMPARISON_EXPORT, produces = {CSV, XLSX})
    HttpResponse<byte[]> ownExport(@PathVariable String format, @Nullable @QueryValue Integer year);

    /** {@code chart} regions or trend: an SVG bar chart with its text alternative. */
    @Get(value = NATIONAL_CHART, produces = SVG)
    HttpResponse<String> chart(@PathVariable String chart, @Nullable @QueryValue Integer year);
}
