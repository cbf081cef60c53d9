package uk.reviewhub.membership

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.TempDir
import uk.reviewhub.casereview.CaseWorld
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.LondonTime

import java.nio.file.Path
import java.sql.Connection
import java.sql.SQLException
import java.time.Clock
import java.time.LocalDate

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Partnership admins manage their groups' members and their agencies, with history. Each feature
 * works on a copy of Salford's pack loaded as a partnership of its own.
 */
class MembershipApiSpec extends IntegrationSpec {

    @Inject PackLoader loader
    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    @TempDir
    Path packs

    PackCopy pack
    CaseWorld world
    String groupId
    Map<String, Map> agencies

    def setup() {
        pack = new PackCopy(loader, packs, 'membership')
        pack.load()
        world = new CaseWorld(client, accessTokens, pack.tenant, false)
        groupId = get(client, '/api/groups', admin).json.first().id
        agencies = get(client, '/api/agencies', admin).json.collectEntries { [(it.code): it] }
    }

    String getAdmin() { world.tokens.PARTNERSHIP_ADMIN }

    LocalDate getToday() { LondonTime.today(clock) }

    ApiCalls.Answer put(String path, Object body, String bearer) {
        ApiCalls.send(client, HttpRequest.PUT(path, body), bearer)
    }

    Map seat(String title, String status = 'all') {
        get(client, "/api/groups/$groupId/members?status=$status", admin).json.agencies*.members.flatten()
                .find { it.positionTitle == title } as Map
    }

    Map newMember(Map overrides = [:]) {
        [agencyId: agencies.police.id, positionTitle: 'Detective Chief Inspector, Public Protection', groupRole: 'MEMBER',
         membershipKind: 'CO_OPTED', startDate: today.minusDays(10).toString(), endDate: null, userId: null, deputy: null,
         reason: 'Co-opted for the thematic review'] + overrides
    }

    def "an admin adds a co-opted member with a standing deputy; everyone in the partnership reads it, with its history"() {
        when:
        def added = post(client, "/api/groups/$groupId/members", newMember(
                userId: world.users.MEMBER.toString(),
                deputy: [post: 'Detective Inspector, Public Protection', name: 'Sam Patel', delegatedAuthority: true,
                         from: today.toString(), to: null]), admin)

        then:
        added.status == 201
        added.json.membershipKind == 'CO_OPTED'
        added.json.source == 'ADMIN'
        added.json.current
        added.json.userId == world.users.MEMBER.toString()
        added.json.deputy == [post: 'Detective Inspector, Public Protection', name: 'Sam Patel', delegatedAuthority: true,
                              from: today.toString()]

        and: 'the linked person is one of the partnership people the admin may choose from'
        get(client, '/api/partnership/people', admin).json.find { it.id == world.users.MEMBER.toString() } ==
                [id: world.users.MEMBER.toString(), displayName: 'Test MEMBER', roles: ['MEMBER']]
        get(client, '/api/partnership/people', admin).json.size() == 5

        and: 'a chair reads it in the group list, under Police'
        def members = get(client, "/api/groups/$groupId/members", world.chair).json
        def police = members.agencies.find { it.agency.code == 'police' }
        police.members*.positionTitle.contains('Detective Chief Inspector, Public Protection')

        and: 'the history says who added it and with which values'
        def history = get(client, "/api/groups/$groupId/members/$added.json.id/history", world.tokens.MEMBER).json
        history.size() == 1
        history[0].action == 'ADDED'
        history[0].source == 'ADMIN'
        history[0].changedBy == world.users.PARTNERSHIP_ADMIN.toString()
        history[0].changedByName == 'Test PARTNERSHIP_ADMIN'
        history[0].reason == 'Co-opted for the thematic review'
        history[0].changes.find { it.field == 'membershipKind' } == [field: 'membershipKind', after: 'CO_OPTED']
        history[0].changes.find { it.field == 'deputy' }.after == 'Sam Patel, Detective Inspector, Public Protection'
    }

    def "a meeting's attendance offers the member's standing deputy while the nomination stands"() {
        given: 'the housing lead has a standing deputy from 2028 until the end of June 2028'
        def housing = seat('Safeguarding Lead, Housing')
        assert put("/api/groups/$groupId/members/$housing.id", [agencyId: housing.agency.id, positionTitle: housing.positionTitle,
                groupRole: 'MEMBER', membershipKind: 'STANDING', version: housing.version,
                deputy: [name: 'Jo Lee', post: 'Housing Options Manager', delegatedAuthority: true, from: '2028-01-01',
                         to: '2028-06-30']], admin).status == 200
        String support = world.tokens.BUSINESS_SUPPORT
        def inJune = post(client, "/api/groups/$groupId/meetings", [title: 'Extra meeting in June',
                scheduledStart: '2028-06-05T10:00', reason: 'Backlog of cases'], support).json
        def inJuly = post(client, "/api/groups/$groupId/meetings", [title: 'Extra meeting in July',
                scheduledStart: '2028-07-03T10:00', reason: 'Backlog of cases'], support).json

        expect:
        get(client, "/api/meetings/$inJune.id/attendance", support).json.seats.find { it.memberId == housing.id }.standingDeputy ==
                [name: 'Jo Lee', post: 'Housing Options Manager', delegatedAuthority: true, from: '2028-01-01', to: '2028-06-30']
        get(client, "/api/meetings/$inJuly.id/attendance", support).json.seats.find { it.memberId == housing.id }.standingDeputy == null
    }

    def "a change is written over the version read, and the history keeps each field before and after"() {
        given: "a seat from the pack"
        def before = seat('Senior Lead, CAMHS')
        assert before.source == 'PACK'
        String path = "/api/groups/$groupId/members/$before.id"
        def change = [agencyId: before.agency.id, positionTitle: 'Clinical Lead, CAMHS', groupRole: 'ADVISER',
                      membershipKind: 'STANDING', startDate: '2024-04-01', endDate: null, userId: null,
                      deputy: [post: 'Team Manager, CAMHS', delegatedAuthority: false], reason: 'New post holder',
                      version: before.version]

        when:
        def saved = put(path, change, admin)

        then:
        saved.status == 200
        saved.json.positionTitle == 'Clinical Lead, CAMHS'
        saved.json.groupRole == 'ADVISER'
        saved.json.source == 'ADMIN'
        saved.json.version == before.version + 1
        saved.json.deputy.post == 'Team Manager, CAMHS'

        and:
        def history = get(client, "$path/history", admin).json
        history*.action == ['ADDED', 'CHANGED']
        history[0].source == 'PACK'
        history[1].reason == 'New post holder'
        history[1].changes.collectEntries { [(it.field): [it.before, it.after]] } == [
                positionTitle: ['Senior Lead, CAMHS', 'Clinical Lead, CAMHS'],
                groupRole    : ['MEMBER', 'ADVISER'],
                startDate    : [null, '2024-04-01'],
                deputy       : [null, 'Team Manager, CAMHS'],
                deputyDelegatedAuthority: [null, 'no']]

        when: 'the same change again over the version read before'
        def stale = put(path, change + [positionTitle: 'Other'], admin)

        then:
        stale.status == 409
        stale.contentType == 'application/problem+json'
        stale.json.detail.contains('changed by someone else')

        and: 'saving a pack seat without changing anything leaves it as it is, still the pack\'s'
        def other = seat('Senior Business Support Officer')
        def unchanged = put("/api/groups/$groupId/members/$other.id", [agencyId: other.agency.id, positionTitle: other.positionTitle,
                groupRole: other.groupRole, membershipKind: other.membershipKind, version: other.version], admin)
        unchanged.status == 200
        unchanged.json.source == 'PACK'
        unchanged.json.version == other.version
        get(client, "/api/groups/$groupId/members/$other.id/history", admin).json*.action == ['ADDED']

        and: 'without a version it is refused as a bad request naming the field'
        def missing = put(path, change + [version: null], admin)
        missing.status == 400
        missing.json.errors == [[field: 'version', message: missing.json.detail]]
    }

    def "an ended member stays as a former member with the reason; ending again is a conflict"() {
        given:
        def member = seat('Safeguarding Lead, Housing')
        String path = "/api/groups/$groupId/members/$member.id"

        when:
        def ended = post(client, "$path/end", [endDate: today.minusDays(1).toString(), reason: 'Post deleted in restructure',
                                                 version: member.version], admin)

        then:
        ended.status == 200
        ended.json.endDate == today.minusDays(1).toString()
        ended.json.endReason == 'Post deleted in restructure'
        !ended.json.current

        and: 'all members (the default) include it; current members do not'
        seat('Safeguarding Lead, Housing').endReason == 'Post deleted in restructure'
        seat('Safeguarding Lead, Housing', 'current') == null
        get(client, "/api/groups/$groupId/members?status=sometimes", admin).status == 400

        and: 'the history has the end, with its reason'
        def last = get(client, "$path/history", admin).json.last()
        last.action == 'ENDED'
        last.reason == 'Post deleted in restructure'
        last.changes.find { it.field == 'endDate' }.after == today.minusDays(1).toString()

        when:
        def again = post(client, "$path/end", [endDate: today.toString(), reason: 'Again', version: ended.json.version], admin)

        then:
        again.status == 422
        again.json.detail == "This membership already ended on ${today.minusDays(1)}.".toString()
    }

    def "the group's only current chair is not ended, or moved out of the chair, unless that is confirmed"() {
        given:
        def chair = seat("Head of Children's Safeguarding")
        String path = "/api/groups/$groupId/members/$chair.id"
        def end = [endDate: today.toString(), reason: 'Retired', version: chair.version]

        when:
        def refused = post(client, "$path/end", end, admin)
        def demoted = put(path, [agencyId: chair.agency.id, positionTitle: chair.positionTitle, groupRole: 'MEMBER',
                                 membershipKind: 'STANDING', version: chair.version], admin)

        then:
        refused.status == 422
        refused.json.detail.contains("only current chair")
        demoted.status == 422

        when:
        def confirmed = post(client, "$path/end", end + [confirmNoChair: true], admin)

        then:
        confirmed.status == 200
        get(client, "$path/history", admin).json.last().reason == 'Retired (Confirmed: the group is left without a current chair.)'
    }

    def "a second chair may take over without confirmation"() {
        given:
        def chair = seat("Head of Children's Safeguarding")
        post(client, "/api/groups/$groupId/members", newMember(positionTitle: 'Independent Chair', groupRole: 'CHAIR',
                membershipKind: 'STANDING', agencyId: agencies.'sscb-business-unit'.id), admin)

        expect:
        post(client, "/api/groups/$groupId/members/$chair.id/end",
                [endDate: today.toString(), reason: 'Handed over', version: chair.version], admin).status == 200
    }

    def "#problem: 400 naming #field"() {
        given:
        def otherAgency = get(client, '/api/agencies', new DemoTokens(accessTokens).token('admin@norfolk.demo')).json.first().id
        def otherUser = firstUserOf('norfolk')
        Map body = newMember(change.call(otherAgency, otherUser, today))

        when:
        def answer = post(client, "/api/groups/$groupId/members", body, admin)

        then:
        answer.status == 400
        answer.contentType == 'application/problem+json'
        answer.json.errors*.field == [field]

        where:
        problem                                  | field            | change
        'the end before the start'               | 'endDate'        | { a, u, d -> [startDate: d.toString(), endDate: d.minusDays(1).toString()] }
        'no agency'                              | 'agencyId'       | { a, u, d -> [agencyId: null] }
        'an unknown agency'                      | 'agencyId'       | { a, u, d -> [agencyId: UUID.randomUUID().toString()] }
        "another partnership's agency"           | 'agencyId'       | { a, u, d -> [agencyId: a] }
        "a person of another partnership"        | 'userId'         | { a, u, d -> [userId: u.toString()] }
        'an unknown person'                      | 'userId'         | { a, u, d -> [userId: UUID.randomUUID().toString()] }
        'an unknown role'                        | 'groupRole'      | { a, u, d -> [groupRole: 'PRESIDENT'] }
        'an unknown kind of membership'          | 'membershipKind' | { a, u, d -> [membershipKind: 'HONORARY'] }
        'no post'                                | 'positionTitle'  | { a, u, d -> [positionTitle: ' '] }
        "a deputy's dates the wrong way round"   | 'deputy.to'      | { a, u, d -> [deputy: [post: 'DI', from: '2026-02-01', to: '2026-01-01']] }
        'a deputy with authority but no name'    | 'deputy.post'    | { a, u, d -> [deputy: [delegatedAuthority: true]] }
    }

    def "an end date before the start date is refused naming the field"() {
        given:
        def member = seat('Senior Lead, CAMHS')
        put("/api/groups/$groupId/members/$member.id", [agencyId: member.agency.id, positionTitle: member.positionTitle,
                groupRole: 'MEMBER', membershipKind: 'STANDING', startDate: '2025-01-01', version: member.version], admin)

        when:
        def answer = post(client, "/api/groups/$groupId/members/$member.id/end",
                [endDate: '2024-12-31', reason: 'Left', version: member.version + 1], admin)

        then:
        answer.status == 400
        answer.json.errors*.field == ['endDate']
        answer.json.detail == 'The end date is before the start date (2025-01-01).'
    }

    def "#role may #what: #status"() {
        given:
        def member = seat('Senior Lead, CAMHS')
        def agency = agencies.police
        String token = world.tokens[role]
        def request = [
                add         : { post(client, "/api/groups/$groupId/members", newMember(), token) },
                change      : { put("/api/groups/$groupId/members/$member.id", [agencyId: member.agency.id,
                        positionTitle: 'X', groupRole: 'MEMBER', membershipKind: 'STANDING', version: member.version], token) },
                end         : { post(client, "/api/groups/$groupId/members/$member.id/end",
                        [endDate: today.toString(), reason: 'Left', version: member.version], token) },
                'add agency': { post(client, '/api/agencies', [code: 'new-agency', name: 'New', kind: 'OTHER'], token) },
                'rename an agency': { put("/api/agencies/$agency.id", [name: 'Police (GMP)', kind: 'POLICE',
                        statutoryPartner: true, version: agency.version], token) },
                'read history': { get(client, "/api/groups/$groupId/members/$member.id/history", token) },
                'read the group history': { get(client, "/api/groups/$groupId/members-history", token) },
                "read an agency's history": { get(client, "/api/agencies/$agency.id/history", token) },
                'read members': { get(client, "/api/groups/$groupId/members?status=current", token) },
                'list people' : { get(client, '/api/partnership/people', token) },
        ][what]

        expect:
        request().status == status

        where:
        role                | what                     | status
        'PARTNERSHIP_ADMIN' | 'add'                    | 201
        'PARTNERSHIP_ADMIN' | 'change'                 | 200
        'PARTNERSHIP_ADMIN' | 'end'                    | 200
        'PARTNERSHIP_ADMIN' | 'add agency'             | 201
        'PARTNERSHIP_ADMIN' | 'rename an agency'       | 200
        'CHAIR'             | 'add'                    | 403
        'CHAIR'             | 'change'                 | 403
        'CHAIR'             | 'end'                    | 403
        'CHAIR'             | 'add agency'             | 403
        'CHAIR'             | 'rename an agency'       | 403
        'VICE_CHAIR'        | 'end'                    | 403
        'MEMBER'            | 'add'                    | 403
        'MEMBER'            | 'change'                 | 403
        'BUSINESS_SUPPORT'  | 'add'                    | 403
        'BUSINESS_SUPPORT'  | 'rename an agency'       | 403
        'NATIONAL_VIEWER'   | 'add'                    | 403
        'PLATFORM_ADMIN'    | 'add agency'             | 403
        'CHAIR'             | 'read history'           | 200
        'MEMBER'            | 'read the group history' | 200
        'BUSINESS_SUPPORT'  | "read an agency's history" | 200
        'MEMBER'            | 'read members'           | 200
        'NATIONAL_VIEWER'   | 'read history'           | 403
        'PARTNERSHIP_ADMIN' | 'list people'            | 200
        'CHAIR'             | 'list people'            | 403
    }

    def "another partnership's admin finds none of these ids: 404 on #what"() {
        given:
        def member = seat('Senior Lead, CAMHS')
        def agency = agencies.police
        String norfolk = new DemoTokens(accessTokens).token('admin@norfolk.demo')
        def request = [
                'adding to the group': { post(client, "/api/groups/$groupId/members", newMember(), norfolk) },
                'changing a member'  : { put("/api/groups/$groupId/members/$member.id", [agencyId: member.agency.id,
                        positionTitle: 'X', groupRole: 'MEMBER', membershipKind: 'STANDING', version: member.version], norfolk) },
                'ending a member'    : { post(client, "/api/groups/$groupId/members/$member.id/end",
                        [endDate: today.toString(), reason: 'Left', version: member.version], norfolk) },
                "a member's history" : { get(client, "/api/groups/$groupId/members/$member.id/history", norfolk) },
                "the group's history": { get(client, "/api/groups/$groupId/members-history", norfolk) },
                'renaming an agency' : { put("/api/agencies/$agency.id", [name: 'Police', kind: 'POLICE', statutoryPartner: true,
                        version: agency.version], norfolk) },
                "an agency's history": { get(client, "/api/agencies/$agency.id/history", norfolk) },
        ][what]

        when:
        def answer = request()

        then:
        answer.status == 404
        answer.contentType == 'application/problem+json'

        where:
        what << ['adding to the group', 'changing a member', 'ending a member', "a member's history", "the group's history",
                 'renaming an agency', "an agency's history"]
    }

    def "a member of one group is not found under another group's id"() {
        given:
        def member = seat('Senior Lead, CAMHS')
        def otherGroup = UUID.randomUUID()

        expect:
        get(client, "/api/groups/$otherGroup/members/$member.id/history", admin).status == 404
    }

    def "agencies: an admin adds one, renames it, records and clears its compact date; each change is in its history"() {
        when:
        def added = post(client, '/api/agencies', [code: 'nspcc', name: 'NSPCC', kind: 'OTHER', statutoryPartner: false,
                                                   reason: 'Joined the partnership'], admin)

        then:
        added.status == 201
        added.json.source == 'ADMIN'
        get(client, '/api/agencies', world.tokens.MEMBER).json.last().code == 'nspcc'

        when:
        String path = "/api/agencies/$added.json.id"
        def renamed = put(path, [name: 'NSPCC North West', kind: 'OTHER', statutoryPartner: false, compactSignedOn: '2025-06-30',
                                 version: added.json.version, reason: 'Compact signed'], admin)
        def cleared = put(path, [name: 'NSPCC North West', kind: 'OTHER', statutoryPartner: false, compactSignedOn: null,
                                 version: renamed.json.version], admin)

        then:
        renamed.status == 200
        renamed.json.compactSignedOn == '2025-06-30'
        cleared.status == 200
        cleared.json.compactSignedOn == null

        and:
        def history = get(client, "$path/history", admin).json
        history*.action == ['ADDED', 'CHANGED', 'CHANGED']
        history[1].changes == [[field: 'name', before: 'NSPCC', after: 'NSPCC North West'],
                               [field: 'compactSignedOn', after: '2025-06-30']]
        history[1].reason == 'Compact signed'
        history[2].changes == [[field: 'compactSignedOn', before: '2025-06-30']]

        and: 'a pack agency records its compact the same way'
        def police = agencies.police
        put("/api/agencies/$police.id", [name: police.name, kind: police.kind, statutoryPartner: police.statutoryPartner,
                                         compactSignedOn: '2016-09-01', version: police.version], admin).json.compactSignedOn == '2016-09-01'

        and: 'refusals'
        post(client, '/api/agencies', [code: 'nspcc', name: 'Again', kind: 'OTHER'], admin).status == 409
        post(client, '/api/agencies', [code: 'Not A Code', name: 'Bad', kind: 'OTHER'], admin).json.errors*.field == ['code']
        post(client, '/api/agencies', [code: 'ok-code', name: 'Bad', kind: 'CHARITY'], admin).json.errors*.field == ['kind']
        put(path, [name: 'Stale', kind: 'OTHER', version: added.json.version], admin).status == 409
        put(path, [name: 'No version', kind: 'OTHER'], admin).status == 400
        put(path, [code: 'other-code', name: 'Recoded', kind: 'OTHER', version: cleared.json.version], admin).json.errors*.field == ['code']
    }

    def "membership history is append-only: the application role may not update or delete it"() {
        given:
        def member = seat('Senior Lead, CAMHS')

        when:
        asApp(pack.tenant) { Connection c -> c.createStatement().executeUpdate("update membership_change set reason = 'x'") }

        then:
        SQLException updating = thrown()
        updating.SQLState == '42501'

        when:
        asApp(pack.tenant) { Connection c -> c.createStatement().executeUpdate('delete from membership_change') }

        then:
        SQLException deleting = thrown()
        deleting.SQLState == '42501'

        and:
        get(client, "/api/groups/$groupId/members/$member.id/history", admin).json.size() == 1
    }

    private <T> T asApp(UUID tenant, Closure<T> work) {
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

    private static UUID firstUserOf(String slug) {
        Connection c = postgres.ownerConnection()
        try {
            def query = c.prepareStatement('''
                select m.user_id from partnership_membership m join partnership p on p.tenant_id = m.tenant_id
                 where p.slug = ? limit 1''')
            query.setString(1, slug)
            def row = query.executeQuery()
            row.next()
            row.getObject(1, UUID)
        } finally {
            c.close()
        }
    }
}
