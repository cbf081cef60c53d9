package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import uk.reviewhub.ui.backend.BackendProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * A download link whose file the UI fetches from the backend with the session's token (taken
 * under the session's lock, as the CAP's CSV is): the link itself carries no token.
 */
final class FileDownload implements DownloadHandler {

    private final Supplier<byte[]> fetch;
    private final String fileName;
    private final String contentType;

    private FileDownload(Supplier<byte[]> fetch, String fileName, String contentType) {
        this.fetch = fetch;
        this.fileName = fileName;
        this.contentType = contentType;
    }

    static FileDownload of(String fileName, String contentType, Supplier<byte[]> fetch) {
        return new FileDownload(fetch, fileName, contentType);
    }

    /** A link with {@code text} (and {@code label} for screen readers, when given) that downloads the file. */
    static Anchor link(FileDownload download, String id, String text, String label) {
        Anchor anchor = new Anchor(download, text);
        if (id != null) {
            anchor.setId(id);
        }
        if (label != null) {
            anchor.getElement().setAttribute("aria-label", label);
        }
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** Fetches the file as the signed-in user. */
    byte[] fetch() {
        return fetch.get();
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinSession session = event.getSession();
        byte[] body;
        session.lock();
        try {
            body = fetch.get();
        } catch (BackendProblem problem) {
            event.getResponse().setStatus(problem.status() == 0 ? 503 : problem.status());
            return;
        } finally {
            session.unlock();
        }
        event.setFileName(fileName);
        event.setContentType(contentType);
        event.setContentLength(body.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(body);
        }
    }
}
