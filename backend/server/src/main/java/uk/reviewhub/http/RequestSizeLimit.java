package uk.reviewhub.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import uk.reviewhub.problem.TooLargeException;

/**
 * Refuses a body larger than its kind may be from its declared {@code Content-Length}, before a
 * byte of it is read: an upload ({@code multipart/form-data}) may be the papers' limit plus room
 * for the multipart framing; anything else (JSON) at most {@code reviewhub.http.max-json-bytes}
 * (1 MB). A body sent without a length (chunked) is cut off by {@code micronaut.server.max-request-size}
 * as it arrives.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestSizeLimit {

    /** Room for the multipart boundaries and part headers around the file. */
    static final long MULTIPART_FRAMING_BYTES = 64 * 1024;

    private final long maxUploadBytes;
    private final long maxJsonBytes;
    private final long maxPaperBytes;

    RequestSizeLimit(@Value("${reviewhub.papers.max-bytes:20971520}") long maxPaperBytes,
                     @Value("${reviewhub.http.max-json-bytes:1048576}") long maxJsonBytes) {
        this.maxPaperBytes = maxPaperBytes;
        this.maxUploadBytes = maxPaperBytes + MULTIPART_FRAMING_BYTES;
        this.maxJsonBytes = maxJsonBytes;
    }

    @RequestFilter
    void limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= 0) {
            return;
        }
        boolean upload = request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        if (upload && length > maxUploadBytes) {
            throw tooLarge("The file is larger than the limit of " + megabytes(maxPaperBytes) + " MB for papers.");
        }
        if (!upload && length > maxJsonBytes) {
            throw tooLarge("The request is larger than the limit of " + megabytes(maxJsonBytes) + " MB.");
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? String.valueOf(bytes / (1024 * 1024)) : String.format("%.1f", bytes / (1024.0 * 1024));
    }

    private static TooLargeException tooLarge(String reason) {
        return new TooLargeException(reason);
    }
}
