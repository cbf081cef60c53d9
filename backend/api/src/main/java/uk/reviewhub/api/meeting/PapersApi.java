package uk.reviewhub.api.meeting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/**
 * Reading the papers on agenda items (the group's people and business support). Attaching one is a
 * multipart POST to {@link ApiPaths#AGENDA_ITEM_PAPERS} with the part {@code file}, which the server
 * binds as an upload and a client sends as a multipart body, so it has no shared declaration here.
 */
public interface PapersApi {

    @Get(ApiPaths.AGENDA_ITEM_PAPERS)
    List<PaperView> papers(@PathVariable UUID itemId);

    /** A paper's bytes, as a download. */
    @Get(value = ApiPaths.PAPER, produces = MediaType.APPLICATION_OCTET_STREAM)
    HttpResponse<byte[]> paperFile(@PathVariable UUID paperId);
}
