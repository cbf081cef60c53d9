package uk.reviewhub.ui.scrutiny;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.scrutiny.ScrutinyReportApi;
import uk.reviewhub.ui.backend.BackendCall;

import java.util.UUID;

/** Independent scrutiny's reports, as the signed-in user: a piece's report and the annual summary. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface ScrutinyReportClient extends ScrutinyReportApi {

    /** The piece's report rendered by the backend from the partnership's template: {@code extension} pdf, docx or html. */
    default byte[] report(UUID pieceId, String extension) {
        return pieceReport(pieceId, "report." + extension).body();
    }

    /** The annual summary of the financial year starting in {@code year}: {@code extension} pdf, docx or html. */
    default byte[] summary(int year, String extension) {
        return annualSummaryFile("summary." + extension, year).body();
    }
}
