package uk.reviewhub.onboarding.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.api.vocabulary.RegistrationStatus;
import uk.reviewhub.database.jooq.tables.records.RegistrationRecord;
import uk.reviewhub.onboarding.domain.Registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Tables.REGISTRATION;

/**
 * The only way to the global {@code registration} table (an ArchUnit rule keeps its generated class
 * to this package). Links are looked up by the SHA-256 of their token; using one clears its hash in
 * the same statement that checks it, so a link works once even when two requests race.
 */
@Singleton
@Connectable
public class RegistrationStore {

    private final DSLContext dsl;

    RegistrationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID insert(String partnershipName, List<String> localAuthorities, String requesterName, String email,
                       String verifyTokenHash, Instant verifyExpiresAt, Instant now) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.ID, id)
                .set(REGISTRATION.PARTNERSHIP_NAME, partnershipName)
                .set(REGISTRATION.LOCAL_AUTHORITIES, localAuthorities.toArray(String[]::new))
                .set(REGISTRATION.REQUESTER_NAME, requesterName)
                .set(REGISTRATION.REQUESTER_EMAIL, email)
                .set(REGISTRATION.STATUS, RegistrationStatus.UNVERIFIED.name())
                .set(REGISTRATION.VERIFY_TOKEN_HASH, verifyTokenHash)
                .set(REGISTRATION.VERIFY_EXPIRES_AT, at(verifyExpiresAt))
                .set(REGISTRATION.CREATED_AT, at(now))
                .execute();
        return id;
    }

    /** Uses the confirmation link: an unverified request whose link has not expired becomes VERIFIED. */
    public Optional<Registration> verify(String verifyTokenHash, Instant now) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.VERIFIED.name())
                .setNull(REGISTRATION.VERIFY_TOKEN_HASH)
                .set(REGISTRATION.VERIFIED_AT, at(now))
                .where(REGISTRATION.VERIFY_TOKEN_HASH.eq(verifyTokenHash)
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.UNVERIFIED.name()))
                        .and(REGISTRATION.VERIFY_EXPIRES_AT.gt(at(now))))
                .returning()
                .fetchOptional()
                .map(RegistrationStore::registration);
    }

    public Optional<Registration> find(UUID id) {
        return dsl.selectFrom(REGISTRATION).where(REGISTRATION.ID.eq(id)).fetchOptional().map(RegistrationStore::registration);
    }

    /** Verified and later requests: those waiting for a decision first, then the rest, newest first. */
    public List<Registration> verifiedAndLater(int limit) {
        return dsl.selectFrom(REGISTRATION)
                .where(REGISTRATION.STATUS.ne(RegistrationStatus.UNVERIFIED.name()))
                .orderBy(REGISTRATION.STATUS.eq(RegistrationStatus.VERIFIED.name()).desc(), REGISTRATION.CREATED_AT.desc())
                .limit(limit)
                .fetch(RegistrationStore::registration);
    }

    /** Decides a VERIFIED request; answers empty if it is not (any more) waiting for a decision. */
    public Optional<Registration> approve(UUID id, @Nullable UUID decidedBy, boolean automatic, String setupTokenHash,
                                          Instant setupExpiresAt, Instant now) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.APPROVED.name())
                .set(REGISTRATION.DECIDED_BY, decidedBy)
                .set(REGISTRATION.DECIDED_AT, at(now))
                .set(REGISTRATION.AUTO_APPROVED, automatic)
                .set(REGISTRATION.SETUP_TOKEN_HASH, setupTokenHash)
                .set(REGISTRATION.SETUP_EXPIRES_AT, at(setupExpiresAt))
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.STATUS.eq(RegistrationStatus.VERIFIED.name())))
                .returning()
                .fetchOptional()
                .map(RegistrationStore::registration);
    }

    public Optional<Registration> reject(UUID id, UUID decidedBy, String reason, Instant now) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.REJECTED.name())
                .set(REGISTRATION.DECIDED_BY, decidedBy)
                .set(REGISTRATION.DECIDED_AT, at(now))
                .set(REGISTRATION.DECISION_REASON, reason)
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.STATUS.eq(RegistrationStatus.VERIFIED.name())))
                .returning()
                .fetchOptional()
                .map(RegistrationStore::registration);
    }

    /** The approved request a live set-up link belongs to, without using the link. */
    public Optional<Registration> bySetupLink(String setupTokenHash, Instant now) {
        return dsl.selectFrom(REGISTRATION)
                .where(REGISTRATION.SETUP_TOKEN_HASH.eq(setupTokenHash)
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.APPROVED.name()))
                        .and(REGISTRATION.SETUP_EXPIRES_AT.gt(at(now))))
                .fetchOptional()
                .map(RegistrationStore::registration);
    }

    /**
     * Uses the set-up link (in the provisioning transaction): the request becomes PROVISIONED with
     * its partnership. Answers false if the link is no longer live (used by a racing request).
     */
    public boolean provisioned(UUID id, String setupTokenHash, UUID partnershipId, String partnershipName, Instant now) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.PROVISIONED.name())
                .setNull(REGISTRATION.SETUP_TOKEN_HASH)
                .set(REGISTRATION.PARTNERSHIP_ID, partnershipId)
                .set(REGISTRATION.PARTNERSHIP_NAME, partnershipName)
                .set(REGISTRATION.PROVISIONED_AT, at(now))
                .where(REGISTRATION.ID.eq(id)
                        .and(REGISTRATION.SETUP_TOKEN_HASH.eq(setupTokenHash))
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.APPROVED.name()))
                        .and(REGISTRATION.SETUP_EXPIRES_AT.gt(at(now))))
                .execute() == 1;
    }

    private static Registration registration(RegistrationRecord r) {
        return new Registration(r.getId(), r.getPartnershipName(), Arrays.asList(r.getLocalAuthorities()), r.getRequesterName(),
                r.getRequesterEmail(), RegistrationStatus.valueOf(r.getStatus()), r.getCreatedAt().toInstant(),
                instant(r.getVerifiedAt()), instant(r.getDecidedAt()), r.getDecisionReason(), Boolean.TRUE.equals(r.getAutoApproved()),
                r.getPartnershipId());
    }

    private static Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
