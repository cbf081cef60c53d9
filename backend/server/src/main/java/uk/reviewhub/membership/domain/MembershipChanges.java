package uk.reviewhub.membership.domain;

import uk.reviewhub.membership.domain.MembershipChange.FieldChange;
import uk.reviewhub.partnership.domain.Agency;
import uk.reviewhub.partnership.domain.Deputy;
import uk.reviewhub.partnership.domain.GroupMember;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two states of a seat or an agency, field by field, as history shows it. Pure. */
public final class MembershipChanges {

    private MembershipChanges() {
    }

    /** Every field of a seat, as text (null: not set). */
    public static Map<String, String> fields(GroupMember m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("agency", m.agency().name());
        f.put("positionTitle", m.positionTitle());
        f.put("groupRole", m.groupRole().name());
        f.put("membershipKind", m.membershipKind().name());
        f.put("startDate", text(m.startDate()));
        f.put("endDate", text(m.endDate()));
        f.put("endReason", m.endReason());
        f.put("userId", text(m.userId()));
        Deputy d = m.deputy();
        f.put("deputy", d == null ? null : d.label());
        f.put("deputyDelegatedAuthority", d == null ? null : d.delegatedAuthority() ? "yes" : "no");
        f.put("deputyFrom", d == null ? null : text(d.from()));
        f.put("deputyTo", d == null ? null : text(d.to()));
        return f;
    }

    public static Map<String, String> fields(Agency a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", a.code());
        f.put("name", a.name());
        f.put("kind", a.kind().name());
        f.put("statutoryPartner", a.statutoryPartner() ? "yes" : "no");
        f.put("compactSignedOn", text(a.compactSignedOn()));
        return f;
    }

    /** The fields whose values differ; a field missing on one side counts as not set. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String field : all.keySet()) {
            String b = before.get(field);
            String a = after.get(field);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(field, b, a));
            }
        }
        return changes;
    }

    /** The set fields of a new seat or agency, as changes from nothing. */
    public static List<FieldChange> added(Map<String, String> after) {
        return between(Map.of(), after);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
