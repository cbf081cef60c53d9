package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The download links of the meeting page by id, so a spec can fetch what a link would. */
final class MeetingDownloads {

    private final Map<String, FileDownload> files = new HashMap<>();

    /** A link fetching the file with the user's token when followed (the link itself carries none). */
    Anchor link(String id, String text, String label, String fileName, String contentType, Supplier<byte[]> fetch) {
        FileDownload file = FileDownload.of(fileName, contentType, fetch);
        files.put(id, file);
        return FileDownload.link(file, id, text, label);
    }

    /** What the link with {@code id} would give the browser, fetched as the signed-in user. */
    byte[] fetch(String id) {
        return files.get(id).fetch();
    }

    /** Links to the agenda ({@code minutes} false) or minutes as PDF and Word documents. */
    Div documents(MeetingClient meetings, UUID meetingId, boolean minutes) {
        String what = minutes ? "minutes" : "agenda";
        String words = minutes ? "Minutes" : "Agenda";
        Div links = new Div(new Span(words + " as a document: "),
                link(what + "-pdf", words + " (PDF)", null, what + ".pdf", "application/pdf",
                        () -> meetings.document(meetingId, minutes, "pdf")),
                new Span(" "),
                link(what + "-docx", words + " (Word document)", null, what + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        () -> meetings.document(meetingId, minutes, "docx")));
        links.setId(what + "-documents");
        return links;
    }
}
