package uk.reviewhub.platform.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONFormat;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableOptions;
import uk.reviewhub.api.vocabulary.AgencyKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.database.jooq.Public;
import uk.reviewhub.database.jooq.tables.records.PartnershipRecord;
import uk.reviewhub.database.jooq.tables.records.TermsOfReferenceRecord;
import uk.reviewhub.pack.Agency;
import uk.reviewhub.pack.Compact;
import uk.reviewhub.pack.Member;
import uk.reviewhub.pack.NationalComparators;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.ReviewGroup;
import uk.reviewhub.pack.IssueResolution;
import uk.reviewhub.pack.SafeguardingService;
import uk.reviewhub.partnership.persistence.TermsOfReferenceCodec;
import uk.reviewhub.pack.Scrutiny;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;
import static uk.reviewhub.database.jooq.Tables.TERMS_OF_REFERENCE;

/**
 * What an export reads, with the partnership bound (row-level security keeps every read to it):
 * its pack as it stands now, every tenant table's rows as JSON, and its people's names and emails.
 */
@Singleton
public class ArchiveStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JSONFormat ROWS = new JSONFormat().header(false).format(true)
            .recordFormat(JSONFormat.RecordFormat.OBJECT);

    private final DSLContext dsl;

    ArchiveStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One table's rows as a JSON array of objects (column name to value), and how many. */
    public record TableRows(String table, int rows, String json) {
    }

    /** Everything exported, read in one transaction so the parts agree. */
    public record Contents(Pack pack, List<TableRows> tables, TableRows people) {
    }

    /** Reads the bound partnership's data; {@code today} decides which seats are current. */
    @Transactional(readOnly = true)
    public Contents read(LocalDate today) {
        List<TableRows> tables = new ArrayList<>();
        for (Table<?> table : tenantTables()) {
            Result<?> rows = dsl.selectFrom(table).orderBy(order(table)).fetch();
            tables.add(new TableRows(table.getName(), rows.size(), rows.formatJSON(ROWS)));
        }
        Result<?> people = dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.ACTIVE, APP_USER.CREATED_AT)
                .from(APP_USER)
                .where(APP_USER.ID.in(dsl.select(PARTNERSHIP_MEMBERSHIP.USER_ID).from(PARTNERSHIP_MEMBERSHIP)))
                .orderBy(APP_USER.ID).fetch();
        return new Contents(pack(today), tables, new TableRows("people", people.size(), people.formatJSON(ROWS)));
    }

    /** Every table of the schema that holds a partnership's rows (by its tenant_id column). */
    static List<Table<?>> tenantTables() {
        return Public.PUBLIC.getTables().stream()
                .filter(t -> t.getTableType() == TableOptions.TableType.TABLE && t.field("tenant_id") != null)
                .sorted(java.util.Comparator.comparing(Table::getName))
                .toList();
    }

    private static List<? extends Field<?>> order(Table<?> table) {
        return table.getPrimaryKey() == null ? Arrays.asList(table.fields()) : table.getPrimaryKey().getFields();
    }

    private Pack pack(LocalDate today) {
        PartnershipRecord p = dsl.selectFrom(PARTNERSHIP).fetchSingle();
        Map<UUID, String> agencyCodes = new LinkedHashMap<>();
        List<Agency> agencies = new ArrayList<>();
        dsl.selectFrom(AGENCY).orderBy(AGENCY.POSITION, AGENCY.CODE).forEach(a -> {
            agencyCodes.put(a.getId(), a.getCode());
            agencies.add(new Agency(a.getCode(), a.getName(), AgencyKind.valueOf(a.getKind()),
                    Boolean.TRUE.equals(a.getStatutoryPartner()),
                    a.getCompactSignedOn() == null ? null : new Compact(null, a.getCompactSignedOn())));
        });
        List<ReviewGroup> groups = new ArrayList<>();
        dsl.selectFrom(REVIEW_GROUP).orderBy(REVIEW_GROUP.POSITION, REVIEW_GROUP.CODE).forEach(g -> {
            TermsOfReferenceRecord terms = dsl.selectFrom(TERMS_OF_REFERENCE).where(TERMS_OF_REFERENCE.GROUP_ID.eq(g.getId()))
                    .orderBy(TERMS_OF_REFERENCE.VERSION.desc()).limit(1).fetchOne();
            if (terms == null) {
                return; // a group without terms of reference is not a pack's group; its rows are in the records
            }
            List<Member> members = dsl.selectFrom(GROUP_MEMBER)
                    .where(GROUP_MEMBER.GROUP_ID.eq(g.getId()))
                    .and(GROUP_MEMBER.END_DATE.isNull().or(GROUP_MEMBER.END_DATE.ge(today)))
                    .orderBy(GROUP_MEMBER.POSITION, GROUP_MEMBER.POSITION_TITLE)
                    .fetch(m -> new Member(m.getPositionTitle(), agencyCodes.get(m.getAgencyId()), GroupRole.valueOf(m.getGroupRole()),
                            MembershipKind.valueOf(m.getMembershipKind()), m.getStartDate(), m.getEndDate()));
            groups.add(new ReviewGroup(g.getCode(), g.getName(), g.getShortName(), g.getFormerName(), null, null, null, null,
                    members, list(g.getMemberExpectations()), list(g.getFrameworks()), list(g.getNotes()), TermsOfReferenceCodec.read(terms)));
        });
        NationalComparators national = p.getRegion() == null ? null : new NationalComparators(p.getRegion(),
                p.getChildPopulation() == null ? null : new NationalComparators.ChildPopulation(p.getChildPopulation(),
                        p.getChildPopulationYear(), p.getChildPopulationSource()),
                p.getStatisticalNeighbours() == null ? List.of() : Arrays.asList(p.getStatisticalNeighbours()));
        SafeguardingService service = p.getSafeguardingServiceGroup() == null ? null
                : new SafeguardingService(p.getSafeguardingServiceGroup(), Boolean.TRUE.equals(p.getMidwayReviews()),
                        p.getChairCaseloadLimit());
        IssueResolution issueResolution = null;
        if (p.getIssueResolution() != null) {
            JsonNode irp = tree(p.getIssueResolution());
            List<IssueResolution.Stage> stages = new ArrayList<>();
            irp.path("stages").forEach(s -> stages.add(new IssueResolution.Stage(text(s, "code"), text(s, "name"),
                    s.path("formal").asBoolean(true), text(s, "clock"))));
            issueResolution = new IssueResolution(stages, irp.path("cafcassReferral").asBoolean(false));
        }
        // Scrutiny's settings (its frameworks are the partnership's data, in the tables).
        Scrutiny scrutiny = !Boolean.TRUE.equals(p.getScrutinyEnabled()) ? null
                : new Scrutiny(p.getScrutinyDescription() == null ? "Independent scrutiny" : p.getScrutinyDescription(),
                        p.getScrutinyDaysGroup(), null,
                        p.getScrutinyFindingRatings() == null ? null : Arrays.asList(p.getScrutinyFindingRatings()));
        Map<String, String> clocks = new LinkedHashMap<>();
        tree(p.getClockOverrides()).properties().forEach(e -> clocks.put(e.getKey(), e.getValue().asText()));
        return new Pack(p.getSlug(), p.getName(), p.getShortName(), p.getFormerName(), null, p.getArrangementsPublished(),
                list(p.getBoroughs()), List.of(), null, scrutiny, agencies, groups, p.getCalendarDivision(), clocks, service, issueResolution, national,
                "");
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
