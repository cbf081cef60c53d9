package uk.reviewhub.mail.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.api.mail.OutboxMessageView;
import uk.reviewhub.mail.domain.MailMessage;
import uk.reviewhub.mail.domain.MailStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The bound partnership's outbox (row-level security keeps it to the tenant). */
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
        dsl.execute("""
                insert into outbox_message (tenant_id, id, notice_kind, recipients, subject, body_text, body_html, transport,
                                            status, created_at)
                values (current_tenant_id(), ?, ?, ?::text[], ?, ?, ?, ?, ?, ?::timestamptz)""",
                id, message.noticeKind(), message.to().toArray(String[]::new), message.subject(), message.text(), message.html(),
                transport, status.name(), at(clock.instant()));
        return id;
    }

    public void sent(UUID id, Instant at) {
        dsl.execute("update outbox_message set status = 'SENT', sent_at = ?::timestamptz, failure = null where id = ?", at(at), id);
    }

    public void failed(UUID id, String failure) {
        dsl.execute("update outbox_message set status = 'FAILED', failure = ? where id = ?", failure, id);
    }

    /** Newest first, at most {@code limit}. */
    public List<OutboxMessageView> latest(int limit) {
        return dsl.fetch("""
                select id, notice_kind, recipients, subject, body_text, status, transport, failure, created_at, sent_at
                  from outbox_message order by created_at desc, id limit ?""", limit)
                .map(OutboxStore::view);
    }

    private static OutboxMessageView view(Record r) {
        OffsetDateTime sentAt = r.get("sent_at", OffsetDateTime.class);
        return new OutboxMessageView(r.get("id", UUID.class), r.get("notice_kind", String.class),
                Arrays.asList(r.get("recipients", String[].class)), r.get("subject", String.class), r.get("body_text", String.class),
                r.get("status", String.class), r.get("transport", String.class), r.get("failure", String.class),
                r.get("created_at", OffsetDateTime.class).toInstant(), sentAt == null ? null : sentAt.toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
