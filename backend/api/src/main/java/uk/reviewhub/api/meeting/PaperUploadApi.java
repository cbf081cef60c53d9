package uk.reviewhub.api.meeting;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import uk.reviewhub.api.ApiPaths;

import java.util.UUID;

/**
 * Attaching a paper to an agenda item, as a client sends it: a multipart body with the part
 * {@code file} (its file name and bytes). {@code B} is the client's multipart body type, which this
 * module does not depend on. The server binds the same request as a file upload part (the paper
 * controller's {@code attach}), a type a client cannot send, so the controller serves this path
 * without implementing this interface; the path and the media type are declared here once, as the
 * server sees them (it consumes multipart form data), like every api interface: the UI's clients are
 * of definition type SERVER, which sends what the server consumes.
 */
public interface PaperUploadApi<B> {

    /** The part of the multipart body that carries the paper. */
    String FILE_PART = "file";

    @Post(value = ApiPaths.AGENDA_ITEM_PAPERS, consumes = MediaType.MULTIPART_FORM_DATA)
    PaperView attach(@PathVariable UUID itemId, @Body B body);
}
