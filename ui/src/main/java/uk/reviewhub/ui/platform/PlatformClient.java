package uk.reviewhub.ui.platform;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.platform.PlatformApi;
import uk.reviewhub.ui.backend.BackendCall;

import java.util.UUID;

/** The platform console's API, as the signed-in platform admin. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface PlatformClient extends PlatformApi {

    /** The partnership's data as a zip (the export is recorded by the backend). */
    default byte[] exportZip(UUID partnershipId) {
        return export(partnershipId).body();
    }
}
