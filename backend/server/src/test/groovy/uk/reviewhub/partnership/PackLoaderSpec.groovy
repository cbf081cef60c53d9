package uk.reviewhub.partnership

import groovy.sql.Sql
import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.casereview.CaseWorld
import uk.reviewhub.security.AccessTokens
import spock.lang.TempDir
import uk.reviewhub.pack.PackProblem
import uk.reviewhub.pack.PackSource
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.partnership.domain.PackProblemsException
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PackWorld
import io.micronaut.http.HttpRequest

import java.nio.file.Files
import java.nio.file.Path
import java.sql.Connection

// Not transactional: the loader binds each pack's tenant when it takes its own connection.
class PackLoaderSpec extends IntegrationSpec {

    static final List<String> SALFORD_FILES = ['pack.yaml', 'group-case-review-and-audit.yaml', 'templates/agenda.mustache',
                                               'templates/minutes.mustache', 'templates/apology-follow-up-letter.mustache',
                                               'templates/terms-of-reference.mustache']

    @Inject
    PackLoader loader

    @Inject
    AccessTokens accessTokens

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @TempDir
    Path packs

    def "loading a pack twice changes nothing the second time, and a changed terms-of-reference field adds version 2"() {
        given: 'a copy of Salford under a slug of its own'
        String slug = copyOfSalford('salford-idem')

        when:
        def first = loader.load(PackSource.directory(packs))
        UUID tenant = first.loaded().first().tenantId()
        def countsAfterFirst = counts(tenant)
        def second = loader.load(PackSource.directory(packs))

        then:
        first.problems() == []
        !first.loaded().first().unchanged()
        countsAfterFirst == [agency: 14, review_group: 1, group_member: 18, terms_of_reference: 1, pack_load: 1]
        second.loaded().first().unchanged()
        second.loaded().first().changedRows() == 0
        counts(tenant) == countsAfterFirst

        when: 'the minutes deadline changes from 14 to 15 working days'
        edit("$slug/group-case-review-and-audit.yaml", 'workingDays: 14', 'workingDays: 15')
        def third = loader.load(PackSource.directory(packs))

        then: 'a second version, rows otherwise upserted in place'
        third.loaded().first().termsOfReferenceVersionsAdded() == 1
        counts(tenant) == countsAfterFirst + [terms_of_reference: 2, pack_load: 2]
        minutesDeadlines(tenant) == [1: 14, 2: 15]

        when: 'only a seat changes: no new terms-of-reference version'
        edit("$slug/group-case-review-and-audit.yaml", 'Principal Manager, Youth Offending Service', 'Head of Youth Justice')
        def fourth = loader.load(PackSource.directory(packs))

        then:
        fourth.loaded().first().termsOfReferenceVersionsAdded() == 0
        fourth.loaded().first().changedRows() == 2 // one seat removed, one added
        counts(tenant) == countsAfterFirst + [terms_of_reference: 2, pack_load: 3]
    }

    def "a changed pack #outcome when the current terms of reference were made by #madeBy"() {
        given: 'a Salford copy; its admin may have edited the terms of reference since the load'
        def world = new PackWorld(loader, accessTokens, [:]).person('admin', 'PARTNERSHIP_ADMIN')
        String path = "/api/groups/${world.groups.A}/terms-of-reference"
        if (madeBy == 'an admin') {
            def current = ApiCalls.get(client, path, world.tokens.admin).json
            assert ApiCalls.send(client, HttpRequest.PUT(path, current.findAll { k, v -> k != 'group' } +
                    [purpose: current.purpose + ' (revised)']), world.tokens.admin).status == 200
        }

        when: 'the pack changes a seat, and perhaps the minutes deadline'
        world.editGroup('A', 'Principal Manager, Youth Offending Service', 'Head of Youth Justice')
        world.editGroup('A', 'workingDays: 14', "workingDays: $minutesDays")
        def loaded = world.reload()
        def versions = ApiCalls.get(client, "$path/versions", world.tokens.admin).json

        then:
        !loaded.unchanged()
        loaded.termsOfReferenceVersionsAdded() == added
        loaded.termsOfReferenceNotApplied() == notApplied
        versions*.source == sources
        (versions.first().packChangeNotApplied != null) == !notApplied.empty
        lastLoadNotes(loaded.tenantId())*.groupCode == notApplied

        where: 'minutes are circulated within 14 working days in the pack as first loaded'
        madeBy     | minutesDays || added | notApplied                | sources            | outcome
        'the pack' | 15          || 1     | []                        | ['PACK', 'PACK']   | 'adds a version'
        'the pack' | 14          || 0     | []                        | ['PACK']           | 'adds no version for unchanged terms'
        'an admin' | 15          || 0     | ['case-review-and-audit'] | ['ADMIN', 'PACK']  | 'adds no version over the edit but notes the change'
        'an admin' | 14          || 0     | []                        | ['ADMIN', 'PACK']  | 'notes nothing when its terms are as it last wrote them'
    }

    def "a malformed pack loads nothing and is reported with file and line, while the others load"() {
        given:
        String good = copyOfSalford('salford-good')
        String bad = copyOfSalford('salford-bad')
        edit("$bad/group-case-review-and-audit.yaml", 'agency: housing', 'agency: hosuing')
        Files.writeString(packs.resolve('index.yaml'), "packs:\n  - $good\n  - $bad\n")
        int line = Files.readAllLines(packs.resolve("$bad/group-case-review-and-audit.yaml")).findIndexOf { it.contains('hosuing') } + 1

        when:
        def report = loader.load(PackSource.directory(packs))

        then:
        report.problems() == [new PackProblem("$bad/group-case-review-and-audit.yaml", line,
                "agency 'hosuing' is not one of the pack's agencies")]
        report.loaded()*.slug() == [good]
        !partnershipExists(bad)
        partnershipExists(good)
    }

    def "a pack's clock rules and bank-holiday division are written to its partnership, once, and its cases' timelines follow them"() {
        given: 'a Salford copy that allows 10 working days for rapid reviews and keeps Scottish bank holidays'
        String slug = copyOfSalford('salford-clocks')
        edit("$slug/pack.yaml", 'shortName: SSCB\n', """shortName: SSCB
calendarDivision: scotland
clocks:
  rapid-review: 10 working days after
  lcspr-publication: 9 months after
""")

        when:
        def first = loader.load(PackSource.directory(packs))
        UUID tenant = first.loaded().first().tenantId()
        def second = loader.load(PackSource.directory(packs))

        then: 'written on the first load; the second is unchanged'
        first.problems() == []
        clockSettings(tenant) == [overrides: [('rapid-review'): '10 working days after', ('lcspr-publication'): '9 months after'],
                                  division : 'scotland']
        second.loaded().first().unchanged()
        second.loaded().first().changedRows() == 0

        when: "a case notified on Tuesday 30 December 2025"
        def world = new CaseWorld(client, accessTokens, tenant, false)
        def c = world.newCase(awareOn: '2025-12-19', notifiedOn: '2025-12-30')
        def rapidReview = world.get("/api/cases/$c.id/timeline").json.find { it.code == 'rapid-review' }

        then: "10 working days, skipping Scotland's 1 and 2 January (England and Wales would give 14 January)"
        rapidReview.rule.startsWith('10 working days after')
        rapidReview.dueOn == '2026-01-15'

        when: 'the pack drops its clocks and its division'
        edit("$slug/pack.yaml", 'calendarDivision: scotland\nclocks:\n  rapid-review: 10 working days after\n  lcspr-publication: 9 months after\n', '')
        def third = loader.load(PackSource.directory(packs))
        rapidReview = world.get("/api/cases/$c.id/timeline").json.find { it.code == 'rapid-review' }

        then: 'the defaults again: 15 working days, England and Wales'
        !third.loaded().first().unchanged()
        third.loaded().first().changedRows() == 1
        clockSettings(tenant) == [overrides: [:], division: 'england-and-wales']
        rapidReview.rule.startsWith('15 working days after')
        rapidReview.dueOn == '2026-01-21'
    }

    def "a pack's region, child population and neighbours are written to its partnership, and dropping them clears them"() {
        given: 'a Salford copy with a population and neighbours'
        String slug = copyOfSalford('salford-national')
        edit("$slug/pack.yaml", 'region: north-west\n', """region: north-west
  childPopulation:
    count: 61000
    year: 2023
    source: ONS mid-year population estimates
  statisticalNeighbours: [wigan, bolton]
""")

        when:
        def first = loader.load(PackSource.directory(packs))
        UUID tenant = first.loaded().first().tenantId()

        then:
        first.problems() == []
        comparators(tenant) == ['north-west', 61000, 2023, 'ONS mid-year population estimates', '{wigan,bolton}']

        when: 'the pack gives the region only'
        edit("$slug/pack.yaml", """  childPopulation:
    count: 61000
    year: 2023
    source: ONS mid-year population estimates
  statisticalNeighbours: [wigan, bolton]
""", '')
        loader.load(PackSource.directory(packs))

        then: 'the population is missing again, never kept from before or estimated'
        comparators(tenant) == ['north-west', null, null, null, '{}']
    }

    private List comparators(UUID tenant) {
        asTenant(tenant) { Connection c ->
            def rows = c.createStatement().executeQuery("""select region, child_population, child_population_year,
                    child_population_source, statistical_neighbours::text from partnership""")
            rows.next()
            [rows.getString(1), rows.getObject(2), rows.getObject(3), rows.getString(4), rows.getString(5)]
        }
    }

    def "a bad clock rule (#rule) keeps the pack out, reported with file and line"() {
        given:
        String slug = copyOfSalford('salford-badclock')
        edit("$slug/pack.yaml", 'shortName: SSCB\n', "shortName: SSCB\nclocks:\n  rapid-review: $rule\n")

        when:
        def report = loader.load(PackSource.directory(packs))

        then:
        report.loaded() == []
        report.problems().size() == 1
        report.problems().first().file() == "$slug/pack.yaml"
        report.problems().first().line() == 8
        report.problems().first().reason().contains(reason)
        !partnershipExists(slug)

        where:
        rule                      | reason
        '5 working dayz after'    | "cannot read the clock rule '5 working dayz after'"
    }

    def "a start by the build that last loaded the packs reads none of them; another build, or none named, loads them"() {
        given: 'a Salford copy, read through a source that counts what it is asked for'
        String slug = copyOfSalford('salford-build')
        List<String> reads = []
        PackSource base = PackSource.directory(packs)
        PackSource counted = { String path -> reads << path; base.read(path) } as PackSource
        def startup = startup()
        String buildA = 'a' * 64
        String buildB = 'b' * 64

        when: 'build A loads them'
        def first = startup.loadShipped(counted, Optional.of(buildA))
        UUID tenant = first.orElseThrow().loaded().first().tenantId()
        def countsAfterFirst = counts(tenant)

        then: 'and is recorded as their last load'
        first.get().loaded()*.slug() == [slug]
        reads.contains("$slug/pack.yaml".toString())
        shippedBuild() == buildA

        when: 'build A starts again'
        reads.clear()
        def second = startup.loadShipped(counted, Optional.of(buildA))

        then: 'nothing read, nothing written'
        second.isEmpty()
        reads == []
        counts(tenant) == countsAfterFirst

        when: 'build B starts, with a pack of its own'
        edit("$slug/group-case-review-and-audit.yaml", 'workingDays: 14', 'workingDays: 15')
        def third = startup.loadShipped(counted, Optional.of(buildB))

        then: 'it reads and loads them, and is recorded'
        third.get().loaded().first().termsOfReferenceVersionsAdded() == 1
        reads.contains("$slug/pack.yaml".toString())
        shippedBuild() == buildB

        when: 'a start that names no build (classes from outside the build, or demo accounts to load)'
        reads.clear()
        def fourth = startup.loadShipped(counted, Optional.empty())

        then: 'always reads them, and leaves the record as it was'
        fourth.get().loaded().first().unchanged()
        !reads.isEmpty()
        shippedBuild() == buildB

        cleanup:
        forgetShippedBuild()
    }

    def "a load with a problem records no build, so the next start by that build reads the packs again"() {
        given:
        String bad = copyOfSalford('salford-unrecorded')
        edit("$bad/group-case-review-and-audit.yaml", 'agency: housing', 'agency: hosuing')
        String build = 'c' * 64
        def startup = startup()

        when:
        startup.loadShipped(PackSource.directory(packs), Optional.of(build))

        then:
        PackProblemsException e = thrown()
        e.problems()*.file() == ["$bad/group-case-review-and-audit.yaml".toString()]
        shippedBuild() == null

        when: 'the same build starts again'
        startup.loadShipped(PackSource.directory(packs), Optional.of(build))

        then: 'it reads the packs and reports the problem again'
        thrown(PackProblemsException)

        cleanup:
        forgetShippedBuild()
    }

    /** The start-up's pack loading (package-private in the domain package, so found by name). */
    private Object startup() {
        context.getBean(Class.forName('uk.reviewhub.partnership.domain.PartnershipStartup'))
    }

    private String shippedBuild() {
        asOwner { Sql sql -> sql.firstRow('select build_identity from shipped_packs_load')?.build_identity }
    }

    private void forgetShippedBuild() {
        asOwner { Sql sql -> sql.execute('delete from shipped_packs_load') }
    }

    private String copyOfSalford(String prefix) {
        String slug = prefix + '-' + UUID.randomUUID().toString().substring(0, 8)
        Files.createDirectories(packs.resolve(slug))
        SALFORD_FILES.each { name ->
            String text = PackSource.classpath().read("salford/$name").orElseThrow()
            Files.createDirectories(packs.resolve(slug).resolve(name).parent)
            Files.writeString(packs.resolve(slug).resolve(name), text.replace('slug: salford', "slug: $slug"))
        }
        Files.writeString(packs.resolve('index.yaml'), "packs:\n  - $slug\n")
        slug
    }

    private void edit(String path, String find, String replace) {
        Path file = packs.resolve(path)
        String text = Files.readString(file)
        assert text.contains(find)
        Files.writeString(file, text.replace(find, replace))
    }

    private Map<String, Integer> counts(UUID tenant) {
        asTenant(tenant) { Connection c ->
            ['agency', 'review_group', 'group_member', 'terms_of_reference', 'pack_load'].collectEntries { table ->
                def rows = c.createStatement().executeQuery("select count(*) from $table")
                rows.next()
                [(table): rows.getInt(1)]
            }
        }
    }

    private Map<Integer, Integer> minutesDeadlines(UUID tenant) {
        asTenant(tenant) { Connection c ->
            def rows = c.createStatement().executeQuery('''
                select version, (select (d ->> 'workingDays')::int from jsonb_array_elements(deadlines) d
                                  where d ->> 'code' = 'minutes-circulated') as days
                  from terms_of_reference order by version''')
            Map<Integer, Integer> days = [:]
            while (rows.next()) {
                days[rows.getInt(1)] = rows.getInt(2)
            }
            days
        }
    }

    /** The notes of the partnership's latest pack load on terms of reference it did not apply. */
    private List<Map> lastLoadNotes(UUID tenant) {
        asTenant(tenant) { Connection c ->
            def rows = c.createStatement().executeQuery('select terms_not_applied::text from pack_load order by loaded_at desc, id limit 1')
            rows.next()
            new groovy.json.JsonSlurper().parseText(rows.getString(1)) as List<Map>
        }
    }

    private Map clockSettings(UUID tenant) {
        asTenant(tenant) { Connection c ->
            def rows = c.createStatement().executeQuery('select clock_overrides::text, calendar_division from partnership')
            rows.next()
            [overrides: new groovy.json.JsonSlurper().parseText(rows.getString(1)), division: rows.getString(2)]
        }
    }

    /** As the owner role (BYPASSRLS), which sees every partnership. */
    private boolean partnershipExists(String slug) {
        asOwner { Sql sql -> sql.firstRow('select count(*) as n from partnership where slug = ?', [slug]).n == 1 }
    }

    /** {@code work} on a connection as the owner role (no row-level security), closed after. */
    private <T> T asOwner(Closure<T> work) {
        Connection c = postgres.ownerConnection()
        try {
            work(new Sql(c))
        } finally {
            c.close()
        }
    }

    private <T> T asTenant(UUID tenant, Closure<T> work) {
        Connection c = postgres.appConnection()
        try {
            def bind = c.prepareStatement("select set_config('app.tenant_id', ?, false)")
            bind.setString(1, tenant.toString())
            bind.executeQuery().close()
            work(c)
        } finally {
            c.close()
        }
    }
}
