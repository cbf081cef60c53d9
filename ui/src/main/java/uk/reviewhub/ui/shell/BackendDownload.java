package uk.reviewhub.ui.shell;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import uk.reviewhub.ui.backend.BackendProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * A file fetched from the backend on the server with the session's token and streamed to the
 * browser, so the link carries no token (as the Composite Action Plan's CSV). The fetch runs under
 * the session's lock, since it reads the view's fields and the session's credentials; a backend
 * refusal becomes the same HTTP status.
 */
public final class BackendDownload implements DownloadHandler {

    private final Supplier<byte[]> fetch;
    private final Supplier<String> fileName;
    private final String contentType;

    public BackendDownload(Supplier<byte[]> fetch, Supplier<String> fileName, String contentType) {
        this.fetch = fetch;
        this.fileName = fileName;
        this.contentType = contentType;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinSession session = event.getSession();
        byte[] body;
        String name;
        session.lock();
        try {
            body = fetch.get();
            name = fileName.get();
        } catch (BackendProblem problem) {
            event.getResponse().setStatus(problem.status() == BackendProblem.UNREACHABLE ? 503 : problem.status());
            return;
        } finally {
            session.unlock();
        }
        event.setFileName(name);
        event.setContentType(contentType);
        event.setContentLength(body.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(body);
        }
    }
}
