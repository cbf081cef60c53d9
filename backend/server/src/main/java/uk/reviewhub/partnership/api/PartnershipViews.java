package uk.reviewhub.partnership.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.PartnershipView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.StandingDeputy;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.pack.TermsOfReference;
import uk.reviewhub.partnership.domain.Agency;
import uk.reviewhub.partnership.domain.Deputy;
import uk.reviewhub.partnership.domain.Group;
import uk.reviewhub.partnership.domain.GroupMember;
import uk.reviewhub.partnership.domain.GroupMembership;
import uk.reviewhub.partnership.domain.GroupTerms;
import uk.reviewhub.partnership.domain.Partnership;
import uk.reviewhub.partnership.domain.TermsEdit;
import uk.reviewhub.partnership.domain.TermsState;

import java.util.List;

/**
 * The partnership's domain records as the API shows them, and the API's terms-of-reference edit as
 * the domain takes it: the one place these views are made (the membership feature's too).
 */
public final class PartnershipViews {

    private PartnershipViews() {
    }

    public static PartnershipView partnership(Partnership p) {
        return new PartnershipView(p.id(), p.slug(), p.name(), p.shortName(), p.formerName(), p.arrangementsPublished(),
                p.statutoryPartners().stream().map(PartnershipViews::agency).toList(),
                p.groups().stream().map(PartnershipViews::group).toList());
    }

    public static ReviewGroupSummary group(Group g) {
        return new ReviewGroupSummary(g.id(), g.code(), g.name(), g.shortName(), g.formerName());
    }

    public static AgencyView agency(Agency a) {
        return new AgencyView(a.id(), a.code(), a.name(), a.kind(), a.statutoryPartner(), a.compactSignedOn(), a.source(),
                a.version());
    }

    public static StandingDeputy deputy(Deputy d) {
        return d == null ? null : new StandingDeputy(d.post(), d.name(), d.delegatedAuthority(), d.from(), d.to());
    }

    /** A request's deputy as the domain takes it (null: none). */
    public static Deputy deputy(StandingDeputy d) {
        return d == null ? null : new Deputy(d.post(), d.name(), d.delegatedAuthority(), d.from(), d.to());
    }

    public static GroupMemberView member(GroupMember m) {
        return new GroupMemberView(m.id(), agency(m.agency()), m.positionTitle(), m.groupRole(), m.membershipKind(), m.startDate(),
                m.endDate(), m.userId(), m.endReason(), deputy(m.deputy()), m.source(), m.version(), m.current());
    }

    public static GroupMembershipView membership(GroupMembership m) {
        return new GroupMembershipView(group(m.group()), m.agencies().stream()
                .map(a -> new GroupMembershipView.AgencyMembers(agency(a.agency()),
                        a.members().stream().map(PartnershipViews::member).toList()))
                .toList());
    }

    public static TermsOfReferenceView terms(GroupTerms g) {
        TermsOfReference t = g.terms();
        TermsOfReference.Cadence c = t.cadence();
        TermsOfReference.Quorum q = t.quorum();
        return new TermsOfReferenceView(group(g.group()), g.version(), t.purpose(), t.functions(), t.reportingLine(),
                new TermsOfReferenceView.Cadence(c.rrule(), c.description(), c.durationMinutes(), c.minimumMeetingsPerYear(),
                        c.notes()),
                new TermsOfReferenceView.Quorum(q.description(), q.minimumDistinctAgencies(),
                        q.requiredAgencyKinds().stream().map(Enum::name).toList(),
                        q.requiredAnyOfRoles().stream().map(Enum::name).toList(),
                        q.deputiesWithDelegatedAuthorityCount(), q.apologiesFollowUpAfter()),
                t.deadlines().stream().map(d -> new TermsOfReferenceView.Deadline(d.code(), d.label(), d.workingDays(),
                        d.direction().name())).toList(),
                t.performanceMeasures().stream().map(m -> new TermsOfReferenceView.PerformanceMeasure(m.code(), m.label(),
                        m.targetPercent())).toList(),
                t.links(), t.lastReviewedOn(), t.reviewDueOn());
    }

    public static TermsOfReferenceState state(TermsState s) {
        return new TermsOfReferenceState(terms(s.terms()), s.createdAt(), s.createdBy(), s.review().reminder().name(),
                s.review().text(), s.source(), s.packChangeNotApplied());
    }

    /** An admin's edit in the pack's shape of a terms of reference (absent values left out), as the pack's rules read it. */
    public static TermsEdit edit(TermsOfReferenceUpdate u) {
        return new TermsEdit(u.version(), termsJson(u));
    }

    private static JsonNode termsJson(TermsOfReferenceUpdate u) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        put(t, "purpose", u.purpose());
        strings(t.putArray("functions"), u.functions());
        put(t, "reportingLine", u.reportingLine());
        if (u.cadence() != null) {
            ObjectNode c = t.putObject("cadence");
            put(c, "rrule", u.cadence().rrule());
            put(c, "description", u.cadence().description());
            put(c, "durationMinutes", u.cadence().durationMinutes());
            put(c, "minimumMeetingsPerYear", u.cadence().minimumMeetingsPerYear());
            put(c, "notes", u.cadence().notes());
        }
        if (u.quorum() != null) {
            ObjectNode q = t.putObject("quorum");
            put(q, "description", u.quorum().description());
            put(q, "minimumDistinctAgencies", u.quorum().minimumDistinctAgencies());
            strings(q.putArray("requiredAgencyKinds"), u.quorum().requiredAgencyKinds());
            strings(q.putArray("requiredAnyOfRoles"), u.quorum().requiredAnyOfRoles());
            q.put("deputiesWithDelegatedAuthorityCount", u.quorum().deputiesWithDelegatedAuthorityCount());
            put(q, "apologiesFollowUpAfter", u.quorum().apologiesFollowUpAfter());
        }
        ArrayNode deadlines = t.putArray("deadlines");
        for (TermsOfReferenceView.Deadline d : u.deadlines()) {
            ObjectNode n = deadlines.addObject();
            if (d != null) {
                put(n, "code", d.code());
                put(n, "label", d.label());
                n.put("workingDays", d.workingDays());
                put(n, "direction", d.direction());
            }
        }
        ArrayNode measures = t.putArray("performanceMeasures");
        for (TermsOfReferenceView.PerformanceMeasure m : u.performanceMeasures()) {
            ObjectNode n = measures.addObject();
            if (m != null) {
                put(n, "code", m.code());
                put(n, "label", m.label());
                put(n, "targetPercent", m.targetPercent());
            }
        }
        strings(t.putArray("links"), u.links());
        put(t, "lastReviewedOn", u.lastReviewedOn() == null ? null : u.lastReviewedOn().toString());
        put(t, "reviewDueOn", u.reviewDueOn() == null ? null : u.reviewDueOn().toString());
        return t;
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value instanceof String text) {
            node.put(field, text);
        } else if (value instanceof Integer number) {
            node.put(field, number);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
    }
}
