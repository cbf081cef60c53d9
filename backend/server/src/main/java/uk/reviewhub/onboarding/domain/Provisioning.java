package uk.reviewhub.onboarding.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.identity.domain.Accounts;
import uk.reviewhub.onboarding.persistence.FirstAdminStore;
import uk.reviewhub.onboarding.persistence.RegistrationStore;
import uk.reviewhub.pack.PackSource;
import uk.reviewhub.partnership.domain.PackLoader;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Creates a new partnership, its rows and its first admin in one transaction, through the pack
 * loader (the same code that loads the shipped packs). The caller binds the new tenant id before
 * calling, so the transaction's one connection is bound to it from the start; anything that fails
 * rolls everything back: the partnership, its rows, the account and the use of the set-up link.
 */
@Singleton
public class Provisioning {

    private final PackLoader packs;
    private final Accounts accounts;
    private final FirstAdminStore firstAdmins;
    private final RegistrationStore registrations;
    private final AuditLog audit;
    private final Clock clock;

    Provisioning(PackLoader packs, Accounts accounts, FirstAdminStore firstAdmins, RegistrationStore registrations,
                 AuditLog audit, Clock clock) {
        this.audit = audit;
        this.packs = packs;
        this.accounts = accounts;
        this.firstAdmins = firstAdmins;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Answers the first admin's user id. */
    @Transactional
    public UUID provision(Registration registration, String setupTokenHash, UUID tenantId, String startingPoint, PackSource source,
                          String slug, String partnershipName, String password) {
        packs.provision(source, slug, tenantId);
        UUID userId = accounts.createWithPassword(registration.email(), registration.requesterName(), password, "password");
        firstAdmins.add(userId, LondonTime.today(clock));
        // The partnership's own record starts with its making: by whom, from which request and starting point.
        audit.record(userId, AuditLog.CREATE, "partnership", tenantId, Map.of("registration", registration.id().toString(),
                "startingPoint", startingPoint, "autoApproved", registration.autoApproved()));
        // Last, because it refers to the new partnership; a link used meanwhile undoes all of the above.
        if (!registrations.provisioned(registration.id(), setupTokenHash, tenantId, partnershipName, clock.instant())) {
            throw new NotFoundException(Registrations.DEAD_LINK);
        }
        return userId;
    }
}
