package uk.reviewhub.membership.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.membership.domain.MembershipChange.FieldChange;
import uk.reviewhub.partnership.domain.Agency;
import uk.reviewhub.partnership.domain.Deputy;
import uk.reviewhub.partnership.domain.GroupMember;
import uk.reviewhub.membership.persistence.MembershipStore;
import uk.reviewhub.membership.persistence.MembershipStore.AgencyFields;
import uk.reviewhub.membership.persistence.MembershipStore.SeatFields;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Partnership admins manage their groups' seats and their agencies. Nothing is deleted: a seat is
 * ended and stays as a former member. Every change is appended to the history with who made it,
 * each field before and after, and the reason. An edit takes the row over from the pack (its
 * source becomes ADMIN), so a later pack reload does not undo it.
 *
 * <p>A group does not lose its only current chair silently: ending that seat, giving it another
 * role, or dating its end, is refused (409, with the reason) unless the request confirms it with
 * {@code confirmNoChair}; the history then records that it was confirmed.
 */
@Singleton
public class MembershipAdmin {

    static final Set<String> ROLES = Set.of("CHAIR", "VICE_CHAIR", "MEMBER", "MINUTE_TAKER", "ADVISER");
    static final Set<String> KINDS = Set.of("STANDING", "CO_OPTED", "LEGAL_ADVICE", "INVITED");
    static final Set<String> AGENCY_KINDS = Set.of("LOCAL_AUTHORITY", "POLICE", "HEALTH", "EDUCATION", "CAFCASS", "HOUSING",
            "PROBATION", "YOUTH_JUSTICE", "LEGAL", "DISTRICT_COUNCIL", "PARTNERSHIP_TEAM", "OTHER");
    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final String NO_GROUP = "No such group in this partnership.";
    private static final String NO_MEMBER = "No such member of this group.";

    private final MembershipStore store;
    private final Clock clock;

    MembershipAdmin(MembershipStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    // -- seats ----------------------------------------------------------------------------------

    @Transactional
    public GroupMember add(UUID groupId, SeatEdit request, UUID userId) {
        requireGroup(groupId);
        SeatFields fields = seatFields(request);
        UUID id = store.insertSeat(groupId, fields);
        GroupMember added = store.seat(groupId, id, today()).orElseThrow();
        store.record("MEMBER", id, groupId, "ADDED", MembershipChanges.added(MembershipChanges.fields(added)),
                blankToNull(request.reason()), userId);
        return added;
    }

    @Transactional
    public GroupMember change(UUID groupId, UUID memberId, SeatEdit request, UUID userId) {
        requireGroup(groupId);
        if (request.version() == null) {
            throw new InvalidFieldException("version",
                    "A change must carry the version it read ('version'), so that nothing is overwritten unseen.");
        }
        GroupMember before = store.seatForUpdate(groupId, memberId, today())
                .orElseThrow(() -> new NotFoundException(NO_MEMBER));
        SeatFields fields = seatFields(request);
        if (unchanged(before, fields)) {
            // Nothing to write: the seat stays as it is (and stays the pack's if it was).
            if (before.version() != request.version()) {
                throw stale("member", request.version());
            }
            return before;
        }
        boolean staysChair = "CHAIR".equals(fields.groupRole()) && fields.endDate() == null;
        boolean leavesNoChair = !staysChair && onlyCurrentChair(groupId, before);
        if (leavesNoChair && !Boolean.TRUE.equals(request.confirmNoChair())) {
            throw new RuleNotMetException(noChairText(before));
        }
        if (store.updateSeat(memberId, request.version(), fields) == 0) {
            throw stale("member", request.version());
        }
        GroupMember after = store.seat(groupId, memberId, today()).orElseThrow();
        List<FieldChange> changes = MembershipChanges.between(MembershipChanges.fields(before), MembershipChanges.fields(after));
        if (!changes.isEmpty()) {
            store.record("MEMBER", memberId, groupId, "CHANGED", changes,
                    withChairNote(blankToNull(request.reason()), leavesNoChair), userId);
        }
        return after;
    }

    @Transactional
    public GroupMember end(UUID groupId, UUID memberId, SeatEnd request, UUID userId) {
        requireGroup(groupId);
        LocalDate today = today();
        GroupMember before = store.seatForUpdate(groupId, memberId, today)
                .orElseThrow(() -> new NotFoundException(NO_MEMBER));
        if (before.endDate() != null && before.endDate().isBefore(today)) {
            throw new RuleNotMetException("This membership already ended on " + before.endDate() + ".");
        }
        if (before.startDate() != null && request.endDate().isBefore(before.startDate())) {
            throw new InvalidFieldException("endDate", "The end date is before the start date (" + before.startDate() + ").");
        }
        boolean leavesNoChair = onlyCurrentChair(groupId, before);
        if (leavesNoChair && !Boolean.TRUE.equals(request.confirmNoChair())) {
            throw new RuleNotMetException(noChairText(before));
        }
        if (store.endSeat(memberId, request.version(), request.endDate(), request.reason().strip()) == 0) {
            throw stale("member", request.version());
        }
        GroupMember after = store.seat(groupId, memberId, today).orElseThrow();
        store.record("MEMBER", memberId, groupId, "ENDED",
                MembershipChanges.between(MembershipChanges.fields(before), MembershipChanges.fields(after)),
                withChairNote(request.reason().strip(), leavesNoChair), userId);
        return after;
    }

    public List<MembershipChange> seatHistory(UUID groupId, UUID memberId) {
        requireGroup(groupId);
        store.seat(groupId, memberId, today()).orElseThrow(() -> new NotFoundException(NO_MEMBER));
        return store.history(memberId);
    }

    public List<MembershipChange> groupHistory(UUID groupId) {
        requireGroup(groupId);
        return store.groupHistory(groupId);
    }

    // -- agencies -------------------------------------------------------------------------------

    @Transactional
    public Agency addAgency(AgencyEdit request, UUID userId) {
        String code = request.code() == null ? "" : request.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidFieldException("code", "The code is lower-case letters and digits, words joined by hyphens "
                    + "(for example 'greater-manchester-police').");
        }
        AgencyFields fields = agencyFields(request);
        if (store.agencyCodeTaken(code)) {
            throw new ConflictException("The partnership already has an agency with the code '" + code + "'.");
        }
        UUID id = store.insertAgency(code, fields);
        Agency added = store.agency(id).orElseThrow();
        store.record("AGENCY", id, null, "ADDED", MembershipChanges.added(MembershipChanges.fields(added)),
                blankToNull(request.reason()), userId);
        return added;
    }

    @Transactional
    public Agency changeAgency(UUID agencyId, AgencyEdit request, UUID userId) {
        if (request.version() == null) {
            throw new InvalidFieldException("version",
                    "A change must carry the version it read ('version'), so that nothing is overwritten unseen.");
        }
        Agency before = store.agencyForUpdate(agencyId)
                .orElseThrow(() -> new NotFoundException("No such agency in this partnership."));
        if (request.code() != null && !request.code().isBlank() && !request.code().strip().equals(before.code())) {
            throw new InvalidFieldException("code", "An agency's code cannot change.");
        }
        AgencyFields fields = agencyFields(request);
        if (fields.name().equals(before.name()) && fields.kind().equals(before.kind().name())
                && fields.statutoryPartner() == before.statutoryPartner()
                && Objects.equals(fields.compactSignedOn(), before.compactSignedOn())) {
            if (before.version() == null || before.version().intValue() != request.version()) {
                throw stale("agency", request.version());
            }
            return before;
        }
        if (store.updateAgency(agencyId, request.version(), fields) == 0) {
            throw stale("agency", request.version());
        }
        Agency after = store.agency(agencyId).orElseThrow();
        List<FieldChange> changes = MembershipChanges.between(MembershipChanges.fields(before), MembershipChanges.fields(after));
        if (!changes.isEmpty()) {
            store.record("AGENCY", agencyId, null, "CHANGED", changes, blankToNull(request.reason()), userId);
        }
        return after;
    }

    public List<MembershipChange> agencyHistory(UUID agencyId) {
        store.agency(agencyId).orElseThrow(() -> new NotFoundException("No such agency in this partnership."));
        return store.history(agencyId);
    }

    /** The people a seat may be linked to. */
    public List<Person> people() {
        return store.people();
    }

    // -- rules ----------------------------------------------------------------------------------

    private SeatFields seatFields(SeatEdit r) {
        if (!ROLES.contains(r.groupRole())) {
            throw new InvalidFieldException("groupRole", "The role is one of chair, vice chair, member, minute taker or adviser.");
        }
        if (!KINDS.contains(r.membershipKind())) {
            throw new InvalidFieldException("membershipKind",
                    "The membership is standing, co-opted, legal advice or invited.");
        }
        if (r.startDate() != null && r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            throw new InvalidFieldException("endDate", "The end date is before the start date.");
        }
        if (store.agency(r.agencyId()).isEmpty()) {
            throw new InvalidFieldException("agencyId", "No such agency in this partnership.");
        }
        if (r.userId() != null && !store.isPartnershipUser(r.userId())) {
            throw new InvalidFieldException("userId", "No such person in this partnership.");
        }
        Deputy deputy = r.deputy();
        if (deputy != null) {
            String post = blankToNull(deputy.post());
            String name = blankToNull(deputy.name());
            if (post == null && name == null) {
                if (deputy.delegatedAuthority() || deputy.from() != null || deputy.to() != null) {
                    throw new InvalidFieldException("deputy.post", "Name the deputy's post or the deputy.");
                }
                deputy = null;
            } else {
                if (deputy.from() != null && deputy.to() != null && deputy.to().isBefore(deputy.from())) {
                    throw new InvalidFieldException("deputy.to", "The deputy's last day is before their first.");
                }
                deputy = new Deputy(post, name, deputy.delegatedAuthority(), deputy.from(), deputy.to());
            }
        }
        return new SeatFields(r.agencyId(), r.positionTitle().strip(), r.groupRole(), r.membershipKind(), r.startDate(),
                r.endDate(), r.userId(), deputy);
    }

    private static AgencyFields agencyFields(AgencyEdit r) {
        if (!AGENCY_KINDS.contains(r.kind())) {
            throw new InvalidFieldException("kind", "The kind is one of " + String.join(", ", AGENCY_KINDS.stream().sorted().toList())
                    + ".");
        }
        return new AgencyFields(r.name().strip(), r.kind(), r.statutoryPartner(), r.compactSignedOn());
    }

    private static boolean unchanged(GroupMember before, SeatFields f) {
        return before.agency().id().equals(f.agencyId()) && before.positionTitle().equals(f.positionTitle())
                && before.groupRole().name().equals(f.groupRole()) && before.membershipKind().name().equals(f.membershipKind())
                && Objects.equals(before.startDate(), f.startDate()) && Objects.equals(before.endDate(), f.endDate())
                && Objects.equals(before.userId(), f.userId()) && Objects.equals(before.deputy(), f.deputy());
    }

    /** Whether {@code seat} is the one seat holding the group's chair today. */
    private boolean onlyCurrentChair(UUID groupId, GroupMember seat) {
        List<UUID> chairs = store.chairsOn(groupId, today());
        return chairs.size() == 1 && chairs.getFirst().equals(seat.id());
    }

    private static String noChairText(GroupMember seat) {
        return "'" + seat.positionTitle() + "' is the group's only current chair: appoint another chair first, "
                + "or confirm that the group is to be left without a chair.";
    }

    private static String withChairNote(String reason, boolean leavesNoChair) {
        if (!leavesNoChair) {
            return reason;
        }
        String note = "Confirmed: the group is left without a current chair.";
        return reason == null ? note : reason + " (" + note + ")";
    }

    private static ConflictException stale(String what, int version) {
        return new ConflictException("The " + what + " was changed by someone else since you read version " + version
                + ": reload and try again.");
    }

    private void requireGroup(UUID groupId) {
        if (!store.groupExists(groupId)) {
            throw new NotFoundException(NO_GROUP);
        }
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
