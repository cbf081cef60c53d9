package uk.reviewhub.invitation.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.api.vocabulary.PartnershipRole;
import uk.reviewhub.database.jooq.tables.AppUser;
import uk.reviewhub.invitation.domain.Invitation;
import uk.reviewhub.invitation.domain.NewInvitation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.INVITATION;
import static uk.reviewhub.database.jooq.Tables.MEMBERSHIP_CHANGE;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;

/**
 * Invitations (V27) on the generated schema, through row-level security (the bound partnership's
 * only), and the rows an accepted invitation writes: the person's partnership role, its history
 * (subject ROLE, as admins' changes are recorded) and the seat they take. Tokens arrive hashed.
 */
@Singleton
public class InvitationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AppUser INVITER = APP_USER.as("inviter");

    private final DSLContext dsl;

    InvitationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The partnership a link belongs to, found before any partnership is bound (the one narrow function). */
    public Optional<UUID> tenantOfLink(byte[] tokenHash) {
        return Optional.ofNullable(dsl.select(DSL.function(DSL.name("platform", "invitation_tenant"), SQLDataType.UUID,
                DSL.val(tokenHash, SQLDataType.BLOB))).fetchOne(0, UUID.class));
    }

    public String partnershipName() {
        return dsl.select(PARTNERSHIP.NAME).from(PARTNERSHIP).fetchOne(PARTNERSHIP.NAME);
    }

    public List<Invitation> all() {
        return select().orderBy(INVITATION.INVITED_AT.desc(), INVITATION.ID).fetch(InvitationStore::invitation);
    }

    public Optional<Invitation> find(UUID id) {
        return select().where(INVITATION.ID.eq(id)).fetchOptional(InvitationStore::invitation);
    }

    /** The invitation, locked until the transaction ends. */
    public Optional<Invitation> forUpdate(UUID id) {
        return select().where(INVITATION.ID.eq(id)).forUpdate().of(INVITATION).fetchOptional(InvitationStore::invitation);
    }

    /** The invitation whose current link this is, locked until the transaction ends. */
    public Optional<Invitation> byLinkForUpdate(byte[] tokenHash) {
        return select().where(INVITATION.TOKEN_HASH.eq(tokenHash)).forUpdate().of(INVITATION).fetchOptional(InvitationStore::invitation);
    }

    /** The pending invitations to this email (expired ones too), newest first, locked until the transaction ends. */
    public List<Invitation> pendingForEmailForUpdate(String email) {
        return select().where(DSL.lower(INVITATION.EMAIL).eq(email.toLowerCase(java.util.Locale.ROOT)))
                .and(INVITATION.STATUS.eq("PENDING"))
                .orderBy(INVITATION.INVITED_AT.desc(), INVITATION.ID)
                .forUpdate().of(INVITATION).fetch(InvitationStore::invitation);
    }

    public boolean openInvitationFor(String email) {
        return dsl.fetchExists(dsl.selectOne().from(INVITATION)
                .where(DSL.lower(INVITATION.EMAIL).eq(email.toLowerCase(java.util.Locale.ROOT)))
                .and(INVITATION.STATUS.eq("PENDING")));
    }

    /** Whether the person with this email holds a partnership role here on {@code today}. */
    public boolean holdsCurrentRole(String email, LocalDate today) {
        return dsl.fetchExists(dsl.selectOne().from(PARTNERSHIP_MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(PARTNERSHIP_MEMBERSHIP.USER_ID))
                .where(DSL.lower(APP_USER.EMAIL.cast(SQLDataType.VARCHAR)).eq(email.toLowerCase(java.util.Locale.ROOT)))
                .and(current(today)));
    }

    /** A seat that is current on {@code today} and has nobody linked to it. */
    public boolean seatOpen(UUID groupMemberId, LocalDate today) {
        return dsl.fetchExists(dsl.selectOne().from(GROUP_MEMBER)
                .where(GROUP_MEMBER.ID.eq(groupMemberId))
                .and(GROUP_MEMBER.USER_ID.isNull())
                .and(GROUP_MEMBER.END_DATE.isNull().or(GROUP_MEMBER.END_DATE.ge(today))));
    }

    public UUID insert(NewInvitation n, byte[] tokenHash, Instant sentAt, Instant expiresAt, UUID invitedBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(INVITATION)
                .set(INVITATION.TENANT_ID, currentTenantId())
                .set(INVITATION.ID, id)
                .set(INVITATION.EMAIL, n.email())
                .set(INVITATION.DISPLAY_NAME, n.displayName())
                .set(INVITATION.ROLE, n.role().name())
                .set(INVITATION.GROUP_MEMBER_ID, n.groupMemberId())
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.SENT_AT, at(sentAt))
                .set(INVITATION.EXPIRES_AT, at(expiresAt))
                .set(INVITATION.INVITED_BY, invitedBy)
                .set(INVITATION.INVITED_AT, at(sentAt))
                .execute();
        return id;
    }

    /** A new link in place of the old one (which then matches nothing), sent now. */
    public void replaceLink(UUID id, byte[] tokenHash, Instant sentAt, Instant expiresAt) {
        dsl.update(INVITATION)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.SENT_AT, at(sentAt))
                .set(INVITATION.EXPIRES_AT, at(expiresAt))
                .set(INVITATION.TIMES_SENT, INVITATION.TIMES_SENT.plus(1))
                .set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id))
                .execute();
    }

    public void revoke(UUID id, Instant at, UUID by) {
        dsl.update(INVITATION)
                .set(INVITATION.STATUS, "REVOKED")
                .set(INVITATION.REVOKED_AT, at(at))
                .set(INVITATION.REVOKED_BY, by)
                .set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id))
                .execute();
    }

    public void accepted(UUID id, UUID userId, Instant at) {
        dsl.update(INVITATION)
                .set(INVITATION.STATUS, "ACCEPTED")
                .set(INVITATION.ACCEPTED_AT, at(at))
                .set(INVITATION.ACCEPTED_USER_ID, userId)
                .set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id))
                .execute();
    }

    /**
     * Gives the person the role from {@code today}: a new partnership role, the role added to their
     * current ones, or (when their roles had ended) the role alone from today. Recorded in the
     * roles' history as the inviting admin's change. Answers the role row's id.
     */
    public UUID grantRole(UUID userId, PartnershipRole role, LocalDate today, UUID invitedBy) {
        var existing = dsl.select(PARTNERSHIP_MEMBERSHIP.ID, PARTNERSHIP_MEMBERSHIP.ROLES, PARTNERSHIP_MEMBERSHIP.START_DATE,
                        PARTNERSHIP_MEMBERSHIP.END_DATE)
                .from(PARTNERSHIP_MEMBERSHIP).where(PARTNERSHIP_MEMBERSHIP.USER_ID.eq(userId))
                .forUpdate().fetchOptional();
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        UUID id;
        String action;
        if (existing.isEmpty()) {
            id = UUID.randomUUID();
            dsl.insertInto(PARTNERSHIP_MEMBERSHIP)
                    .set(PARTNERSHIP_MEMBERSHIP.TENANT_ID, currentTenantId())
                    .set(PARTNERSHIP_MEMBERSHIP.ID, id)
                    .set(PARTNERSHIP_MEMBERSHIP.USER_ID, userId)
                    .set(PARTNERSHIP_MEMBERSHIP.ROLES, new String[] {role.name()})
                    .set(PARTNERSHIP_MEMBERSHIP.START_DATE, today)
                    .execute();
            action = "ADDED";
            after.put("roles", role.name());
            after.put("startDate", today.toString());
        } else {
            var row = existing.get();
            id = row.value1();
            List<String> roles = Arrays.asList(row.value2());
            LocalDate start = row.value3();
            LocalDate end = row.value4();
            boolean current = (start == null || !start.isAfter(today)) && (end == null || !end.isBefore(today));
            List<String> wanted = current
                    ? java.util.stream.Stream.concat(roles.stream(), java.util.stream.Stream.of(role.name())).distinct().toList()
                    : List.of(role.name());
            LocalDate newStart = current ? start : today;
            dsl.update(PARTNERSHIP_MEMBERSHIP)
                    .set(PARTNERSHIP_MEMBERSHIP.ROLES, wanted.toArray(String[]::new))
                    .set(PARTNERSHIP_MEMBERSHIP.START_DATE, newStart)
                    .setNull(PARTNERSHIP_MEMBERSHIP.END_DATE)
                    .setNull(PARTNERSHIP_MEMBERSHIP.END_REASON)
                    .set(PARTNERSHIP_MEMBERSHIP.VERSION, PARTNERSHIP_MEMBERSHIP.VERSION.plus(1))
                    .where(PARTNERSHIP_MEMBERSHIP.ID.eq(id))
                    .execute();
            action = "CHANGED";
            before.put("roles", String.join(", ", roles));
            after.put("roles", String.join(", ", wanted));
            before.put("startDate", start == null ? null : start.toString());
            after.put("startDate", newStart == null ? null : newStart.toString());
            before.put("endDate", end == null ? null : end.toString());
            after.put("endDate", null);
        }
        List<Map<String, String>> changes = new java.util.ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!java.util.Objects.equals(old, value)) {
                Map<String, String> change = new LinkedHashMap<>();
                change.put("field", field);
                change.put("before", old);
                change.put("after", value);
                changes.add(change);
            }
        });
        dsl.insertInto(MEMBERSHIP_CHANGE)
                .set(MEMBERSHIP_CHANGE.TENANT_ID, currentTenantId())
                .set(MEMBERSHIP_CHANGE.ID, UUID.randomUUID())
                .set(MEMBERSHIP_CHANGE.SUBJECT, "ROLE")
                .set(MEMBERSHIP_CHANGE.SUBJECT_ID, id)
                .set(MEMBERSHIP_CHANGE.ACTION, action)
                .set(MEMBERSHIP_CHANGE.CHANGES, json(changes))
                .set(MEMBERSHIP_CHANGE.REASON, "Invitation accepted")
                .set(MEMBERSHIP_CHANGE.SOURCE, "ADMIN")
                .set(MEMBERSHIP_CHANGE.CHANGED_BY, invitedBy)
                .execute();
        return id;
    }

    /** Links the person to the seat if it still has nobody; answers whether it did. */
    public boolean takeSeat(UUID groupMemberId, UUID userId) {
        return dsl.update(GROUP_MEMBER)
                .set(GROUP_MEMBER.USER_ID, userId)
                .set(GROUP_MEMBER.VERSION, GROUP_MEMBER.VERSION.plus(1))
                .where(GROUP_MEMBER.ID.eq(groupMemberId))
                .and(GROUP_MEMBER.USER_ID.isNull())
                .execute() == 1;
    }

    private static org.jooq.Condition current(LocalDate today) {
        return PARTNERSHIP_MEMBERSHIP.START_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.START_DATE.le(today))
                .and(PARTNERSHIP_MEMBERSHIP.END_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.END_DATE.ge(today)));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(INVITATION.fields()).select(INVITER.DISPLAY_NAME, GROUP_MEMBER.POSITION_TITLE)
                .from(INVITATION)
                .join(INVITER).on(INVITER.ID.eq(INVITATION.INVITED_BY))
                .leftJoin(GROUP_MEMBER).on(GROUP_MEMBER.TENANT_ID.eq(INVITATION.TENANT_ID)
                        .and(GROUP_MEMBER.ID.eq(INVITATION.GROUP_MEMBER_ID)));
    }

    private static Invitation invitation(Record r) {
        return new Invitation(r.get(INVITATION.ID), r.get(INVITATION.EMAIL), r.get(INVITATION.DISPLAY_NAME),
                PartnershipRole.valueOf(r.get(INVITATION.ROLE)), r.get(INVITATION.GROUP_MEMBER_ID), r.get(GROUP_MEMBER.POSITION_TITLE),
                r.get(INVITATION.STATUS), instant(r.get(INVITATION.SENT_AT)), instant(r.get(INVITATION.EXPIRES_AT)),
                r.get(INVITATION.TIMES_SENT), r.get(INVITATION.INVITED_BY), r.get(INVITER.DISPLAY_NAME),
                instant(r.get(INVITATION.ACCEPTED_AT)), instant(r.get(INVITATION.REVOKED_AT)), r.get(INVITATION.VERSION));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String json(List<Map<String, String>> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
