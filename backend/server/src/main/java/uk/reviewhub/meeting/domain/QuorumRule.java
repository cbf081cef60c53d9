package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.api.vocabulary.AgencyKind;
import uk.reviewhub.api.vocabulary.GroupRole;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A group's quorum, as its terms of reference set it. Every part is optional; a rule with no part
 * set means the terms set no quorum.
 *
 * <ul>
 *   <li>{@code minimumDistinctAgencies}: at least this many different agencies present;</li>
 *   <li>{@code requiredAgencyKinds}: an agency of each of these kinds present (e.g. the three
 *       statutory partners);</li>
 *   <li>{@code requiredAnyOfRoles}: at least one member holding one of these roles present in
 *       person (e.g. the chair or the vice chair);</li>
 *   <li>{@code deputiesWithDelegatedAuthorityCount}: whether a deputy who holds the member's
 *       delegated authority counts for the member's agency. A deputy without delegated authority
 *       never counts.</li>
 * </ul>
 *
 * <p>A deputy who counts stands for the agency, not for a role: chairing is not delegated to a
 * deputy (the vice chair is there for that), so a deputy never meets {@code requiredAnyOfRoles}.
 */
public record QuorumRule(Integer minimumDistinctAgencies, Set<AgencyKind> requiredAgencyKinds,
                         Set<GroupRole> requiredAnyOfRoles, boolean deputiesWithDelegatedAuthorityCount) {

    public QuorumRule {
        if (minimumDistinctAgencies != null && minimumDistinctAgencies < 1) {
            throw new IllegalArgumentException("A quorum needs at least 1 agency, not " + minimumDistinctAgencies);
        }
        // Enum order, so the verdict names kinds and roles the same way every time.
        requiredAgencyKinds = requiredAgencyKinds == null || requiredAgencyKinds.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(AgencyKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredAgencyKinds));
        requiredAnyOfRoles = requiredAnyOfRoles == null || requiredAnyOfRoles.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(GroupRole.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredAnyOfRoles));
    }

    /** A rule read from the terms of reference's quorum (kinds and roles as their names). */
    public static QuorumRule of(Integer minimumDistinctAgencies, Collection<String> requiredAgencyKinds,
                                Collection<String> requiredAnyOfRoles, boolean deputiesWithDelegatedAuthorityCount) {
        return new QuorumRule(minimumDistinctAgencies,
                requiredAgencyKinds.stream().map(AgencyKind::valueOf).collect(Collectors.toSet()),
                requiredAnyOfRoles.stream().map(GroupRole::valueOf).collect(Collectors.toSet()),
                deputiesWithDelegatedAuthorityCount);
    }

    /**
     * The rule of terms of reference as stored, which never fails: edits and packs are checked
     * before they are saved (TermsOfReferenceRules), but a version saved before those checks may
     * hold a minimum below 1 (read as 1: a meeting with nobody present is never quorate) or a kind or
     * role this version does not know (left out, and so not required).
     */
    public static QuorumRule stored(Integer minimumDistinctAgencies, Collection<String> requiredAgencyKinds,
                                    Collection<String> requiredAnyOfRoles, boolean deputiesWithDelegatedAuthorityCount) {
        return new QuorumRule(minimumDistinctAgencies == null ? null : Math.max(1, minimumDistinctAgencies),
                known(AgencyKind.class, requiredAgencyKinds), known(GroupRole.class, requiredAnyOfRoles),
                deputiesWithDelegatedAuthorityCount);
    }

    private static <E extends Enum<E>> Set<E> known(Class<E> type, Collection<String> names) {
        Set<E> known = EnumSet.noneOf(type);
        if (names != null) {
            for (E value : type.getEnumConstants()) {
                if (names.contains(value.name())) {
                    known.add(value);
                }
            }
        }
        return known;
    }

    /** True when the terms of reference set a number, a kind or a role. */
    public boolean stated() {
        return minimumDistinctAgencies != null || !requiredAgencyKinds.isEmpty() || !requiredAnyOfRoles.isEmpty();
    }

    /** Whether this attendance counts towards the quorum. */
    public boolean counts(Attendee attendee) {
        return switch (attendee.status()) {
            case PRESENT -> true;
            case DEPUTY -> deputiesWithDelegatedAuthorityCount && attendee.delegatedAuthority();
            case APOLOGIES, ABSENT -> false;
        };
    }

    public QuorumVerdict evaluate(Collection<Attendee> attendance) {
        List<Attendee> counted = attendance.stream().filter(this::counts).toList();
        Map<UUID, Attendee> agencies = new LinkedHashMap<>();
        counted.forEach(a -> agencies.putIfAbsent(a.agencyId(), a));
        int present = agencies.size();

        List<String> failures = new ArrayList<>();
        List<String> reasons = new ArrayList<>();

        if (minimumDistinctAgencies != null) {
            String line = agencies(present) + " present, " + minimumDistinctAgencies + " required";
            reasons.add(line + (present >= minimumDistinctAgencies ? ": met" : ": not met"));
            if (present < minimumDistinctAgencies) {
                failures.add(line);
            }
        }

        Set<AgencyKind> kindsPresent = agencies.values().stream().map(Attendee::agencyKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgencyKind.class)));
        for (AgencyKind kind : requiredAgencyKinds) {
            if (kindsPresent.contains(kind)) {
                String names = agencies.values().stream().filter(a -> a.agencyKind() == kind).map(Attendee::agencyName)
                        .collect(Collectors.joining(", "));
                reasons.add(QuorumWording.kind(kind) + " present (" + names + "): met");
            } else {
                String line = "no " + QuorumWording.kind(kind) + " agency present";
                reasons.add(line + ": not met");
                failures.add(line);
            }
        }

        if (!requiredAnyOfRoles.isEmpty()) {
            Set<GroupRole> rolesPresent = attendance.stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                    .map(Attendee::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(GroupRole.class)));
            List<GroupRole> wanted = List.copyOf(requiredAnyOfRoles);
            List<GroupRole> found = wanted.stream().filter(rolesPresent::contains).toList();
            if (found.isEmpty()) {
                String line = QuorumWording.noneOf(wanted);
                reasons.add(line + ": not met");
                failures.add(line);
            } else {
                reasons.add(QuorumWording.roles(found) + " present: met");
            }
        }

        for (Attendee a : attendance) {
            if (a.status() == AttendanceStatus.DEPUTY && !counts(a)) {
                reasons.add("the deputy for " + a.agencyName() + " does not count: "
                        + (a.delegatedAuthority() ? "these terms of reference do not count deputies"
                                : "no delegated authority"));
            }
        }

        if (!stated()) {
            reasons.addFirst("the terms of reference set no quorum");
            return present > 0
                    ? new QuorumVerdict(true, "quorate: no quorum is set; " + agencies(present) + " present", reasons, false, present)
                    : new QuorumVerdict(false, "not quorate: nobody present", reasons, false, 0);
        }
        if (!failures.isEmpty()) {
            return new QuorumVerdict(false, "not quorate: " + String.join("; ", failures), reasons, true, present);
        }
        return new QuorumVerdict(true, "quorate: " + agencies(present) + including(), reasons, true, present);
    }

    /** " including Police and Health" naming the required kinds, else how many were required. */
    private String including() {
        if (requiredAgencyKinds.isEmpty()) {
            return minimumDistinctAgencies == null ? " present" : " present, " + minimumDistinctAgencies + " required";
        }
        Set<String> kinds = new LinkedHashSet<>();
        requiredAgencyKinds.forEach(k -> kinds.add(QuorumWording.kindTitle(k)));
        return " including " + QuorumWording.and(List.copyOf(kinds));
    }

    private static String agencies(int n) {
        return n == 1 ? "1 agency" : n + " agencies";
    }
}
