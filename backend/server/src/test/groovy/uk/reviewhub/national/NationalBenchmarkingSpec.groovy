package uk.reviewhub.national

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import org.apache.poi.ss.usermodel.CellType
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import spock.lang.Shared
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection
import java.time.LocalDate

/**
 * National benchmarking end to end against the real database: the narrow path answers aggregates
 * only, every national page and export the national viewer can reach shows no count from 1 to the
 * limit and nothing from a case, and a partnership's own people see their own figures in full.
 *
 * The figures are for the financial year 2013-14, which no other spec's cases fall in.
 */
class NationalBenchmarkingSpec extends IntegrationSpec {

    static final int YEAR = 2013
    static final String MARK = 'NATREF'

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared String suffix = UUID.randomUUID().toString().substring(0, 6)
    @Shared String bigSlug = "national-big-$suffix"
    @Shared String smallSlug = "national-small-$suffix"
    @Shared String noPopulationSlug = "national-nopop-$suffix"
    @Shared UUID big
    @Shared UUID small
    @Shared UUID noPopulation

    def setupSpec() {
        big = TestUsers.partnership(bigSlug, "Bigshire $suffix")
        small = TestUsers.partnership(smallSlug, "Smallton $suffix")
        noPopulation = TestUsers.partnership(noPopulationSlug, "Nopop $suffix")
        owner { Connection c ->
            comparators(c, big, 'north-east', 90000, [smallSlug, 'not-on-the-platform'])
            comparators(c, small, 'north-east', 30000, [bigSlug])
            comparators(c, noPopulation, 'north-east', null, [])
            // Bigshire: 4 deaths and 7 cases of serious harm in Q1, 1 death in Q3; rapid reviews for 6.
            4.times { sin(c, big, 'DEATH', LocalDate.of(YEAR, 5, 1 + it), LocalDate.of(YEAR, 5, 10 + it)) }
            7.times { sin(c, big, 'SERIOUS_HARM', LocalDate.of(YEAR, 6, 2 + it), it < 2 ? LocalDate.of(YEAR, 8, 30) : null) }
            sin(c, big, 'DEATH', LocalDate.of(YEAR, 11, 4), null)
            // Smallton: 2 cases of serious harm; Nopop: 8 deaths.
            2.times { sin(c, small, 'SERIOUS_HARM', LocalDate.of(YEAR, 7, 1 + it), null) }
            8.times { sin(c, noPopulation, 'DEATH', LocalDate.of(YEAR, 9, 1 + it), null) }
        }
    }

    static <T> T owner(Closure<T> work) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    static void comparators(Connection c, UUID tenant, String region, Integer population, List<String> neighbours) {
        def s = c.prepareStatement('''update partnership set region = ?, child_population = ?, child_population_year = ?,
                child_population_source = ?, statistical_neighbours = ? where tenant_id = ?''')
        s.setString(1, region)
        s.setObject(2, population)
        s.setObject(3, population == null ? null : 2023)
        s.setString(4, population == null ? null : 'ONS mid-year estimates (test)')
        s.setArray(5, c.createArrayOf('text', neighbours as String[]))
        s.setObject(6, tenant)
        assert s.executeUpdate() == 1
    }

    static void sin(Connection c, UUID tenant, String nature, LocalDate notifiedOn, LocalDate rapidReviewSentOn) {
        UUID id = UUID.randomUUID()
        def s = c.prepareStatement('''insert into review_case (tenant_id, id, origin, nature, la_case_reference, child_identifier,
                age_band, sex, ethnicity, looked_after, cp_plan, aware_on, notified_on, stage)
                values (?, ?, 'SIN', ?, ?, ?, 'AGE_1_TO_5', 'FEMALE', 'WHITE', false, true, ?, ?, 'NOTIFIED')''')
        s.setObject(1, tenant)
        s.setObject(2, id)
        s.setString(3, nature)
        s.setString(4, "$MARK-${id.toString().substring(0, 8)}".toString())
        s.setString(5, "CHILD-${id.toString().substring(0, 4)}".toString())
        s.setObject(6, notifiedOn.minusDays(2))
        s.setObject(7, notifiedOn)
        s.executeUpdate()
        if (rapidReviewSentOn) {
            def r = c.prepareStatement('''insert into rapid_review (tenant_id, id, case_id, sent_to_panel_on, facts)
                    values (?, ?, ?, ?, 'Facts of the case that must never reach the national view')''')
            r.setObject(1, tenant)
            r.setObject(2, UUID.randomUUID())
            r.setObject(3, id)
            r.setObject(4, rapidReviewSentOn)
            r.executeUpdate()
        }
    }

    String platformToken(String role) {
        UUID user = TestUsers.user(name: "National $role", platformRoles: [role])
        accessTokens.issue(user, null, [role], "National $role", "${role.toLowerCase()}@example.org").token()
    }

    String partnershipToken(UUID tenant, String role) {
        UUID user = TestUsers.user(name: "Own $role")
        TestUsers.member(user, tenant, [role])
        accessTokens.issue(user, tenant, [role], "Own $role", "own@example.org").token()
    }

    ApiCalls.Answer get(String path, String token) {
        ApiCalls.send(client, HttpRequest.GET(path), token)
    }

    static Map table(Map report, String title) {
        report.tables.find { it.title == title }
    }

    static String value(Map report, String title, String row, String column) {
        Map t = table(report, title)
        t.rows.find { it.label == row }.values[t.columns.indexOf(column)]
    }

    def "the narrow path answers aggregates only, and each count is 0, above the limit, or suppressed"() {
        given: 'the application role, with no partnership bound'
        Connection app = PostgresFixture.get().appConnection()

        when: 'it asks for every area, even with a limit below the official one'
        def rows = []
        List<String> columns = []
        try {
            def s = app.prepareStatement('select * from national_figures(?, ?, ?, ?, 1)')
            s.setInt(1, YEAR)
            s.setInt(2, YEAR)
            s.setArray(3, app.createArrayOf('date', [] as Object[]))
            s.setObject(4, LocalDate.of(YEAR + 1, 6, 1))
            def rs = s.executeQuery()
            columns = (1..rs.metaData.columnCount).collect { rs.metaData.getColumnName(it) }
            while (rs.next()) {
                rows << [measure: rs.getString('measure'), dimension: rs.getString('dimension'), category: rs.getString('category'),
                         level: rs.getString('area_level'), area: rs.getString('area'), quarter: rs.getInt('quarter'),
                         value: rs.getObject('value'), suppressed: rs.getBoolean('suppressed')]
            }
        } finally {
            app.close()
        }

        then: 'areas and counts, never a case, a child, a person or a partnership id'
        columns == ['measure', 'dimension', 'category', 'area_level', 'area', 'financial_year', 'quarter', 'value', 'suppressed']
        rows.every { it.level in ['england', 'region', 'partnership'] }

        and: 'every count is 0, above 5, or suppressed (null), whatever limit was asked for'
        !rows.empty
        rows.every { it.suppressed ? it.value == null : (it.value == 0 || it.value > 5) }

        and: "Bigshire's deaths (5) never leave the database; its 12 notifications do"
        rows.find { it.area == bigSlug && it.measure == 'notifications' && it.category == 'death' && it.quarter == 0 }.suppressed
        rows.find { it.area == bigSlug && it.measure == 'notifications' && it.dimension == 'all' && it.quarter == 0 }.value == 12
    }

    def "the application role reads only the bound partnership's counts, and nothing across tenants but through the definer functions"() {
        given:
        Connection app = PostgresFixture.get().appConnection()

        when:
        Map answers = [:]
        try {
            answers.unbound = count(app, 'select coalesce(sum(n), 0) from figure_counts(2013, 2013, null, current_date) where dimension = \'all\' and measure = \'notifications\'')
            def bind = app.prepareStatement("select set_config('app.tenant_id', ?, false)")
            bind.setString(1, big.toString())
            bind.execute()
            answers.bound = count(app, 'select coalesce(sum(n), 0) from figure_counts(2013, 2013, null, current_date) where dimension = \'all\' and measure = \'notifications\'')
            answers.otherTenantsCases = count(app, "select count(*) from review_case where tenant_id <> '${big}'")
            answers.bypass = count(app, 'select count(*) from pg_roles where rolname = current_user and (rolbypassrls or rolsuper)')
        } finally {
            app.close()
        }
        def definers = owner { Connection c ->
            def rs = c.createStatement().executeQuery('''select p.proname, p.prosecdef, p.proconfig::text, pg_get_userbyid(p.proowner) = current_user
                  from pg_proc p where p.proname in ('national_figures', 'national_partnerships', 'figure_counts') order by 1''')
            def out = []
            while (rs.next()) {
                out << [rs.getString(1), rs.getBoolean(2), rs.getString(3)?.contains('search_path='), rs.getBoolean(4)]
            }
            out
        }

        then: 'unbound it sees nothing; bound, its own 12 notifications; never another tenant'
        answers == [unbound: 0, bound: 12, otherTenantsCases: 0, bypass: 0]

        and: 'the two cross-tenant functions are security definer, owned by the owner, with a fixed search path; figure_counts is not'
        definers == [['figure_counts', false, true, true], ['national_figures', true, true, true], ['national_partnerships', true, true, true]]
    }

    static long count(Connection c, String sql) {
        def rs = c.createStatement().executeQuery(sql)
        rs.next()
        rs.getLong(1)
    }

    def "every national page, export and chart, walked as the national viewer, shows no count from 1 to 5 and nothing from a case"() {
        given:
        String token = platformToken('NATIONAL_VIEWER')
        List<String> paths = ["/api/national?year=$YEAR", '/api/national/partnerships', "/api/national/areas/$bigSlug?year=$YEAR",
                              "/api/national/areas/$smallSlug?year=$YEAR", "/api/national/areas/north-east?year=$YEAR",
                              "/api/national/export/csv?year=$YEAR", "/api/national/export/csv?area=$bigSlug&year=$YEAR",
                              "/api/national/charts/regions?year=$YEAR", "/api/national/charts/trend?year=$YEAR", '/api/national']
        List<String> found = []

        when:
        paths.each { path ->
            def answer = get(path, token)
            assert answer.status == 200: "$path: ${answer.status} ${answer.body}"
            List<String> values = path.contains('/export/csv') ? csvValues(answer.body)
                    : path.contains('/charts/') ? svgValues(answer.body)
                    : answer.json.tables.collectMany { it.rows.collectMany { it.values } }
            values.findAll { it ==~ /[0-9]+/ && (it as int) in 1..5 }.each { found << "$path: $it".toString() }
            [MARK, 'CHILD-', 'Facts of the case', big.toString(), 'AGE_1_TO_5'].each { field ->
                if (answer.body.contains(field)) {
                    found << "$path shows $field".toString()
                }
            }
            if (path.contains('/export/') || path.contains('/charts/')) {
                assert answer.body.contains('not on its own a measure') || answer.body.contains('measure of a')
            } else {
                assert answer.json.caveat.contains('measure of a partnership')
                assert answer.json.legend*.substring(0, 1) == ['c', 'x', 'z', '0']
            }
        }
        ['xlsx'].each { format ->
            byte[] bytes = client.toBlocking().exchange(HttpRequest.GET("/api/national/export/$format?area=$bigSlug&year=$YEAR")
                    .bearerAuth(token), byte[]).body()
            new XSSFWorkbook(new ByteArrayInputStream(bytes)).withCloseable { book ->
                book.each { sheet ->
                    sheet.each { row ->
                        row.each { cell ->
                            if (cell.cellType == CellType.NUMERIC && cell.numericCellValue == Math.floor(cell.numericCellValue)
                                    && cell.numericCellValue >= 1 && cell.numericCellValue <= 5) {
                                found << "xlsx ${sheet.sheetName}: ${cell.numericCellValue}".toString()
                            }
                            if (cell.cellType == CellType.STRING && cell.stringCellValue.contains(MARK)) {
                                found << "xlsx shows a case reference".toString()
                            }
                        }
                    }
                }
                assert book.getSheet('About these figures').getRow(1).getCell(0).stringCellValue.contains('measure of a partnership')
            }
        }

        then:
        found == []
    }

    static List<String> csvValues(String csv) {
        csv.readLines().collectMany { line -> line.split(',', -1).drop(1).collect { it.replace('"', '') } }
    }

    static List<String> svgValues(String svg) {
        (svg =~ />([^<]*)</).collect { it[1] }
    }

    def "Bigshire against England and its neighbour: counts, suppression, rates and quarters"() {
        when:
        def report = get("/api/national/areas/$bigSlug?year=$YEAR", platformToken('PLATFORM_ADMIN')).json
        String title = 'Serious incident notifications'
        String name = "Bigshire $suffix"

        then: '12 notifications shown; 5 deaths and 7 serious harm: 5 is suppressed, and so is 7 (it would give the 5 away)'
        report.period == '2013-14'
        table(report, title).columns.take(2) == [name, 'North East']
        table(report, title).columns.contains("Smallton $suffix (neighbour)".toString())
        value(report, title, 'All notifications', name) == '12'
        value(report, title, 'Nature of the incident: Death', name) == 'c'
        value(report, title, 'Nature of the incident: Serious harm', name) == 'c'
        value(report, title, 'Nature of the incident: Other', name) == '0'
        value(report, title, 'Disability of the child: Disabled', name) == 'z'
        value(report, title, 'Rate per 10,000 children: all notifications', name) == '1.3'
        value(report, title, 'Rate per 10,000 children: deaths', name) == 'c'

        and: 'the neighbour has 2: suppressed'
        value(report, title, 'All notifications', "Smallton $suffix (neighbour)") == 'c'

        and: 'the region has no population (Nopop gives none), so its rate is not available rather than estimated'
        value(report, title, 'Rate per 10,000 children: all notifications', 'North East') == 'x'
        report.notes.any { it.contains("Nopop $suffix") }

        and: 'a neighbour not on the platform is named, not invented'
        report.notes.any { it.contains('not-on-the-platform') }

        and: 'by quarter: 11 in Q1 and 1 in Q3; Q3 suppressed, and Q1 with it, so the year cannot give it away'
        value(report, 'Notifications by quarter', 'Q1 (April to June)', name) == 'c'
        value(report, 'Notifications by quarter', 'Q3 (October to December)', name) == 'c'
        value(report, 'Notifications by quarter', 'Q2 (July to September)', name) == '0'
        value(report, 'Notifications by quarter', 'Whole year', name) == '12'

        and: 'rapid reviews: 6 sent, 4 within 15 working days, 2 later (both suppressed, so the percentage is too)'
        value(report, 'Rapid reviews sent within 15 working days', 'Rapid reviews sent', name) == '6'
        value(report, 'Rapid reviews sent within 15 working days', 'Sent: Within 15 working days', name) == 'c'
        value(report, 'Rapid reviews sent within 15 working days', '% Within 15 working days', name) == 'c'
    }

    def "a partnership's own people see their own figures in full beside England's suppressed ones"() {
        when:
        def answer = get("/api/partnership/comparison?year=$YEAR", partnershipToken(big, 'MEMBER'))
        def report = answer.json
        String title = 'Serious incident notifications'
        String mine = "Bigshire $suffix (yours, not suppressed)"

        then:
        answer.status == 200
        table(report, title).columns == [mine, 'England', "Smallton $suffix (neighbour)".toString()]
        value(report, title, 'Nature of the incident: Death', mine) == '5'
        value(report, title, 'Nature of the incident: Serious harm', mine) == '7'
        value(report, 'Notifications by quarter', 'Q3 (October to December)', mine) == '1'
        value(report, 'Rapid reviews sent within 15 working days', 'Sent: Within 15 working days', mine) == '4'
        value(report, title, 'All notifications', "Smallton $suffix (neighbour)") == 'c'
        report.caveat.contains('measure of a partnership')
    }

    def "the figures are current: a notification recorded now is in the next answer"() {
        given: "the North East holds only this spec's partnerships"
        String token = platformToken('NATIONAL_VIEWER')
        String before = value(get("/api/national/areas/north-east?year=$YEAR", token).json, 'Serious incident notifications',
                'All notifications', 'North East')

        when:
        owner { Connection c -> sin(c, noPopulation, 'DEATH', LocalDate.of(YEAR, 10, 1), null) }
        String after = value(get("/api/national/areas/north-east?year=$YEAR", token).json, 'Serious incident notifications',
                'All notifications', 'North East')

        then:
        before == '22'
        after == '23'
    }

    def "a wrong year, area or format is answered in the field's words: #path"() {
        when:
        def answer = get(path, platformToken('NATIONAL_VIEWER'))

        then:
        answer.status == status
        answer.contentType.startsWith('application/problem+json')
        field == null || answer.json.errors*.field == [field]

        where:
        path                                         | status | field
        '/api/national?year=1999'                    | 400    | 'year'
        '/api/national?year=2999'                    | 400    | 'year'
        '/api/national/areas/no-such-place'          | 404    | null
        '/api/national/export/pdf'                   | 400    | 'format'
        '/api/national/charts/pie'                   | 404    | null
    }
}
