package uk.reviewhub.ui.safeguarding;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.conference.SafeguardingApi;
import uk.reviewhub.api.conference.SafeguardingFeedApi;
import uk.reviewhub.api.partnership.PartnershipApi;
import uk.reviewhub.ui.backend.BackendCall;

import java.util.UUID;

/**
 * The safeguarding service (child protection conferences, looked-after children's reviews) as the
 * signed-in user, its calendar feed, and the partnership's agencies, to invite their professionals.
 */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface SafeguardingClient extends SafeguardingApi, SafeguardingFeedApi, PartnershipApi {

    String PDF = "application/pdf";
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** An issued record exactly as issued: {@code format} is {@code pdf} or {@code docx}. */
    default byte[] recordFile(UUID recordId, String format) {
        return recordDocument(recordId, format).body();
    }
}
