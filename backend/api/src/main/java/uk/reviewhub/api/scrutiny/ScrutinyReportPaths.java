package uk.reviewhub.api.scrutiny;

/** The paths of independent scrutiny's reports (issue 12 item 7), shared by {@link ScrutinyReportApi}, its controller and the UI. */
public final class ScrutinyReportPaths {
    /**
     * {@code GET}: the piece's report to the statutory partners and the Partnership Group: {@code file}
     * is report.pdf, report.docx or report.html, or chart.svg for the chart of its themes alone.
     */
    public static final String PIECE_REPORT = "/api/scrutiny/pieces/{pieceId}/report/{file}";
    /** {@code GET}: the annual summary of scrutiny in a financial year ({@code year}: the year it starts; default the current one). */
    public static final String ANNUAL_SUMMARY = "/api/scrutiny/annual-summary";
    /** {@code GET}: the annual summary as summary.pdf, summary.docx or summary.html. */
    public static final String ANNUAL_SUMMARY_FILE = "/api/scrutiny/annual-summary/{file}";

    private ScrutinyReportPaths() {
    }
}
