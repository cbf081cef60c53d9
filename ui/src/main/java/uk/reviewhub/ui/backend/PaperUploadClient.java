package uk.reviewhub.ui.backend;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import uk.reviewhub.api.meeting.PaperUploadApi;
import uk.reviewhub.api.meeting.PaperView;

import java.util.UUID;

/**
 * Attaching a paper to an agenda item, as the signed-in user: a declarative client like the others
 * (the bearer token, its renewal and the problem answers through {@link BackendCall}), sending the
 * multipart body the contract declares. It lives here because the multipart body is the HTTP
 * client's own type, which only this package uses.
 */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface PaperUploadClient extends PaperUploadApi<MultipartBody> {

    /** Attaches {@code content} under {@code fileName}; the backend checks its type by content. */
    default PaperView attach(UUID itemId, String fileName, byte[] content) {
        return attach(itemId, MultipartBody.builder()
                .addPart(FILE_PART, fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build());
    }
}
