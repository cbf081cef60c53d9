package uk.reviewhub.ui.national;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.national.NationalApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The national benchmarking API, as the signed-in user: every figure is the backend's, already suppressed. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface NationalClient extends NationalApi {

    /** The chart as SVG text. */
    default String chartSvg(String chart, int year) {
        return chart(chart, year).body();
    }

    /** The landing (area null) or an area's comparison, as CSV or XLSX. */
    default byte[] download(String format, String area, int year) {
        return export(format, area, year).body();
    }

    default byte[] ownDownload(String format, int year) {
        return ownExport(format, year).body();
    }
}
