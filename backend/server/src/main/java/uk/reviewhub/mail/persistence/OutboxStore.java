package uk.reviewhub.mail.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.mail.domain.MailMessage;
import uk.reviewhub.mail.domain.MailStatus;
import uk.reviewhub.mail.domain.OutboxEntry;
import uk.reviewhub.tenancy.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.OUTBOX_MESSAGE;
import static uk.reviewhub.database.jooq.Tables.PLATFORM_OUTBOX_MESSAGE;

/**
 * The bound partnership's outbox (row-level security keeps it to the tenant); with no partnership
 * bound (a registration's mail, before its partnership exists), the platform's outbox.
 */
@Singleton
@Connectable
public class OutboxStore {
    public static final String OUTBOX = "OUTBOX";
    public static final String SMTP = "SMTP";

    private final DSLContext dsl;
    private final Clock clock;

    OutboxStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public UUID record(MailMessage message, String transport, MailStatus status) {
        UUID id = UUID.randomUUID();
        if (TenantContext.current().isEmpty()) {
            dsl.insertInto(PLATFORM_OUTBOX_MESSAGE)
                    .set(PLATFORM_OUTBOX_MESSAGE.ID, id)
                    .set(PLATFORM_OUTBOX_MESSAGE.NOTICE_KIND, message.noticeKind())
                    .set(PLATFORM_OUTBOX_MESSAGE.RECIPIENTS, message.to().toArray(String[]::new))
                    .set(PLATFORM_OUTBOX_MESSAGE.SUBJECT, message.subject())
                    .set(PLATFORM_OUTBOX_MESSAGE.BODY_TEXT, keptText(message, transport))
                    .set(PLATFORM_OUTBOX_MESSAGE.BODY_HTML, message.html())
                    .set(PLATFORM_OUTBOX_MESSAGE.TRANSPORT, transport)
                    .set(PLATFORM_OUTBOX_MESSAGE.STATUS, status.name())
                    .set(PLATFORM_OUTBOX_MESSAGE.CREATED_AT, at(clock.instant()))
                    .execute();
            return id;
        }
        dsl.insertInto(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.TENANT_ID, currentTenantId())
                .set(OUTBOX_MESSAGE.ID, id)
                .set(OUTBOX_MESSAGE.NOTICE_KIND, message.noticeKind())
                .set(OUTBOX_MESSAGE.RECIPIENTS, message.to().toArray(String[]::new))
                .set(OUTBOX_MESSAGE.SUBJECT, message.subject())
                .set(OUTBOX_MESSAGE.BODY_TEXT, keptText(message, transport))
                .set(OUTBOX_MESSAGE.BODY_HTML, message.html())
                .set(OUTBOX_MESSAGE.TRANSPORT, transport)
                .set(OUTBOX_MESSAGE.STATUS, status.name())
                .set(OUTBOX_MESSAGE.CREATED_AT, at(clock.instant()))
                .execute();
        return id;
    }

    /**
     * The text kept of a message: a message sent by SMTP is kept without its secrets (links with
     * tokens), which only the recipient gets; the development outbox, which sends nothing, keeps it
     * whole so the link can be followed from it.
     */
    private static String keptText(MailMessage message, String transport) {
        return SMTP.equals(transport) ? message.textWithoutSecrets() : message.text();
    }

    public void sent(UUID id, Instant at) {
        if (TenantContext.current().isEmpty()) {
            dsl.update(PLATFORM_OUTBOX_MESSAGE)
                    .set(PLATFORM_OUTBOX_MESSAGE.STATUS, "SENT")
                    .set(PLATFORM_OUTBOX_MESSAGE.SENT_AT, at(at))
                    .setNull(PLATFORM_OUTBOX_MESSAGE.FAILURE)
                    .where(PLATFORM_OUTBOX_MESSAGE.ID.eq(id))
                    .execute();
            return;
        }
        dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, "SENT")
                .set(OUTBOX_MESSAGE.SENT_AT, at(at))
                .setNull(OUTBOX_MESSAGE.FAILURE)
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    public void failed(UUID id, String failure) {
        if (TenantContext.current().isEmpty()) {
            dsl.update(PLATFORM_OUTBOX_MESSAGE)
                    .set(PLATFORM_OUTBOX_MESSAGE.STATUS, "FAILED")
                    .set(PLATFORM_OUTBOX_MESSAGE.FAILURE, failure)
                    .where(PLATFORM_OUTBOX_MESSAGE.ID.eq(id))
                    .execute();
            return;
        }
        dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, "FAILED")
                .set(OUTBOX_MESSAGE.FAILURE, failure)
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    /** Newest first, at most {@code limit}. */
    public List<OutboxEntry> latest(int limit) {
        return dsl.select(OUTBOX_MESSAGE.ID, OUTBOX_MESSAGE.NOTICE_KIND, OUTBOX_MESSAGE.RECIPIENTS, OUTBOX_MESSAGE.SUBJECT,
                        OUTBOX_MESSAGE.BODY_TEXT, OUTBOX_MESSAGE.STATUS, OUTBOX_MESSAGE.TRANSPORT, OUTBOX_MESSAGE.FAILURE,
                        OUTBOX_MESSAGE.CREATED_AT, OUTBOX_MESSAGE.SENT_AT)
                .from(OUTBOX_MESSAGE)
                .orderBy(OUTBOX_MESSAGE.CREATED_AT.desc(), OUTBOX_MESSAGE.ID)
                .limit(limit)
                .fetch(r -> new OutboxEntry(r.value1(), r.value2(), Arrays.asList(r.value3()), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9().toInstant(), r.value10() == null ? null : r.value10().toInstant()));
    }

    /** The platform's outbox (mail sent for no partnership), newest first, at most {@code limit}. */
    public List<OutboxEntry> platformLatest(int limit) {
        return dsl.select(PLATFORM_OUTBOX_MESSAGE.ID, PLATFORM_OUTBOX_MESSAGE.NOTICE_KIND, PLATFORM_OUTBOX_MESSAGE.RECIPIENTS,
                        PLATFORM_OUTBOX_MESSAGE.SUBJECT, PLATFORM_OUTBOX_MESSAGE.BODY_TEXT, PLATFORM_OUTBOX_MESSAGE.STATUS,
                        PLATFORM_OUTBOX_MESSAGE.TRANSPORT, PLATFORM_OUTBOX_MESSAGE.FAILURE, PLATFORM_OUTBOX_MESSAGE.CREATED_AT,
                        PLATFORM_OUTBOX_MESSAGE.SENT_AT)
                .from(PLATFORM_OUTBOX_MESSAGE)
                .orderBy(PLATFORM_OUTBOX_MESSAGE.CREATED_AT.desc(), PLATFORM_OUTBOX_MESSAGE.ID)
                .limit(limit)
                .fetch(r -> new OutboxEntry(r.value1(), r.value2(), Arrays.asList(r.value3()), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9().toInstant(), r.value10() == null ? null : r.value10().toInstant()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
