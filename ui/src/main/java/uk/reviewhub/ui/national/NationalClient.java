package uk.reviewhub.ui.national;

import jakarta.inject.Singleton;
import uk.reviewhub.api.national.NationalApi;
import uk.reviewhub.api.national.NationalReportView;
import uk.reviewhub.ui.backend.Backend;

/** The national benchmarking API, as the signed-in user: every figure is the backend's, already suppressed. */
@Singleton
public class NationalClient {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Backend backend;

    NationalClient(Backend backend) {
        this.backend = backend;
    }

    public NationalReportView landing(int year) {
        return backend.get(NationalApi.NATIONAL + "?year=" + year, NationalReportView.class);
    }

    public NationalReportView partnerships() {
        return backend.get(NationalApi.NATIONAL_PARTNERSHIPS, NationalReportView.class);
    }

    public NationalReportView area(String area, int year) {
        return backend.get(NationalApi.NATIONAL_AREA.replace("{area}", encode(area)) + "?year=" + year, NationalReportView.class);
    }

    public NationalReportView ownComparison(int year) {
        return backend.get(NationalApi.OWN_COMPARISON + "?year=" + year, NationalReportView.class);
    }

    public String chart(String chart, int year) {
        return new String(backend.download(NationalApi.NATIONAL_CHART.replace("{chart}", chart) + "?year=" + year, "image/svg+xml"),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The landing (area null) or an area's comparison, as CSV or XLSX. */
    public byte[] export(String format, String area, int year) {
        String path = NationalApi.NATIONAL_EXPORT.replace("{format}", format) + "?year=" + year
                + (area == null ? "" : "&area=" + encode(area));
        return backend.download(path, format.equals("csv") ? CSV : XLSX);
    }

    public byte[] ownExport(String format, int year) {
        return backend.download(NationalApi.OWN_COMPARISON_EXPORT.replace("{format}", format) + "?year=" + year,
                format.equals("csv") ? CSV : XLSX);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
