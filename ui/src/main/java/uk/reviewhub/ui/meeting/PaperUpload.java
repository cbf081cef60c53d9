package uk.reviewhub.ui.meeting;

import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.ui.backend.Backend;

import java.util.UUID;

/**
 * Attaching a paper to an agenda item: a multipart POST, which the server binds as a file upload and
 * a client sends as a multipart body, so it has no declaration shared with the controller (see
 * {@code PapersApi}) and stays on {@link Backend}'s hand-written upload.
 */
@Singleton
class PaperUpload {

    private final Backend backend;

    PaperUpload(Backend backend) {
        this.backend = backend;
    }

    PaperView attach(UUID itemId, String fileName, byte[] content) {
        return backend.upload(ApiPaths.AGENDA_ITEM_PAPERS.replace("{itemId}", itemId.toString()), "file", fileName, content,
                PaperView.class);
    }
}
