package uk.reviewhub.mail.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.api.mail.NoticeLogView;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The bound partnership's log of notices, one row per notice key (row-level security keeps it to
 * the tenant). Each statement commits on its own (no surrounding transaction), so a claim is
 * visible to every other replica before the mail is sent.
 */
@Singleton
@Connectable
public class NoticeLogStore {

    private final DSLContext dsl;

    NoticeLogStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Claims a key never seen before: true when this caller inserted it (and so must send it). */
    public boolean claimNew(String key, String kind, String recipient, @Nullable UUID userId, Instant now) {
        return dsl.execute("""
                insert into notice_log (tenant_id, id, notice_key, notice_kind, recipient, user_id, status, attempts, claimed_at)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 'PENDING', 1, ?::timestamptz)
                on conflict (tenant_id, notice_key) do nothing""",
                UUID.randomUUID(), key, kind, recipient, userId, at(now)) == 1;
    }

    /**
     * Claims a key again when its last attempt FAILED, or when a sender claimed it before
     * {@code staleBefore} and never finished (it died): true when this caller's update took effect.
     * Under READ COMMITTED a concurrent claimer waits for this one and then no longer matches.
     */
    public boolean claimRetry(String key, Instant now, Instant staleBefore, int maxAttempts) {
        return dsl.execute("""
                update notice_log set status = 'PENDING', attempts = attempts + 1, claimed_at = ?::timestamptz
                 where notice_key = ? and attempts < ?
                   and (status = 'FAILED' or (status = 'PENDING' and claimed_at < ?::timestamptz))""",
                at(now), key, maxAttempts, at(staleBefore)) == 1;
    }

    /** The outcome of the attempt: SENT, HELD or FAILED (with the reason). */
    public void finish(String key, String status, @Nullable String subject, @Nullable UUID outboxMessageId,
                       @Nullable String failure, @Nullable Instant sentAt) {
        dsl.execute("""
                update notice_log set status = ?, subject = coalesce(?, subject), outbox_message_id = ?, failure = ?,
                       sent_at = ?::timestamptz
                 where notice_key = ?""",
                status, subject, outboxMessageId, failure, sentAt == null ? null : at(sentAt), key);
    }

    /** A notice whose last attempt FAILED. */
    public record FailedRow(String key, String kind, String recipient, @Nullable UUID userId, int attempts) {
    }

    /** The notices of {@code kinds} whose last attempt FAILED and that have attempts left (fewer than {@code maxAttempts}), oldest first. */
    public List<FailedRow> failed(List<String> kinds, int maxAttempts) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        Object[] binds = new Object[kinds.size() + 1];
        binds[0] = maxAttempts;
        for (int i = 0; i < kinds.size(); i++) {
            binds[i + 1] = kinds.get(i);
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        return dsl.fetch("""
                select notice_key, notice_kind, recipient::text as recipient, user_id, attempts from notice_log
                 where status = 'FAILED' and attempts < ? and notice_kind in (%s)
                 order by created_at, id""".formatted(placeholders), binds)
                .map(r -> new FailedRow(r.get("notice_key", String.class), r.get("notice_kind", String.class),
                        r.get("recipient", String.class), r.get("user_id", UUID.class), r.get("attempts", Integer.class)));
    }

    /** Newest first, at most {@code limit}. */
    public List<NoticeLogView> latest(int limit) {
        return dsl.fetch("""
                select notice_key, notice_kind, recipient::text as recipient, status, attempts, subject, failure, created_at, sent_at
                  from notice_log order by created_at desc, id limit ?""", limit)
                .map(NoticeLogStore::view);
    }

    private static NoticeLogView view(Record r) {
        OffsetDateTime sentAt = r.get("sent_at", OffsetDateTime.class);
        return new NoticeLogView(r.get("notice_key", String.class), r.get("notice_kind", String.class), r.get("recipient", String.class),
                r.get("status", String.class), r.get("attempts", Integer.class), r.get("subject", String.class),
                r.get("failure", String.class), r.get("created_at", OffsetDateTime.class).toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
