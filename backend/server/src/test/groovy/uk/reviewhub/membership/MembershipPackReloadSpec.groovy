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
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.LondonTime

import java.nio.file.Path
import java.sql.Connection
import java.time.Clock

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * A pack reload after admins managed the membership: rows the pack still owns follow it, the
 * admins' rows and edits stay, and a seat dropped from the pack is ended rather than deleted
 * when a meeting refers to it. What was left alone is noted on the load.
 */
class MembershipPackReloadSpec extends IntegrationSpec {

    @Inject PackLoader loader
    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    @TempDir
    Path packs

    def "a reload keeps an admin's edits and additions, follows the pack elsewhere, and ends a used seat it dropped"() {
        given: 'a partnership from a copy of the Salford pack'
        def pack = new PackCopy(loader, packs, 'reload')
        pack.load()
        def world = new CaseWorld(client, accessTokens, pack.tenant, false)
        String admin = world.tokens.PARTNERSHIP_ADMIN
        String groupId = get(client, '/api/groups', admin).json.first().id
        def seats = { -> get(client, "/api/groups/$groupId/members", admin).json.agencies*.members.flatten() }
        def seat = { String title -> seats().find { it.positionTitle == title } }
        def today = LondonTime.today(clock)

        and: "the admin retitles the CAMHS seat, adds a seat and renames the CAMHS agency"
        def camhsSeat = seat('Senior Lead, CAMHS')
        assert ApiCalls.send(client, HttpRequest.PUT("/api/groups/$groupId/members/$camhsSeat.id", [
                agencyId: camhsSeat.agency.id, positionTitle: 'Clinical Lead, CAMHS', groupRole: 'ADVISER',
                membershipKind: 'STANDING', version: camhsSeat.version]), admin).status == 200
        assert post(client, "/api/groups/$groupId/members", [agencyId: camhsSeat.agency.id, positionTitle: 'Independent Scrutineer',
                groupRole: 'ADVISER', membershipKind: 'INVITED'], admin).status == 201
        def camhs = get(client, '/api/agencies', admin).json.find { it.code == 'camhs' }
        assert ApiCalls.send(client, HttpRequest.PUT("/api/agencies/$camhs.id", [name: 'Child and Adolescent Mental Health Services',
                kind: 'HEALTH', statutoryPartner: false, version: camhs.version]), admin).status == 200

        and: 'the Community Rehabilitation Company seat attended a meeting; the Probation seat never did'
        def crc = seat('Manager, Community Rehabilitation Company')
        attended(pack.tenant, UUID.fromString(groupId), UUID.fromString(crc.id))
        def probation = seat('Manager, National Probation Service')

        and: 'the pack changes the CAMHS seat, renames CAMHS and the acute trust, and drops both seats'
        pack.edit(PackCopy.GROUP_FILE, 'positionTitle: Senior Lead, CAMHS\n    agency: camhs\n    groupRole: MEMBER\n    membershipKind: STANDING',
                'positionTitle: Senior Lead, CAMHS\n    agency: camhs\n    groupRole: MEMBER\n    membershipKind: INVITED')
        pack.edit('pack.yaml', 'name: CAMHS\n', 'name: CAMHS (NHS)\n')
        pack.edit('pack.yaml', 'name: Acute trust\n', 'name: Salford Royal (acute trust)\n')
        pack.edit(PackCopy.GROUP_FILE, '''  - positionTitle: Manager, National Probation Service
    agency: national-probation-service
    groupRole: MEMBER
    membershipKind: STANDING
''', '')
        pack.edit(PackCopy.GROUP_FILE, '''  - positionTitle: Manager, Community Rehabilitation Company
    agency: community-rehabilitation-company
    groupRole: MEMBER
    membershipKind: STANDING
''', '')

        when:
        def reload = pack.load()

        then: "the admin's edit of the CAMHS seat stands, and the pack did not add the seat again under its old title"
        def after = seats()
        seat('Clinical Lead, CAMHS').groupRole == 'ADVISER'
        seat('Clinical Lead, CAMHS').membershipKind == 'STANDING'
        seat('Senior Lead, CAMHS') == null

        and: "the admin's seat and agency name stay; the pack's own agency follows the pack"
        seat('Independent Scrutineer').source == 'ADMIN'
        def agencies = get(client, '/api/agencies', admin).json.collectEntries { [(it.code): it] }
        agencies.camhs.name == 'Child and Adolescent Mental Health Services'
        agencies.'acute-trust'.name == 'Salford Royal (acute trust)'

        and: 'the used seat is ended today with a reason; the unused one is gone'
        seat('Manager, Community Rehabilitation Company').endDate == today.toString()
        seat('Manager, Community Rehabilitation Company').endReason.contains('meetings refer to it')
        seat('Manager, National Probation Service') == null
        after.size() == 18 // 18 from the pack, one added, one removed

        and: 'the load notes what it left alone and what it ended'
        reload.notes().size() == 3
        reload.notes().any { it.startsWith("Agency 'camhs' is managed by a partnership admin: the pack's name was not applied") }
        reload.notes().any { it.startsWith("Seat 'Senior Lead, CAMHS' of group 'case-review-and-audit' is managed by a partnership admin") }
        reload.notes().any { it.startsWith("Seat 'Manager, Community Rehabilitation Company' of group 'case-review-and-audit' is no longer in the pack: ended") }
        storedNotes(pack.tenant) == reload.notes()

        and: 'the history records what the pack did'
        get(client, "/api/groups/$groupId/members/$crc.id/history", admin).json*.action == ['ADDED', 'ENDED']
        get(client, "/api/groups/$groupId/members/$crc.id/history", admin).json.last().source == 'PACK'
        get(client, "/api/agencies/${agencies.'acute-trust'.id}/history", admin).json.last().changes ==
                [[field: 'name', before: 'Acute trust', after: 'Salford Royal (acute trust)']]
        def removed = get(client, "/api/groups/$groupId/members-history", admin).json.findAll { it.subjectId == probation.id }
        removed*.action == ['ADDED', 'REMOVED']
        removed*.subjectName == [null, null] // the seat is gone; its post is in the changes
        removed[1].changes.find { it.field == 'positionTitle' }.before == 'Manager, National Probation Service'
        get(client, "/api/groups/$groupId/members/$camhsSeat.id/history", admin).json*.subjectName ==
                ['Clinical Lead, CAMHS', 'Clinical Lead, CAMHS']

        when: 'the same pack again'
        def again = pack.load()

        then: 'nothing changes'
        again.unchanged()
        seats() == after
    }

    private static void attended(UUID tenant, UUID groupId, UUID memberId) {
        Connection c = postgres.ownerConnection()
        try {
            UUID meeting = UUID.randomUUID()
            def m = c.prepareStatement('''insert into meeting (tenant_id, id, group_id, kind, title, scheduled_start, status)
                                          values (?, ?, ?, 'EXTRA', 'Rapid review', now() - interval '7 days', 'HELD')''')
            m.setObject(1, tenant); m.setObject(2, meeting); m.setObject(3, groupId)
            m.executeUpdate()
            def a = c.prepareStatement('''insert into attendance (tenant_id, id, meeting_id, member_id, status)
                                          values (?, gen_random_uuid(), ?, ?, 'PRESENT')''')
            a.setObject(1, tenant); a.setObject(2, meeting); a.setObject(3, memberId)
            a.executeUpdate()
        } finally {
            c.close()
        }
    }

    private static List<String> storedNotes(UUID tenant) {
        Connection c = postgres.ownerConnection()
        try {
            def q = c.prepareStatement('select notes from pack_load where tenant_id = ? order by loaded_at desc limit 1')
            q.setObject(1, tenant)
            def row = q.executeQuery()
            row.next()
            row.getArray(1).array as List<String>
        } finally {
            c.close()
        }
    }
}
