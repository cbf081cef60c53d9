package uk.reviewhub.membership.api;

import uk.reviewhub.api.partnership.AgencyRequest;
import uk.reviewhub.api.partnership.EndMembershipRequest;
import uk.reviewhub.api.partnership.EndRoleRequest;
import uk.reviewhub.api.partnership.MemberRequest;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.PartnershipPersonView;
import uk.reviewhub.api.partnership.PartnershipRoleRequest;
import uk.reviewhub.api.partnership.PartnershipRoleView;
import uk.reviewhub.membership.domain.AgencyEdit;
import uk.reviewhub.membership.domain.MembershipChange;
import uk.reviewhub.membership.domain.PartnershipRole;
import uk.reviewhub.membership.domain.Person;
import uk.reviewhub.membership.domain.RoleEdit;
import uk.reviewhub.membership.domain.RoleEnd;
import uk.reviewhub.membership.domain.SeatEdit;
import uk.reviewhub.membership.domain.SeatEnd;
import uk.reviewhub.partnership.api.PartnershipViews;

import java.util.List;

/**
 * The membership feature's requests as the domain takes them, and its domain records as the API
 * shows them (seats and agencies through {@link PartnershipViews}, the one place those views are made).
 */
final class MembershipViews {

    private MembershipViews() {
    }

    static SeatEdit edit(MemberRequest r) {
        return new SeatEdit(r.agencyId(), r.positionTitle(), r.groupRole(), r.membershipKind(), r.startDate(), r.endDate(), r.userId(),
                PartnershipViews.deputy(r.deputy()), r.reason(), r.version(), r.confirmNoChair());
    }

    static SeatEnd end(EndMembershipRequest r) {
        return new SeatEnd(r.endDate(), r.reason(), r.version(), r.confirmNoChair());
    }

    static AgencyEdit edit(AgencyRequest r) {
        return new AgencyEdit(r.code(), r.name(), r.kind(), r.statutoryPartner(), r.compactSignedOn(), r.reason(), r.version());
    }

    static RoleEdit edit(PartnershipRoleRequest r) {
        return new RoleEdit(r.roles(), r.agencyId(), r.startDate(), r.endDate(), r.reason(), r.version());
    }

    static RoleEnd end(EndRoleRequest r) {
        return new RoleEnd(r.lastDay(), r.reason(), r.version());
    }

    static List<MembershipChangeView> history(List<MembershipChange> changes) {
        return changes.stream().map(MembershipViews::change).toList();
    }

    static MembershipChangeView change(MembershipChange c) {
        return new MembershipChangeView(c.id(), c.subject(), c.subjectId(), c.subjectName(), c.action(),
                c.changes().stream().map(f -> new MembershipChangeView.FieldChange(f.field(), f.before(), f.after())).toList(),
                c.reason(), c.source(), c.changedBy(), c.changedByName(), c.changedAt());
    }

    static PartnershipPersonView person(Person p) {
        return new PartnershipPersonView(p.id(), p.displayName(), p.roles());
    }

    static PartnershipRoleView role(PartnershipRole r) {
        return new PartnershipRoleView(r.id(), r.userId(), r.displayName(), r.email(), r.roles(), r.agencyId(), r.startDate(),
                r.endDate(), r.endReason(), r.current(), r.version());
    }
}
