package uk.reviewhub.meeting.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.meeting.persistence.PaperQueries;
import uk.reviewhub.meeting.persistence.PaperQueries.PaperContent;
import uk.reviewhub.meeting.persistence.PaperQueries.PaperRow;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Papers on agenda items: at most {@code reviewhub.papers.max-bytes} (default 20 MB), of an
 * allowed type by content and extension ({@link PaperType}), kept in the database and only ever
 * served back as a download. Another partnership's items and papers are not found.
 */
@Singleton
public class MeetingPapers {

    private final PaperQueries papers;
    private final long maxBytes;

    MeetingPapers(PaperQueries papers, @Value("${reviewhub.papers.max-bytes:20971520}") long maxBytes) {
        this.papers = papers;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public PaperView attach(UUID itemId, String fileName, byte[] content, UUID userId) {
        if (!papers.agendaItemExists(itemId)) {
            throw new MeetingNotFoundException("No such agenda item in this partnership.");
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        if (content.length == 0) {
            throw new MeetingRuleException("The file is empty.");
        }
        String name = PaperType.safeName(fileName);
        PaperType type;
        try {
            type = PaperType.check(name, content);
        } catch (PaperType.Refused e) {
            throw new MeetingRuleException(e.getMessage());
        }
        UUID id = UUID.randomUUID();
        papers.insert(id, itemId, name, type.mediaType(), content, sha256(content), userId);
        return view(papers.paper(id).orElseThrow());
    }

    public List<PaperView> papers(UUID itemId) {
        if (!papers.agendaItemExists(itemId)) {
            throw new MeetingNotFoundException("No such agenda item in this partnership.");
        }
        return papers.papers(itemId).stream().map(MeetingPapers::view).toList();
    }

    public PaperContent download(UUID paperId) {
        return papers.content(paperId).orElseThrow(() -> new MeetingNotFoundException("No such paper in this partnership."));
    }

    public HttpStatusException tooLarge() {
        return new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "The file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB for papers.");
    }

    static PaperView view(PaperRow p) {
        return new PaperView(p.id(), p.agendaItemId(), p.fileName(), p.mediaType(), p.sizeBytes(), p.sha256(), p.uploadedAt(),
                p.uploadedBy(), p.uploadedByName());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
