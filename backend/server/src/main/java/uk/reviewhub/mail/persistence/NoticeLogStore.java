package uk.reviewhub.mail.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.mail.domain.NoticeLogEntry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.NOTICE_LOG;

/**
 * The bound partnership's log of notices, one row per notice key (row-level security keeps it to
 * the tenant). Each statement commits on its own (no surrounding transaction), so a claim is
 * visible to every other replica before the mail is sent.
 */
@Singleton
@Connectable
public class NoticeLogStore {

    /** The recipient (a citext column, which jOOQ knows only as an object) read as text. */
    private static final Field<String> RECIPIENT = NOTICE_LOG.RECIPIENT.cast(SQLDataType.CLOB).as("recipient");

    private final DSLContext dsl;

    NoticeLogStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Claims a key never seen before: true when this caller inserted it (and so must send it). */
    public boolean claimNew(String key, String kind, String recipient, @Nullable UUID userId, Instant now) {
        return dsl.insertInto(NOTICE_LOG)
                .set(NOTICE_LOG.TENANT_ID, currentTenantId())
                .set(NOTICE_LOG.ID, UUID.randomUUID())
                .set(NOTICE_LOG.NOTICE_KEY, key)
                .set(NOTICE_LOG.NOTICE_KIND, kind)
                .set(Map.of(NOTICE_LOG.RECIPIENT, val(recipient, SQLDataType.CLOB).cast(NOTICE_LOG.RECIPIENT.getDataType())))
                .set(NOTICE_LOG.USER_ID, userId)
                .set(NOTICE_LOG.STATUS, "PENDING")
                .set(NOTICE_LOG.ATTEMPTS, 1)
                .set(NOTICE_LOG.CLAIMED_AT, at(now))
                .onConflict(NOTICE_LOG.TENANT_ID, NOTICE_LOG.NOTICE_KEY).doNothing()
                .execute() == 1;
    }

    /**
     * Claims a key again when its last attempt FAILED, or when a sender claimed it before
     * {@code staleBefore} and never finished (it died): true when this caller's update took effect.
     * Under READ COMMITTED a concurrent claimer waits for this one and then no longer matches.
     */
    public boolean claimRetry(String key, Instant now, Instant staleBefore, int maxAttempts) {
        return dsl.update(NOTICE_LOG)
                .set(NOTICE_LOG.STATUS, "PENDING")
                .set(NOTICE_LOG.ATTEMPTS, NOTICE_LOG.ATTEMPTS.plus(1))
                .set(NOTICE_LOG.CLAIMED_AT, at(now))
                .where(NOTICE_LOG.NOTICE_KEY.eq(key), NOTICE_LOG.ATTEMPTS.lt(maxAttempts))
                .and(NOTICE_LOG.STATUS.eq("FAILED").or(NOTICE_LOG.STATUS.eq("PENDING").and(NOTICE_LOG.CLAIMED_AT.lt(at(staleBefore)))))
                .execute() == 1;
    }

    /** The outcome of the attempt: SENT, HELD or FAILED (with the reason). */
    public void finish(String key, String status, @Nullable String subject, @Nullable UUID outboxMessageId,
                       @Nullable String failure, @Nullable Instant sentAt) {
        dsl.update(NOTICE_LOG)
                .set(NOTICE_LOG.STATUS, status)
                .set(NOTICE_LOG.SUBJECT, coalesce(val(subject, NOTICE_LOG.SUBJECT), NOTICE_LOG.SUBJECT))
                .set(NOTICE_LOG.OUTBOX_MESSAGE_ID, outboxMessageId)
                .set(NOTICE_LOG.FAILURE, failure)
                .set(NOTICE_LOG.SENT_AT, sentAt == null ? null : at(sentAt))
                .where(NOTICE_LOG.NOTICE_KEY.eq(key))
                .execute();
    }

    /** A notice whose last attempt FAILED. */
    public record FailedRow(String key, String kind, String recipient, @Nullable UUID userId, int attempts) {
    }

    /** The notices of {@code kinds} whose last attempt FAILED and that have attempts left (fewer than {@code maxAttempts}), oldest first. */
    public List<FailedRow> failed(List<String> kinds, int maxAttempts) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return dsl.select(NOTICE_LOG.NOTICE_KEY, NOTICE_LOG.NOTICE_KIND, RECIPIENT, NOTICE_LOG.USER_ID, NOTICE_LOG.ATTEMPTS)
                .from(NOTICE_LOG)
                .where(NOTICE_LOG.STATUS.eq("FAILED"), NOTICE_LOG.ATTEMPTS.lt(maxAttempts), NOTICE_LOG.NOTICE_KIND.in(kinds))
                .orderBy(NOTICE_LOG.CREATED_AT, NOTICE_LOG.ID)
                .fetch(r -> new FailedRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Newest first, at most {@code limit}. */
    public List<NoticeLogEntry> latest(int limit) {
        return dsl.select(NOTICE_LOG.NOTICE_KEY, NOTICE_LOG.NOTICE_KIND, RECIPIENT, NOTICE_LOG.STATUS, NOTICE_LOG.ATTEMPTS,
                        NOTICE_LOG.SUBJECT, NOTICE_LOG.FAILURE, NOTICE_LOG.CREATED_AT, NOTICE_LOG.SENT_AT)
                .from(NOTICE_LOG)
                .orderBy(NOTICE_LOG.CREATED_AT.desc(), NOTICE_LOG.ID)
                .limit(limit)
                .fetch(r -> new NoticeLogEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8().toInstant(), r.value9() == null ? null : r.value9().toInstant()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
