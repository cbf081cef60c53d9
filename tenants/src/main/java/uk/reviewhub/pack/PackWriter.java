package uk.reviewhub.pack;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Pack} as the files {@link PackReader} reads: {@code <slug>/pack.yaml} and one
 * {@code <slug>/group-<code>.yaml} per group, in the shape of {@code pack.schema.json}. Reading the
 * files back gives the same pack (its content hash aside, which is of the files). Absent values and
 * empty lists are left out, as a hand-written pack leaves them out.
 */
public final class PackWriter {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2).setIndicatorIndent(0).setWidth(120).build();

    /** The pack's files by path (relative to the packs root, '/'-separated), entry point first. */
    public Map<String, String> write(Pack pack) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", pack.slug());
        entry.put("name", pack.name());
        entry.put("shortName", pack.shortName());
        entry.put("formerName", pack.formerName());
        entry.put("formerShortName", pack.formerShortName());
        entry.put("arrangementsPublished", date(pack.arrangementsPublished()));
        entry.put("boroughs", pack.boroughs());
        entry.put("placeNames", pack.placeNames());
        entry.put("decisionMakers", pack.decisionMakers());
        entry.put("calendarDivision", pack.calendarDivision());
        if (pack.national() != null) {
            NationalComparators n = pack.national();
            Map<String, Object> national = new LinkedHashMap<>();
            national.put("region", n.region());
            if (n.childPopulation() != null) {
                Map<String, Object> population = new LinkedHashMap<>();
                population.put("count", n.childPopulation().count());
                population.put("year", n.childPopulation().year());
                population.put("source", n.childPopulation().source());
                national.put("childPopulation", population);
            }
            national.put("statisticalNeighbours", n.statisticalNeighbours());
            entry.put("national", national);
        }
        if (pack.safeguardingService() != null) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("group", pack.safeguardingService().group());
            service.put("midwayReviews", pack.safeguardingService().midwayReviews());
            service.put("chairCaseloadLimit", pack.safeguardingService().chairCaseloadLimit());
            entry.put("safeguardingService", service);
        }
        if (pack.issueResolution() != null) {
            Map<String, Object> irp = new LinkedHashMap<>();
            List<Object> stages = new ArrayList<>();
            for (IssueResolution.Stage s : pack.issueResolution().stages()) {
                Map<String, Object> stage = new LinkedHashMap<>();
                stage.put("code", s.code());
                stage.put("name", s.name());
                stage.put("formal", s.formal());
                stage.put("clock", s.clock());
                stages.add(stage);
            }
            irp.put("stages", stages);
            irp.put("cafcassReferral", pack.issueResolution().cafcassReferral());
            entry.put("issueResolution", irp);
        }
        if (pack.scrutiny() != null) {
            entry.put("scrutiny", scrutiny(pack.scrutiny()));
        }
        entry.put("clocks", new LinkedHashMap<>(pack.clocks()));
        List<Object> agencies = new ArrayList<>();
        for (Agency a : pack.agencies()) {
            Map<String, Object> agency = new LinkedHashMap<>();
            agency.put("code", a.code());
            agency.put("name", a.name());
            agency.put("kind", a.kind().name());
            if (a.statutoryPartner()) {
                agency.put("statutoryPartner", true);
            }
            if (a.compact() != null) {
                Map<String, Object> compact = new LinkedHashMap<>();
                compact.put("membershipYear", a.compact().membershipYear());
                compact.put("signedOn", date(a.compact().signedOn()));
                agency.put("compact", compact);
            }
            agencies.add(agency);
        }
        entry.put("agencies", agencies);
        List<Object> groupFiles = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (ReviewGroup g : pack.groups()) {
            String file = "group-" + g.code() + ".yaml";
            groupFiles.add(file);
            groups.put(pack.slug() + "/" + file, yaml(group(g)));
        }
        entry.put("groups", groupFiles);
        files.put(pack.slug() + "/" + PackReader.ENTRY, yaml(entry));
        files.putAll(groups);
        return files;
    }

    private static Map<String, Object> scrutiny(Scrutiny s) {
        Map<String, Object> scrutiny = new LinkedHashMap<>();
        scrutiny.put("description", s.description());
        scrutiny.put("daysGroup", s.daysGroup());
        if (s.framework() != null) {
            Map<String, Object> framework = new LinkedHashMap<>();
            framework.put("name", s.framework().name());
            framework.put("guidance", s.framework().guidance());
            List<Object> domains = new ArrayList<>();
            for (Scrutiny.Domain d : s.framework().domains()) {
                Map<String, Object> domain = new LinkedHashMap<>();
                domain.put("code", d.code());
                domain.put("name", d.name());
                domain.put("guidance", d.guidance());
                domain.put("prompts", d.prompts());
                domain.put("ratingScale", d.ratingScale());
                domains.add(domain);
            }
            framework.put("domains", domains);
            scrutiny.put("framework", framework);
        }
        scrutiny.put("findingRatings", s.findingRatings());
        return scrutiny;
    }

    private static Map<String, Object> group(ReviewGroup g) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("code", g.code());
        group.put("name", g.name());
        group.put("shortName", g.shortName());
        group.put("formerName", g.formerName());
        group.put("formerShortName", g.formerShortName());
        group.put("membershipYear", g.membershipYear());
        group.put("businessPriority", g.businessPriority());
        if (g.chairAllocation() != null) {
            Map<String, Object> allocation = new LinkedHashMap<>();
            allocation.put("description", g.chairAllocation().description());
            List<Object> periods = new ArrayList<>();
            for (ChairAllocation.Period p : g.chairAllocation().periods()) {
                Map<String, Object> period = new LinkedHashMap<>();
                period.put("daysPerYear", p.daysPerYear());
                period.put("from", date(p.from()));
                period.put("termYears", p.termYears());
                period.put("basis", p.basis());
                periods.add(period);
            }
            allocation.put("periods", periods);
            group.put("chairAllocation", allocation);
        }
        List<Object> members = new ArrayList<>();
        for (Member m : g.members()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("positionTitle", m.positionTitle());
            member.put("agency", m.agencyCode());
            member.put("groupRole", m.groupRole().name());
            member.put("membershipKind", m.membershipKind().name());
            member.put("startDate", date(m.startDate()));
            member.put("endDate", date(m.endDate()));
            members.add(member);
        }
        group.put("members", members);
        group.put("memberExpectations", g.memberExpectations());
        group.put("frameworks", g.frameworks());
        group.put("notes", g.notes());
        group.put("termsOfReference", TermsOfReferenceShape.write(g.termsOfReference()));
        return group;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String yaml(Map<String, Object> document) {
        return "# Written by Review Hub from the partnership's data; read by the same pack reader as tenants/*/.\n"
                + new Dump(SETTINGS).dumpToString(pruned(document));
    }

    /** Lists the schema requires (or a pack writes empty on purpose): kept even when empty. */
    private static final java.util.Set<String> KEPT = java.util.Set.of("agencies", "groups", "members", "functions",
            "deadlines", "performanceMeasures");

    /** The document without null values, and without empty lists and maps other than the {@link #KEPT} ones. */
    @SuppressWarnings("unchecked")
    private static Object pruned(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> kept = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                Object p = pruned(v);
                if (p != null) {
                    kept.put(k, p);
                } else if (KEPT.contains(k) && v instanceof Collection<?>) {
                    kept.put(k, List.of());
                }
            });
            return kept.isEmpty() ? null : kept;
        }
        if (value instanceof Collection<?> list) {
            List<Object> kept = new ArrayList<>();
            list.forEach(v -> {
                Object p = pruned(v);
                if (p != null) {
                    kept.add(p);
                }
            });
            return kept.isEmpty() ? null : kept;
        }
        return value;
    }
}
