package uk.reviewhub.national

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import java.sql.Connection
import java.sql.Timestamp
import java.time.LocalDate
import java.time.ZoneId

import static uk.reviewhub.national.NationalBenchmarkingSpec.comparators
import static uk.reviewhub.national.NationalBenchmarkingSpec.owner

/**
 * The measures counted from meetings and child protection conferences, through the narrow path and
 * the one suppression home: what the national viewer sees (suppressed) and what the partnership's own
 * people see (in full). The figures are for the financial year 2012-13, which no other spec's
 * meetings or conferences fall in.
 */
class NationalMeasuresSpec extends IntegrationSpec {

    static final int YEAR = 2012

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared String suffix = UUID.randomUUID().toString().substring(0, 6)
    @Shared String slug = "national-meets-$suffix"
    @Shared String name = "Meetshire $suffix"
    @Shared UUID tenant

    def setupSpec() {
        tenant = TestUsers.partnership(slug, name)
        owner { Connection c ->
            comparators(c, tenant, 'south-west', 40000, [])
            UUID group = UUID.randomUUID()
            exec(c, 'insert into review_group (tenant_id, id, code, name) values (?, ?, ?, ?)', tenant, group, 'review', 'Review group')
            // Version 1 gave 60 working days to circulate minutes; the current version (2) gives 10.
            [60, 10].eachWithIndex { days, i ->
                exec(c, '''insert into terms_of_reference (tenant_id, id, group_id, version, purpose, cadence, quorum, deadlines)
                        values (?, ?, ?, ?, 'Reviews', '{}'::jsonb, '{}'::jsonb, ?::jsonb)''', tenant, UUID.randomUUID(), group, i + 1,
                        """[{"code": "minutes-circulated", "label": "Minutes", "workingDays": $days, "direction": "AFTER"}]""".toString())
            }
            // 15 meetings held from 17 April 2012: the first 3 not quorate; minutes of the first 9 circulated in
            // 3 days, of the next 4 after 40 days, of the last 2 never.
            15.times { i ->
                LocalDate day = LocalDate.of(YEAR, 4, 17).plusDays(i)
                UUID meeting = meeting(c, group, day, 'HELD', i >= 3)
                if (i < 13) {
                    exec(c, '''insert into minutes (tenant_id, id, meeting_id, number, circulated_on) values (?, ?, ?, 1, ?)''',
                            tenant, UUID.randomUUID(), meeting, day.plusDays(i < 9 ? 3 : 40))
                }
            }
            // Two cancelled meetings are not meetings held.
            2.times { meeting(c, group, LocalDate.of(YEAR, 5, 20 + it), 'CANCELLED', null) }

            // Child protection: strategy discussions on 2 May 2012, whose 15th working day is 24 May (7 May a bank
            // holiday). Five initial conferences on 16 May, one on 20 June; one child's conference on 16 May was
            // reconvened on 20 June (counted once, by the first); a pre-birth conference and a review are not counted.
            LocalDate strategy = LocalDate.of(YEAR, 5, 2)
            5.times { conferences(c, strategy, false, ['INITIAL': LocalDate.of(YEAR, 5, 16)]) }
            conferences(c, strategy, false, ['INITIAL': LocalDate.of(YEAR, 6, 20)])
            conferences(c, strategy, false, ['INITIAL': LocalDate.of(YEAR, 5, 16), 'INITIAL2': LocalDate.of(YEAR, 6, 20)])
            conferences(c, strategy, true, ['INITIAL': LocalDate.of(YEAR, 5, 16)])
            conferences(c, strategy, false, ['REVIEW': LocalDate.of(YEAR, 5, 16)])
        }
    }

    static void exec(Connection c, String sql, Object... values) {
        def s = c.prepareStatement(sql)
        values.eachWithIndex { v, i -> s.setObject(i + 1, v) }
        s.executeUpdate()
    }

    UUID meeting(Connection c, UUID group, LocalDate day, String status, Boolean quorate) {
        UUID id = UUID.randomUUID()
        exec(c, '''insert into meeting (tenant_id, id, group_id, kind, title, scheduled_start, status, status_reason, quorate)
                values (?, ?, ?, 'EXTRA', 'Review meeting', ?, ?, ?, ?)''', tenant, id, group,
                Timestamp.from(day.atTime(10, 0).atZone(ZoneId.of('Europe/London')).toInstant()), status,
                status == 'CANCELLED' ? 'Chair unwell' : null, quorate)
        id
    }

    void conferences(Connection c, LocalDate strategy, boolean preBirth, Map<String, LocalDate> held) {
        UUID child = UUID.randomUUID()
        UUID episode = UUID.randomUUID()
        exec(c, '''insert into cp_child (tenant_id, id, case_reference, initials, born_on, expected_on, borough)
                values (?, ?, ?, 'AB', ?, ?, 'Borough')''', tenant, child, "NM-${child.toString().substring(0, 8)}".toString(),
                preBirth ? null : LocalDate.of(2008, 1, 1), preBirth ? LocalDate.of(YEAR, 9, 1) : null)
        exec(c, '''insert into cp_episode (tenant_id, id, child_id, kind, started_on, pre_birth) values (?, ?, ?, 'CHILD_PROTECTION', ?, ?)''',
                tenant, episode, child, strategy, preBirth)
        held.each { kind, on ->
            exec(c, '''insert into cp_conference (tenant_id, id, episode_id, kind, number, held_on) values (?, ?, ?, ?, ?, ?)''',
                    tenant, UUID.randomUUID(), episode, kind.replace('2', ''), kind.endsWith('2') ? 2 : 1, on)
        }
    }

    String token(UUID partnership, String role) {
        UUID user = TestUsers.user(name: "Measures $role")
        if (partnership) {
            TestUsers.member(user, partnership, [role])
            return accessTokens.issue(user, partnership, [role], "Measures $role", 'measures@example.org').token()
        }
        UUID platform = TestUsers.user(name: "Measures $role", platformRoles: [role])
        accessTokens.issue(platform, null, [role], "Measures $role", 'measures@example.org').token()
    }

    Map report(String path, String token) {
        ApiCalls.Answer answer = ApiCalls.send(client, HttpRequest.GET(path), token)
        assert answer.status == 200: "$path: ${answer.status} ${answer.body}"
        answer.json
    }

    def "the national viewer sees #table, #row as #shown (suppressed where small or where it would give a small one away)"() {
        when:
        Map r = report("/api/national/areas/$slug?year=$YEAR", token(null, 'NATIONAL_VIEWER'))

        then:
        NationalBenchmarkingSpec.value(r, table, row, name) == shown
        NationalBenchmarkingSpec.table(r, table).definition.length() > 80

        where:
        table                                                          | row                                      | shown
        'Meetings held and quorate'                                    | 'Meetings held'                          | '15'
        'Meetings held and quorate'                                    | 'Quorum: Not quorate'                    | 'c'
        'Meetings held and quorate'                                    | 'Quorum: Quorate'                        | 'c'
        'Meetings held and quorate'                                    | 'Quorum: Quorum not recorded'            | '0'
        'Meetings held and quorate'                                    | '% Quorate'                              | 'c'
        'Minutes circulated on time'                                   | 'Minutes due for circulation'            | '15'
        'Minutes circulated on time'                                   | "Circulated: By the group's deadline"    | '9'
        'Minutes circulated on time'                                   | 'Circulated: Later or not yet'           | '6'
        'Minutes circulated on time'                                   | "% By the group's deadline"              | '60.0'
        'Initial child protection conferences within 15 working days'  | 'Initial conferences held'               | '7'
        'Initial child protection conferences within 15 working days'  | 'Held: Later'                            | 'c'
        'Initial child protection conferences within 15 working days'  | 'Held: Within 15 working days'           | 'c'
        'Initial child protection conferences within 15 working days'  | '% Within 15 working days'               | 'c'
        'Serious incident notifications'                               | 'Disability of the child: Disabled' | 'z'
    }

    def "the partnership's own people see #table, #row as #shown (in full)"() {
        when:
        Map r = report("/api/partnership/comparison?year=$YEAR", token(tenant, 'MEMBER'))

        then:
        NationalBenchmarkingSpec.value(r, table, row, "$name (yours, not suppressed)".toString()) == shown

        where:
        table                                                          | row                                      | shown
        'Meetings held and quorate'                                    | 'Quorum: Not quorate'                    | '3'
        'Meetings held and quorate'                                    | 'Quorum: Quorate'                        | '12'
        'Meetings held and quorate'                                    | '% Quorate'                              | '80.0'
        'Minutes circulated on time'                                   | "Circulated: By the group's deadline"    | '9'
        'Initial child protection conferences within 15 working days'  | 'Held: Later'                            | '1'
        'Initial child protection conferences within 15 working days'  | 'Held: Within 15 working days'           | '6'
        'Initial child protection conferences within 15 working days'  | '% Within 15 working days'               | '85.7'
        'Serious incident notifications'                               | 'Disability of the child: Disabled' | 'z'
    }

    def "the narrow path never lets a new measure's count from 1 to 5 out"() {
        when:
        Map r = report("/api/national/areas/$slug?year=$YEAR", token(null, 'PLATFORM_ADMIN'))
        List<String> values = r.tables.findAll { it.title in ['Meetings held and quorate', 'Minutes circulated on time',
                'Initial child protection conferences within 15 working days'] }.collectMany { it.rows.collectMany { it.values } }

        then:
        !values.empty
        values.every { !(it ==~ /[1-5]/) }
        !r.tables*.title.contains('Meetings and child protection conferences')
    }
}
