package uk.reviewhub.partnership

import jakarta.inject.Inject
import org.jooq.DSLContext
import org.jooq.Field
import org.jooq.Record
import org.jooq.Table
import uk.reviewhub.partnership.persistence.PartnershipQueries
import uk.reviewhub.tenancy.TenantContext
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import java.time.LocalDate

import static uk.reviewhub.database.jooq.Tables.AGENCY
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP

/**
 * The members page selects only the columns its mappings read ({@code PartnershipQueries}'s
 * column lists, issue 14): a mapping that came to read another column would get null from that
 * page. Each mapping is given the whole rows of Salford's demo data with every column outside its
 * list emptied, and must answer what it answers from the whole rows.
 */
class PartnershipQueriesColumnsSpec extends IntegrationSpec {

    @Inject DSLContext dsl

    /** The record with every column of {@code table} not in {@code kept} set to null. */
    static <R extends Record> R onlyListed(R whole, Table<?> table, List<Field<?>> kept) {
        R copy = (R) whole.into(table)
        table.fields().findAll { !kept.contains(it) }.each { copy.set(it as Field<Object>, null) }
        copy
    }

    /** Columns outside the list that the demo rows fill: what the check can catch a mapping reading. */
    static List<String> filledOutside(List<? extends Record> rows, Table<?> table, List<Field<?>> kept) {
        table.fields().findAll { f -> !kept.contains(f) && rows.any { it.get(f) != null } }*.name
    }

    def "a seat and its agency map the same from the listed columns as from the whole rows"() {
        given:
        UUID salford = DemoTokens.tenantOf('salford')
        LocalDate today = LocalDate.of(2026, 12, 7)

        when:
        def rows = TenantContext.callAs(salford) {
            dsl.select(GROUP_MEMBER.fields()).select(AGENCY.fields()).from(GROUP_MEMBER)
                    .join(AGENCY).on(AGENCY.TENANT_ID.eq(GROUP_MEMBER.TENANT_ID), AGENCY.ID.eq(GROUP_MEMBER.AGENCY_ID)).fetch()
        }

        then: 'the demo data fills columns outside both lists, so a mapping reading one would differ'
        rows.size() > 10
        filledOutside(rows.into(GROUP_MEMBER), GROUP_MEMBER, PartnershipQueries.SEAT_COLUMNS)
                .containsAll(['tenant_id', 'group_id', 'agency_id', 'position'])
        filledOutside(rows.into(AGENCY), AGENCY, PartnershipQueries.AGENCY_COLUMNS).containsAll(['tenant_id', 'position'])

        and:
        rows.every { r ->
            def seat = r.into(GROUP_MEMBER)
            def agency = r.into(AGENCY)
            def wholeAgency = PartnershipQueries.agency(agency)
            def listedAgency = PartnershipQueries.agency(onlyListed(agency, AGENCY, PartnershipQueries.AGENCY_COLUMNS))
            listedAgency == wholeAgency &&
                    PartnershipQueries.member(onlyListed(seat, GROUP_MEMBER, PartnershipQueries.SEAT_COLUMNS), listedAgency, today) ==
                    PartnershipQueries.member(seat, wholeAgency, today)
        }
    }

    def "a group maps the same from the listed columns as from the whole row"() {
        when: "every shipped partnership's groups"
        def groups = ['norfolk', 'southampton', 'salford', 'tri-borough'].collectMany { slug ->
            TenantContext.callAs(DemoTokens.tenantOf(slug)) { dsl.selectFrom(REVIEW_GROUP).fetch() }
        }

        then:
        groups.size() >= 4
        filledOutside(groups, REVIEW_GROUP, PartnershipQueries.GROUP_COLUMNS).containsAll(['tenant_id', 'position', 'version'])
        groups.every { g ->
            PartnershipQueries.group(onlyListed(g, REVIEW_GROUP, PartnershipQueries.GROUP_COLUMNS)) == PartnershipQueries.group(g)
        }
    }
}
