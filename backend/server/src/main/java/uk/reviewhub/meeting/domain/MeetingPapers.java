package uk.reviewhub.meeting.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.TooLargeException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.meeting.persistence.PaperQueries;
import uk.reviewhub.meeting.persistence.PaperQueries.PaperRow;
import uk.reviewhub.security.CurrentUser;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Papers on agenda items: at most {@code reviewhub.papers.max-bytes} (default 20 MB), of an
 * allowed type by content and extension ({@link PaperType}), kept in the database and only ever
 * served back as a download. Another partnership's items and papers are not found; within the
 * partnership, only the group's members and business support reach them ({@link GroupAuthority#requireSeat}).
 */
@Singleton
public class MeetingPapers {

    private final PaperQueries papers;
    private final long maxBytes;
    private final GroupAuthority authority;

    MeetingPapers(PaperQueries papers, @Value("${reviewhub.papers.max-bytes:20971520}") long maxBytes, GroupAuthority authority) {
        this.papers = papers;
        this.authority = authority;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public Paper attach(UUID itemId, String fileName, byte[] content, CurrentUser user) {
        authority.requireSeat(groupOfItem(itemId), user, "attach papers");
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        if (content.length == 0) {
            throw new InvalidFieldException("file", "The file is empty.");
        }
        String name = PaperType.safeName(fileName);
        PaperType type;
        try {
            type = PaperType.check(name, content);
        } catch (PaperType.Refused e) {
            throw new InvalidFieldException("file", e.getMessage());
        }
        UUID id = UUID.randomUUID();
        papers.insert(id, itemId, name, type.mediaType(), content, sha256(content), user.userId());
        return paper(papers.paper(id).orElseThrow());
    }

    public List<Paper> papers(UUID itemId, CurrentUser user) {
        authority.requireSeat(groupOfItem(itemId), user, "read its papers");
        return papers.papers(itemId).stream().map(MeetingPapers::paper).toList();
    }

    /** A paper's file as stored: its name, media type and bytes. */
    public record PaperFile(String fileName, String mediaType, byte[] content) {
    }

    public PaperFile download(UUID paperId, CurrentUser user) {
        UUID groupId = papers.groupOfPaper(paperId).orElseThrow(() -> new NotFoundException("No such paper in this partnership."));
        authority.requireSeat(groupId, user, "read its papers");
        return papers.content(paperId).map(c -> new PaperFile(c.paper().fileName(), c.paper().mediaType(), c.content()))
                .orElseThrow(() -> new NotFoundException("No such paper in this partnership."));
    }

    private UUID groupOfItem(UUID itemId) {
        return papers.groupOfItem(itemId).orElseThrow(() -> new NotFoundException("No such agenda item in this partnership."));
    }

    public TooLargeException tooLarge() {
        return new TooLargeException(
                "The file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB for papers.");
    }

    static Paper paper(PaperRow p) {
        return new Paper(p.id(), p.agendaItemId(), p.fileName(), p.mediaType(), p.sizeBytes(), p.sha256(), p.uploadedAt(),
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
