package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.api.vocabulary.MeetingStatus;
import uk.reviewhub.ui.backend.PaperUploadClient;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An agenda item's papers (name, size, who, when) with download links, and an upload for the
 * group's people. The papers come with the agenda answer: no request per item.
 */
final class ItemPapers extends Div {

    /** The backend's default limit for papers; the backend checks the real limit and says so in its answer. */
    static final int MAX_PAPER_BYTES = 20 * 1024 * 1024;

    private final AgendaItemView item;
    private final PaperUploadClient uploads;
    private final FormFeedback message;
    private final Consumer<String> attached;

    /**
     * @param message  the agenda's message line, where a refusal is said
     * @param attached told the words to say once a paper is attached (the agenda is then drawn again)
     */
    ItemPapers(AgendaItemView item, MeetingView meeting, MeetingClient meetings, PaperUploadClient uploads,
               MeetingDownloads downloads, FormFeedback message, Consumer<String> attached) {
        this.item = item;
        this.uploads = uploads;
        this.message = message;
        this.attached = attached;
        if (!MeetingParts.part(meeting).submitsItems()) {
            add(new Span("Papers are for the group's members."));
            return;
        }
        List<PaperView> list = item.papers() == null ? List.of() : item.papers();
        if (list.isEmpty()) {
            add(new Span("No papers."));
        } else {
            UnorderedList papers = new UnorderedList();
            for (PaperView paper : list) {
                Anchor link = downloads.link("paper-" + paper.id(), paper.fileName(), "Download " + paper.fileName(),
                        paper.fileName(), paper.mediaType(), () -> meetings.paper(paper.id()));
                papers.add(new ListItem(link, new Span(" (" + size(paper.sizeBytes())
                        + (paper.uploadedByName() == null ? "" : ", " + paper.uploadedByName())
                        + ", " + Dates.format(paper.uploadedAt().atZone(Dates.LONDON).toLocalDate()) + ")")));
            }
            add(papers);
        }
        if (meeting.status() != MeetingStatus.CANCELLED) {
            add(upload());
        }
    }

    private Div upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> attach(upload, metadata.fileName(), data))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_PAPER_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".txt");
        upload.setUploadButton(new Button("Add a paper"));
        upload.getElement().setAttribute("aria-label", "Add a paper to " + item.title());
        upload.setId("upload-" + item.id());
        upload.addFileRejectedListener(rejected -> message.problem(rejected.getErrorMessage()
                + " Papers are PDF, DOCX, XLSX, PPTX, ODT or TXT files of at most " + (MAX_PAPER_BYTES / (1024 * 1024)) + " MB."));
        Div box = new Div(new Span("Add a paper (PDF, DOCX, XLSX, PPTX, ODT or TXT, at most "
                + (MAX_PAPER_BYTES / (1024 * 1024)) + " MB):"), upload);
        box.addClassName("rh-form");
        return box;
    }

    private void attach(Upload upload, String fileName, byte[] content) {
        PaperView[] added = new PaperView[1];
        if (message.attempt(() -> added[0] = uploads.attach(item.id(), fileName, content))) {
            attached.accept("Paper \"" + added[0].fileName() + "\" added to \"" + item.title() + "\".");
        } else {
            upload.clearFileList();
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
