package uk.reviewhub.membership.domain;

import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.access.persistence.AccessQueries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.access.AccessCheck;

import uk.reviewhub.membership.domain.MembershipChange.FieldChange;
import uk.reviewhub.membership.persistence.MembershipStore;
import uk.reviewhub.membership.persistence.RoleStore;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Partnership admins manage each person's partnership roles: which roles, with which agency, from
 * and to when. Nothing is deleted: roles are ended and stay as former roles, with every change in
 * the history (subject ROLE). When a person's roles stop being current, their refresh tokens for
 * the partnership are revoked at once and their access tokens stop working within a minute
 * ({@link AccessCheck}); on this replica, at their next request.
 */
@Singleton
public class PartnershipRoles {

    static final Set<String> ROLES = Set.of("PARTNERSHIP_ADMIN", "CHAIR", "VICE_CHAIR", "MEMBER", "BUSINESS_SUPPORT",
            "SAFEGUARDING_CHAIR", "SAFEGUARDING_MANAGER", "SAFEGUARDING_SUPPORT", "SCRUTINEER");
    private static final String NO_ROLE = "No such person with a role in this partnership.";

    private final RoleStore roles;
    private final MembershipStore history;
    private final AccessQueries access;
    private final AccessCheck accessCheck;
    private final Clock clock;

    PartnershipRoles(RoleStore roles, MembershipStore history, AccessQueries access, AccessCheck accessCheck, Clock clock) {
        this.roles = roles;
        this.history = history;
        this.access = access;
        this.accessCheck = accessCheck;
        this.clock = clock;
    }

    public List<PartnershipRole> all() {
        return roles.all(today());
    }

    @Transactional
    public PartnershipRole change(UUID roleId, RoleEdit request, UUID adminId) {
        LocalDate today = today();
        PartnershipRole before = roles.forUpdate(roleId, today).orElseThrow(() -> new NotFoundException(NO_ROLE));
        List<String> wanted = List.copyOf(new LinkedHashSet<>(request.roles().stream().map(String::strip).toList()));
        for (String role : wanted) {
            if (!ROLES.contains(role)) {
                throw new InvalidFieldException("roles", "'" + role + "' is not a partnership role; roles are "
                        + "PARTNERSHIP_ADMIN, CHAIR, VICE_CHAIR, MEMBER, BUSINESS_SUPPORT, SAFEGUARDING_CHAIR, "
                        + "SAFEGUARDING_MANAGER, SAFEGUARDING_SUPPORT and SCRUTINEER.");
            }
        }
        if (request.agencyId() != null && !roles.agencyExists(request.agencyId())) {
            throw new InvalidFieldException("agencyId", "No such agency in this partnership.");
        }
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw new InvalidFieldException("endDate", "The last day is before the first day (" + request.startDate() + ").");
        }
        String endReason = request.endDate() == null ? null : blankToNull(request.reason());
        return write(before, request.version(), wanted, request.agencyId(), request.startDate(), request.endDate(), endReason,
                "CHANGED", blankToNull(request.reason()), adminId, today);
    }

    @Transactional
    public PartnershipRole end(UUID roleId, RoleEnd request, UUID adminId) {
        LocalDate today = today();
        PartnershipRole before = roles.forUpdate(roleId, today).orElseThrow(() -> new NotFoundException(NO_ROLE));
        if (before.endDate() != null && before.endDate().isBefore(today)) {
            throw new RuleNotMetException("These roles already ended on " + before.endDate() + ".");
        }
        LocalDate lastDay = request.lastDay() == null ? today.minusDays(1) : request.lastDay();
        if (before.startDate() != null && lastDay.isBefore(before.startDate())) {
            throw new InvalidFieldException("lastDay", "The last day is before the first day (" + before.startDate() + ").");
        }
        return write(before, request.version(), before.roles(), before.agencyId(), before.startDate(), lastDay,
                request.reason().strip(), "ENDED", request.reason().strip(), adminId, today);
    }

    public List<MembershipChange> history(UUID roleId) {
        roles.find(roleId, today()).orElseThrow(() -> new NotFoundException(NO_ROLE));
        return history.history(roleId);
    }

    private PartnershipRole write(PartnershipRole before, int version, List<String> wanted, UUID agencyId, LocalDate start,
                                      LocalDate end, String endReason, String action, String reason, UUID adminId, LocalDate today) {
        if (roles.update(before.id(), version, wanted, agencyId, start, end, endReason) == 0) {
            throw new ConflictException("These roles were changed by someone else since version " + version
                    + " was read: load them again.");
        }
        PartnershipRole after = roles.find(before.id(), today).orElseThrow();
        List<FieldChange> changes = MembershipChanges.between(fields(before), fields(after));
        if (!changes.isEmpty()) {
            history.record("ROLE", before.id(), null, action, changes, reason, adminId);
        }
        if (!after.current()) {
            access.revokeRefreshTokens(after.userId(), uk.reviewhub.tenancy.TenantContext.current().orElseThrow(), clock.instant());
        }
        accessCheck.forget(after.userId());
        return after;
    }

    private static Map<String, String> fields(PartnershipRole r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("roles", String.join(", ", r.roles()));
        f.put("agencyId", r.agencyId() == null ? null : r.agencyId().toString());
        f.put("startDate", r.startDate() == null ? null : r.startDate().toString());
        f.put("endDate", r.endDate() == null ? null : r.endDate().toString());
        f.put("endReason", r.endReason());
        return f;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }
}
