package uk.reviewhub.platform.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.access.AccessCheck;
import uk.reviewhub.api.vocabulary.PartnershipStatus;
import uk.reviewhub.api.vocabulary.PlatformAction;
import uk.reviewhub.platform.persistence.PlatformStore;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform console's rules: which status a partnership may move to, and what each move does.
 *
 * <ul>
 *   <li>Suspend (active only): nobody of the partnership signs in or refreshes, and tokens already
 *   issued stop working at their next request (the access check reads active partnerships only);
 *   its data is kept. Reactivate (suspended only) lets them sign in again.</li>
 *   <li>Offboard (active or suspended, after an export in the last {@value #EXPORT_FRESH_HOURS}
 *   hours): the partnership stops as when suspended, and its data may be deleted once the grace
 *   period ({@code reviewhub.offboarding.grace-days}, default 30) is over. Until then the
 *   offboarding can be cancelled (the partnership stays suspended); after it, it cannot, and the
 *   data is deleted by the offboarding job or by an admin's "delete now", all in one transaction.</li>
 * </ul>
 * Every move is written to the platform's own record with its reason, which outlives the partnership.
 */
@Singleton
public class PlatformConsole {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformConsole.class);
    static final int EXPORT_FRESH_HOURS = 24;

    private final PlatformStore store;
    private final AccessCheck access;
    private final Clock clock;
    private final Duration grace;

    PlatformConsole(PlatformStore store, AccessCheck access, Clock clock,
                    @Value("${reviewhub.offboarding.grace-days:30}") int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("reviewhub.offboarding.grace-days must not be negative: " + graceDays);
        }
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.grace = Duration.ofDays(graceDays);
    }

    @Transactional
    public List<PartnershipSummary> partnerships() {
        return store.partnerships(LondonTime.today(clock));
    }

    @Transactional
    public PartnershipSummary partnership(UUID id) {
        return store.partnership(id, LondonTime.today(clock))
                .orElseThrow(() -> new NotFoundException("No such partnership"));
    }

    @Transactional
    public PartnershipSummary suspend(UUID actor, UUID id, String reason) {
        PartnershipSummary p = partnership(id);
        if (p.status() != PartnershipStatus.ACTIVE) {
            throw new RuleNotMetException("Only an active partnership can be suspended; " + p.name() + " is "
                    + p.status().label().toLowerCase() + ".");
        }
        return stop(actor, p, PartnershipStatus.SUSPENDED, reason, null, PlatformAction.SUSPENDED, null);
    }

    @Transactional
    public PartnershipSummary reactivate(UUID actor, UUID id, String reason) {
        PartnershipSummary p = partnership(id);
        if (p.status() == PartnershipStatus.OFFBOARDING) {
            throw new RuleNotMetException(p.name() + " is being offboarded: cancel the offboarding first.");
        }
        if (p.status() != PartnershipStatus.SUSPENDED) {
            throw new RuleNotMetException(p.name() + " is already active.");
        }
        Instant now = clock.instant();
        move(p, PartnershipStatus.ACTIVE, reason, now, null);
        record(actor, p, PlatformAction.REACTIVATED, reason, null, now);
        access.forgetEveryone();
        return partnership(id);
    }

    @Transactional
    public PartnershipSummary startOffboarding(UUID actor, UUID id, String reason) {
        PartnershipSummary p = partnership(id);
        if (p.status() == PartnershipStatus.OFFBOARDING) {
            throw new RuleNotMetException(p.name() + " is already being offboarded.");
        }
        Instant now = clock.instant();
        boolean exported = store.lastExport(id).filter(at -> !at.isBefore(now.minus(Duration.ofHours(EXPORT_FRESH_HOURS))))
                .isPresent();
        if (!exported) {
            throw new RuleNotMetException("Export the partnership's data first: offboarding needs an export taken in the last "
                    + EXPORT_FRESH_HOURS + " hours.");
        }
        Instant deleteAfter = now.plus(grace);
        return stop(actor, p, PartnershipStatus.OFFBOARDING, reason, deleteAfter, PlatformAction.OFFBOARDING_STARTED,
                "Data may be deleted after " + LondonTime.UK_WHEN.format(deleteAfter));
    }

    @Transactional
    public PartnershipSummary cancelOffboarding(UUID actor, UUID id, String reason) {
        PartnershipSummary p = partnership(id);
        if (p.status() != PartnershipStatus.OFFBOARDING) {
            throw new RuleNotMetException(p.name() + " is not being offboarded.");
        }
        Instant now = clock.instant();
        if (!now.isBefore(p.deleteAfter())) {
            throw new RuleNotMetException("The grace period ended at " + LondonTime.UK_WHEN.format(p.deleteAfter())
                    + ": the offboarding can no longer be cancelled.");
        }
        move(p, PartnershipStatus.SUSPENDED, reason, now, null);
        record(actor, p, PlatformAction.OFFBOARDING_CANCELLED, reason, "The partnership stays suspended", now);
        return partnership(id);
    }

    /** Deletes an offboarded partnership's data now; only after its grace period, and only when the admin names it. */
    @Transactional
    public PlatformEvent deleteNow(UUID actor, UUID id, String confirmSlug) {
        PartnershipSummary p = partnership(id);
        if (!p.slug().equals(confirmSlug.strip())) {
            throw new InvalidFieldException("confirmSlug", "Type the partnership's code, " + p.slug() + ", to confirm");
        }
        return delete(actor, p).orElseThrow(() -> new NotFoundException("No such partnership"));
    }

    /** The offboarded partnerships whose grace period is over, for the offboarding job. */
    @Transactional
    public List<UUID> dueForDeletion() {
        Instant now = clock.instant();
        return partnerships().stream()
                .filter(p -> p.status() == PartnershipStatus.OFFBOARDING && !now.isBefore(p.deleteAfter()))
                .map(PartnershipSummary::id).toList();
    }

    /**
     * Deletes one partnership the job found due (checked again here, in the deleting transaction);
     * nothing when it is gone, deleted meanwhile by the job on another replica.
     */
    @Transactional
    public Optional<PlatformEvent> deleteDue(UUID id) {
        return store.partnership(id, LondonTime.today(clock)).flatMap(p -> delete(null, p));
    }

    /** Records that the partnership's data was exported (the export itself reads with the partnership bound). */
    @Transactional
    public void recordExport(UUID actor, PartnershipSummary p, String detail) {
        record(actor, p, PlatformAction.EXPORTED, null, detail, clock.instant());
    }

    @Transactional
    public List<PlatformEvent> events() {
        return store.events(500);
    }

    private Optional<PlatformEvent> delete(@Nullable UUID actor, PartnershipSummary p) {
        if (p.status() != PartnershipStatus.OFFBOARDING) {
            throw new RuleNotMetException("Only a partnership being offboarded can be deleted; " + p.name() + " is "
                    + p.status().label().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        if (now.isBefore(p.deleteAfter())) {
            throw new RuleNotMetException("The grace period runs until " + LondonTime.UK_WHEN.format(p.deleteAfter())
                    + ": the data can be deleted after it.");
        }
        Optional<Integer> rows = store.delete(p.id(), now);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LOG.warn("Partnership {} ({}) deleted after offboarding: {} rows", p.id(), p.slug(), rows.get());
        access.forgetEveryone();
        return Optional.of(record(actor, p, PlatformAction.DELETED, p.statusReason(), rows.get() + " rows deleted", now));
    }

    private PartnershipSummary stop(UUID actor, PartnershipSummary p, PartnershipStatus status, String reason,
                                    @Nullable Instant deleteAfter, PlatformAction action, @Nullable String detail) {
        Instant now = clock.instant();
        move(p, status, reason, now, deleteAfter);
        int revoked = store.revokeRefreshTokens(p.id(), now);
        record(actor, p, action, reason, detail == null ? revoked + " sign-ins ended" : detail + "; " + revoked + " sign-ins ended", now);
        access.forgetEveryone();
        return partnership(p.id());
    }

    private void move(PartnershipSummary p, PartnershipStatus status, String reason, Instant now, @Nullable Instant deleteAfter) {
        if (!store.move(p.id(), p.status(), status, reason.strip(), now, deleteAfter)) {
            throw new ConflictException("The partnership changed meanwhile: reload it and try again.");
        }
    }

    private PlatformEvent record(@Nullable UUID actor, PartnershipSummary p, PlatformAction action, @Nullable String reason,
                                 @Nullable String detail, Instant now) {
        PlatformEvent event = new PlatformEvent(UUID.randomUUID(), now, actor, p.id(), p.slug(), p.name(), action,
                reason == null ? null : reason.strip(), detail);
        store.record(event);
        return event;
    }
}
