package uk.reviewhub.platform

import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.platform.PlatformApi
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.identity.domain.SignInRejected
import uk.reviewhub.identity.domain.SignInService
import uk.reviewhub.pack.PackReader
import uk.reviewhub.pack.PackSource
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.platform.domain.OffboardingJob
import uk.reviewhub.platform.domain.PlatformConsole
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PackWorld
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.MovableClock

import java.sql.Connection
import java.time.Duration
import java.time.OffsetDateTime
import java.util.zip.ZipInputStream

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * The platform console (issue 11, item 7), in the order a partnership goes through it: listed with
 * its status and counts; suspended (nobody signs in, tokens stop, data kept) and reactivated;
 * exported (a zip whose pack reads back through the pack reader); offboarded (cancellable during
 * the grace period, deletable only after it); deleted, with nothing of it left in any table and
 * another partnership untouched.
 */
@Stepwise
class PlatformConsoleSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject PackLoader loader
    @Inject SignInService signIns
    @Inject OffboardingJob job
    @Inject PlatformConsole console
    @Inject MovableClock clock

    @Inject
    @Client('/')
    HttpClient client

    @Shared PackWorld world
    @Shared PackWorld other
    @Shared UUID platformAdmin
    @Shared String signInEmail
    @Shared UUID signInUser
    @Shared Map<String, Integer> otherRowsBefore

    def setup() {
        if (world != null) {
            return
        }
        world = new PackWorld(loader, accessTokens, [:])
                .person('admin', 'PARTNERSHIP_ADMIN')
                .person('support', 'BUSINESS_SUPPORT', 'A', 'Senior Business Support Officer')
        other = new PackWorld(loader, accessTokens, [:]).person('admin', 'PARTNERSHIP_ADMIN')
        assert post(client, "/api/groups/${world.groups.A}/meetings", [title: 'Rapid review',
                scheduledStart: '2026-12-10T10:00', reason: 'Serious incident notified'], world.tokens.support).status == 200
        platformAdmin = TestUsers.user(name: 'Platform Admin', platformRoles: ['PLATFORM_ADMIN'])
        signInEmail = TestUsers.uniqueEmail('console-member')
        signInUser = TestUsers.user(email: signInEmail, name: 'Console Member')
        TestUsers.member(signInUser, world.tenant, ['MEMBER'])
    }

    def cleanup() {
        clock.reset()
    }

    String platform() {
        accessTokens.issue(platformAdmin, null, ['PLATFORM_ADMIN'], 'Platform Admin', 'platform@example.org').token()
    }

    String path(String template, UUID id = world.tenant) {
        template.replace('{partnershipId}', id.toString())
    }

    def "platform admins see every partnership with its status and counts, and nothing of any case"() {
        when:
        def list = get(client, PlatformApi.PARTNERSHIPS, platform())
        def mine = list.json.find { it.id == world.tenant.toString() }

        then:
        list.status == 200
        mine.slug.startsWith('world-')
        mine.status == 'ACTIVE'
        mine.statusLabel == 'Active'
        mine.members == 3
        mine.groups == 1
        mine.meetings == 1
        mine.openReviews == 0

        and: 'one partnership by id; an unknown one is not found'
        get(client, path(PlatformApi.PARTNERSHIP), platform()).json.meetings == 1
        get(client, path(PlatformApi.PARTNERSHIP, UUID.randomUUID()), platform()).status == 404

        and: 'a platform admin reads no case, CAP or meeting of any partnership'
        get(client, ApiPaths.CASES, platform()).status == 403
        get(client, ApiPaths.CAP, platform()).status == 403
        get(client, "/api/groups/${world.groups.A}/meetings", platform()).status == 403
    }

    def "suspending needs a reason and an existing partnership"() {
        expect:
        with(post(client, path(PlatformApi.SUSPENSION), [:], platform())) {
            status == 400
            json.errors*.field == ['reason']
        }
        with(post(client, path(PlatformApi.SUSPENSION), [reason: '   '], platform())) {
            status == 400
            json.errors*.field == ['reason']
        }
        post(client, path(PlatformApi.SUSPENSION, UUID.randomUUID()), [reason: 'Unpaid'], platform()).status == 404
        post(client, path(PlatformApi.REACTIVATION, UUID.randomUUID()), [reason: 'Paid'], platform()).status == 404
    }

    def "a suspended partnership cannot sign in, its tokens stop working, and its data is kept"() {
        given: 'a member signed in, with a refresh token, and a support officer with a token'
        def signedIn = post(client, ApiPaths.SIGN_IN, [email: signInEmail, password: TestUsers.PASSWORD]).json
        assert get(client, ApiPaths.ME, signedIn.accessToken as String).status == 200
        assert get(client, ApiPaths.GROUPS, world.tokens.support).status == 200

        when:
        def suspended = post(client, path(PlatformApi.SUSPENSION), [reason: ' Contract ended pending renewal '], platform())

        then:
        suspended.status == 200
        suspended.json.status == 'SUSPENDED'
        suspended.json.statusReason == 'Contract ended pending renewal'
        suspended.json.meetings == 1

        and: 'sign-in, refresh, the proven path and tokens already issued are all refused'
        post(client, ApiPaths.SIGN_IN, [email: signInEmail, password: TestUsers.PASSWORD]).status == 401
        post(client, ApiPaths.REFRESH, [refreshToken: signedIn.refreshToken]).status == 401
        get(client, ApiPaths.ME, signedIn.accessToken as String).status == 401
        get(client, ApiPaths.GROUPS, world.tokens.support).status == 401

        when:
        signIns.signInProven(signInUser, world.tenant)

        then:
        thrown(SignInRejected)

        and: 'the other partnership carries on'
        get(client, ApiPaths.GROUPS, other.tokens.admin).status == 200

        and: 'suspending twice is refused as a state rule'
        post(client, path(PlatformApi.SUSPENSION), [reason: 'Again'], platform()).status == 422
    }

    def "a reactivated partnership signs in again with its data as it was"() {
        when:
        def reactivated = post(client, path(PlatformApi.REACTIVATION), [reason: 'Renewed'], platform())

        then:
        reactivated.status == 200
        reactivated.json.status == 'ACTIVE'
        reactivated.json.meetings == 1

        and:
        def signedIn = post(client, ApiPaths.SIGN_IN, [email: signInEmail, password: TestUsers.PASSWORD])
        signedIn.status == 200
        get(client, ApiPaths.ME, signedIn.json.accessToken as String).status == 200
        get(client, ApiPaths.GROUPS, world.tokens.support).status == 200

        and: 'reactivating an active one is refused'
        post(client, path(PlatformApi.REACTIVATION), [reason: 'Again'], platform()).status == 422
    }

    def "offboarding needs an export first"() {
        expect:
        with(post(client, path(PlatformApi.OFFBOARDING), [reason: 'Leaving the platform'], platform())) {
            status == 422
            json.detail.contains('Export')
        }
    }

    def "the export is a zip of the pack, readable by the pack reader, and every table's records"() {
        when:
        def answer = exportZip(world.tenant)
        Map<String, String> files = answer.files
        String slug = get(client, path(PlatformApi.PARTNERSHIP), platform()).json.slug

        then:
        answer.status == 200
        answer.contentType == PlatformApi.ZIP
        files.keySet().containsAll(["pack/$slug/pack.yaml".toString(), "pack/$slug/group-case-review-and-audit.yaml".toString(),
                                    'records/agency.json', 'records/meeting.json', 'records/group_member.json',
                                    'records/terms_of_reference.json', 'records/audit_event.json', 'records/people.json',
                                    'manifest.json'])

        when: 'the exported pack is read back through the pack reader'
        def exported = new PackReader().read({ String p -> Optional.ofNullable(files["pack/$p".toString()]) } as PackSource, slug)
        def original = new PackReader().read(PackSource.classpath(), 'salford').value()

        then: 'it is valid, and its agencies, groups, seats and terms of reference are the partnership`s'
        exported.problems() == []
        with(exported.value()) {
            name() == original.name()
            shortName() == original.shortName()
            agencies()*.code == original.agencies()*.code
            agencies()*.kind == original.agencies()*.kind
            agencies()*.statutoryPartner == original.agencies()*.statutoryPartner
            groups()*.code == original.groups()*.code
            groups()*.name == original.groups()*.name
            groups()[0].members()*.positionTitle as Set == original.groups()[0].members().findAll {
                it.endDate() == null || !it.endDate().isBefore(java.time.LocalDate.now())
            }*.positionTitle as Set
            groups()[0].termsOfReference() == original.groups()[0].termsOfReference()
            clocks() == original.clocks()
            calendarDivision() == original.calendarDivision()
        }

        and: 'the records are this partnership`s only, one file per table, with no password hash'
        def meetings = new JsonSlurper().parseText(files['records/meeting.json'])
        meetings.size() == 1
        meetings[0].tenant_id == world.tenant.toString()
        new JsonSlurper().parseText(files['records/agency.json'])*.tenant_id.unique() == [world.tenant.toString()]
        new JsonSlurper().parseText(files['records/people.json']).size() == 3
        !files.values().any { it.contains('password_hash') }
        new JsonSlurper().parseText(files['manifest.json']).tables.meeting == 1

        and: 'the export is in the platform`s record'
        get(client, PlatformApi.EVENTS, platform()).json.find { it.partnershipId == world.tenant.toString() }.action == 'EXPORTED'
    }

    def "offboarding waits out the grace period, and may be cancelled during it"() {
        when:
        def started = post(client, path(PlatformApi.OFFBOARDING), [reason: 'Leaving the platform'], platform())

        then:
        started.status == 200
        started.json.status == 'OFFBOARDING'
        Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(started.json.deleteAfter as String)).toDays() in [29L, 30L]
        post(client, ApiPaths.SIGN_IN, [email: signInEmail, password: TestUsers.PASSWORD]).status == 401

        and: 'deleting now is refused during the grace period, and so is reactivating'
        post(client, path(PlatformApi.DELETION), [confirmSlug: slug()], platform()).status == 422
        post(client, path(PlatformApi.REACTIVATION), [reason: 'Back'], platform()).status == 422
        job.run() == 0

        when:
        def cancelled = post(client, path(PlatformApi.OFFBOARDING_CANCELLATION), [reason: 'Changed their mind'], platform())

        then: 'the partnership stays suspended, data and all'
        cancelled.status == 200
        cancelled.json.status == 'SUSPENDED'
        cancelled.json.deleteAfter == null
        cancelled.json.meetings == 1
    }

    def "after the grace period the offboarding cannot be cancelled, and deletion removes every row of the partnership"() {
        given:
        assert post(client, path(PlatformApi.OFFBOARDING), [reason: 'Leaving for good'], platform()).status == 200
        otherRowsBefore = rowsOf(other.tenant)
        Map<String, Integer> before = rowsOf(world.tenant)
        assert before.agency > 0 && before.meeting == 1 && before.group_member > 0 && before.partnership == 1

        when: 'the grace period passes'
        clock.advance(Duration.ofDays(31))

        then: 'it can no longer be cancelled, and deleting needs the partnership named'
        post(client, path(PlatformApi.OFFBOARDING_CANCELLATION), [reason: 'Too late'], platform()).status == 422
        with(post(client, path(PlatformApi.DELETION), [confirmSlug: 'another-one'], platform())) {
            status == 400
            json.errors*.field == ['confirmSlug']
        }

        when:
        def deleted = post(client, path(PlatformApi.DELETION), [confirmSlug: slug()], platform())

        then:
        deleted.status == 200
        deleted.json.action == 'DELETED'

        and: 'nothing of it is left in any table, nor its people'
        rowsOf(world.tenant).findAll { it.value > 0 } == [:]
        !userExists(signInUser)
        !userExists(world.users.support)
        get(client, path(PlatformApi.PARTNERSHIP), platform()).status == 404

        and: 'the other partnership is untouched'
        rowsOf(other.tenant) == otherRowsBefore
        get(client, ApiPaths.GROUPS, accessTokens.issue(other.users.admin, other.tenant, ['PARTNERSHIP_ADMIN'], 'admin',
                'admin@example.org').token()).status == 200

        and: 'the platform`s record keeps what happened'
        get(client, PlatformApi.EVENTS, platform()).json.findAll { it.partnershipId == world.tenant.toString() }*.action ==
                ['DELETED', 'OFFBOARDING_STARTED', 'OFFBOARDING_CANCELLED', 'OFFBOARDING_STARTED', 'EXPORTED', 'REACTIVATED',
                 'SUSPENDED']
    }

    def "the offboarding job deletes partnerships whose grace period is over, and only those"() {
        given:
        def leaving = new PackWorld(loader, accessTokens, [:]).person('admin', 'PARTNERSHIP_ADMIN')
        def staying = new PackWorld(loader, accessTokens, [:]).person('admin', 'PARTNERSHIP_ADMIN')
        assert exportZip(leaving.tenant).status == 200
        assert post(client, path(PlatformApi.OFFBOARDING, leaving.tenant), [reason: 'Leaving'], platform()).status == 200
        clock.advance(Duration.ofDays(20))
        assert exportZip(staying.tenant).status == 200
        assert post(client, path(PlatformApi.OFFBOARDING, staying.tenant), [reason: 'Leaving later'], platform()).status == 200

        when:
        clock.advance(Duration.ofDays(11))
        int deleted = job.run()

        then:
        deleted == 1
        rowsOf(leaving.tenant).findAll { it.value > 0 } == [:]
        rowsOf(staying.tenant).partnership == 1

        when: 'the server restarts with both packs still on disk'
        def leavingAgain = leaving.restart()
        def stayingAgain = staying.restart()

        then: 'the deleted partnership does not come back; the other loads as before'
        leavingAgain.loaded() == []
        leavingAgain.deleted().size() == 1
        leavingAgain.problems() == []
        rowsOf(leaving.tenant).findAll { it.value > 0 } == [:]
        stayingAgain.loaded()*.tenantId() == [staying.tenant]
        stayingAgain.deleted() == []
    }

    def "two replicas running the offboarding job at once delete a due partnership once, and record it once"() {
        given:
        def leaving = new PackWorld(loader, accessTokens, [:]).person('admin', 'PARTNERSHIP_ADMIN')
        assert exportZip(leaving.tenant).status == 200
        assert post(client, path(PlatformApi.OFFBOARDING, leaving.tenant), [reason: 'Leaving'], platform()).status == 200
        clock.advance(Duration.ofDays(31))
        List<UUID> due = console.dueForDeletion()
        assert leaving.tenant in due
        def start = new java.util.concurrent.CountDownLatch(1)
        def pool = java.util.concurrent.Executors.newFixedThreadPool(2)

        when: 'both start together'
        def runs = (1..2).collect { pool.submit({ start.await(); job.run() } as java.util.concurrent.Callable<Integer>) }
        start.countDown()
        List<Integer> deleted = runs*.get()
        pool.shutdown()

        then: 'each due partnership counted by one of the two runs'
        deleted.sum() == due.size()
        rowsOf(leaving.tenant).findAll { it.value > 0 } == [:]
        get(client, PlatformApi.EVENTS, platform()).json.findAll { it.partnershipId == leaving.tenant.toString() }*.action ==
                ['DELETED', 'OFFBOARDING_STARTED', 'EXPORTED']

        and: 'a run that finds it gone (its list read before the other deleted it) deletes and records nothing'
        !console.deleteDue(leaving.tenant).present
    }

    String slug() {
        PostgresFixture.get().ownerConnection().withCloseable { Connection c ->
            def s = c.prepareStatement('select slug from partnership where tenant_id = ?')
            s.setObject(1, world.tenant)
            def rows = s.executeQuery()
            rows.next()
            rows.getString(1)
        }
    }

    Map exportZip(UUID tenant) {
        def request = HttpRequest.GET(path(PlatformApi.EXPORT, tenant)).bearerAuth(platform())
        def response = client.toBlocking().exchange(request, byte[])
        Map<String, String> files = [:]
        new ZipInputStream(new ByteArrayInputStream(response.body())).withCloseable { zip ->
            def entry
            while ((entry = zip.nextEntry) != null) {
                files[entry.name] = new String(zip.readAllBytes(), 'UTF-8')
            }
        }
        [status: response.code(), contentType: response.contentType.map { it.toString() }.orElse(null), files: files]
    }

    /** Rows naming the partnership, per table (by tenant_id, and refresh tokens by partnership_id), read as the owner. */
    static Map<String, Integer> rowsOf(UUID tenant) {
        PostgresFixture.get().ownerConnection().withCloseable { Connection c ->
            def tables = c.createStatement().executeQuery('''
                select table_name, column_name from information_schema.columns
                 where table_schema = 'public' and column_name in ('tenant_id', 'partnership_id') and data_type = 'uuid'
                   and table_name in (select table_name from information_schema.tables
                                       where table_schema = 'public' and table_type = 'BASE TABLE')
                   and table_name <> 'platform_event'
                 order by 1''')
            Map<String, Integer> counts = [:]
            List<List<String>> list = []
            while (tables.next()) {
                list << [tables.getString(1), tables.getString(2)]
            }
            list.each { t ->
                def s = c.prepareStatement("select count(*) from \"${t[0]}\" where \"${t[1]}\" = ?")
                s.setObject(1, tenant)
                def rows = s.executeQuery()
                rows.next()
                counts[t[0]] = rows.getInt(1)
            }
            counts
        }
    }

    static boolean userExists(UUID id) {
        PostgresFixture.get().ownerConnection().withCloseable { Connection c ->
            def s = c.prepareStatement('select 1 from app_user where id = ?')
            s.setObject(1, id)
            s.executeQuery().next()
        }
    }
}
