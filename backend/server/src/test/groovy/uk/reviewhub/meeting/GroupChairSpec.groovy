package uk.reviewhub.meeting

import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PackWorld
import uk.reviewhub.time.LondonTime

import java.time.Clock
import java.time.LocalDate

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * A partnership with two groups (a copy of Salford's pack with a second sub-group): the chair's
 * decisions belong to the chair or vice chair of the meeting's own group, by their current seat in
 * it, not to everyone with the partnership's CHAIR role; business support runs every group's
 * meetings but takes no chair's decision; the group's papers and agenda are for its own members.
 */
class GroupChairSpec extends IntegrationSpec {

    static final String CHAIR_SEAT = "Head of Children's Safeguarding"
    static final String VICE_CHAIR_SEAT = 'Designated Doctor Safeguarding Children, CCG'
    static final String MEMBER_SEAT = 'Senior Lead, CAMHS'

    @Inject PackLoader loader
    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    /** Built once: the partnership, its two groups and people, and their tokens. */
    @Shared Map<String, Object> world

    def setup() {
        if (world == null) {
            world = twoGroups()
        }
    }

    def "#who #outcome approve the minutes of group #group"() {
        given: 'a meeting of the group with draft minutes, written by business support'
        def minutes = draftMinutes(group)

        when:
        def answer = post(client, "/api/meetings/${minutes.meetingId}/minutes/approve", [version: minutes.version], token(who))

        then:
        answer.status == status
        status == 200 ? answer.json.status == 'APPROVED' : answer.contentType.startsWith('application/problem+json')
        answer.json?.detail == reason?.replace('{group}', groupName(group))

        where: 'the partnership role is the outer gate; the seat in the group decides'
        who                  | group | status | reason
        'chair of A'         | 'A'   | 200    | null
        'chair of A'         | 'B'   | 403    | 'Only the chair or vice chair of {group} may approve the minutes.'
        'vice chair of B'    | 'B'   | 200    | null
        'vice chair of B'    | 'A'   | 403    | 'Only the chair or vice chair of {group} may approve the minutes.'
        'ended chair of B'   | 'B'   | 403    | 'Only the chair or vice chair of {group} may approve the minutes.'
        'business support'   | 'A'   | 403    | 'You do not have permission to do this.'
        'Norfolk chair'      | 'A'   | 404    | 'No such meeting in this partnership.'

        outcome = status == 200 ? 'may' : 'may not'
    }

    def "the chair of A may not #what in group B; the vice chair of B may"() {
        given:
        def minutes = draftMinutes('B')
        def item = submit(minutes.meetingId, 'member of B')
        def approved = what == 'amend the minutes'
                ? post(client, "/api/meetings/${minutes.meetingId}/minutes/approve", [version: minutes.version], token('vice chair of B')).json
                : null
        String target = path.replace('{meeting}', minutes.meetingId).replace('{item}', item.id)
        def send = { String bearer ->
            def content = body(item, approved)
            method == 'PUT' ? ApiCalls.send(client, HttpRequest.PUT(target, content), bearer) : post(client, target, content, bearer)
        }

        when:
        def refused = send(token('chair of A'))
        def allowed = send(token('vice chair of B'))

        then:
        refused.status == 403
        refused.json.detail == "Only the chair or vice chair of ${groupName('B')} may $what."
        allowed.status == 200

        where:
        what                            | method | path                                           | body
        'accept or reject agenda items' | 'POST' | '/api/meetings/{meeting}/agenda/items/{item}/decision' | { i, a -> [version: i.version, decision: 'ACCEPTED'] }
        'order the agenda'              | 'PUT'  | '/api/meetings/{meeting}/agenda/order'         | { i, a -> [itemIds: []] }
        'amend the minutes'             | 'POST' | '/api/meetings/{meeting}/minutes/amendments'   | { i, a -> [version: a.version, reason: 'Typo', entries: [[heading: 'H', notes: 'N']]] }
    }

    def "only the chair or vice chair of the meeting's group publishes its agenda"() {
        given: "an item of group B's meeting, accepted by B's vice chair"
        String meetingId = draftMinutes('B').meetingId
        def item = submit(meetingId, 'member of B')
        assert post(client, "/api/meetings/$meetingId/agenda/items/${item.id}/decision", [version: item.version, decision: 'ACCEPTED'],
                token('vice chair of B')).status == 200

        when:
        def refused = post(client, "/api/meetings/$meetingId/agenda/publications", [revision: 0], token('chair of A'))
        def published = post(client, "/api/meetings/$meetingId/agenda/publications", [revision: 0], token('vice chair of B'))

        then:
        refused.status == 403
        refused.json.detail == "Only the chair or vice chair of ${groupName('B')} may publish the agenda."
        published.status == 200
        published.json.published.revision == 1
    }

    def "running a meeting: #who #outcome #what in group B"() {
        given:
        def minutes = draftMinutes('B')
        String meetingId = minutes.meetingId
        String seat = get(client, "/api/meetings/$meetingId/attendance", token('business support')).json.seats.first().memberId
        String target = path.replace('{meeting}', meetingId).replace('{seat}', seat)

        when:
        def answer = method == 'PUT' ? ApiCalls.send(client, HttpRequest.PUT(target, body), token(who))
                : post(client, target, body, token(who))

        then:
        answer.status == status
        status != 403 || answer.json.detail.startsWith("Only the chair or vice chair of ${groupName('B')}, or business support, may")

        where:
        who                | what                  | method | path                                        | body                         | status
        'chair of A'       | 'record attendance'   | 'PUT'  | '/api/meetings/{meeting}/attendance/{seat}' | [status: 'PRESENT']          | 403
        'vice chair of B'  | 'record attendance'   | 'PUT'  | '/api/meetings/{meeting}/attendance/{seat}' | [status: 'PRESENT']          | 200
        'business support' | 'record attendance'   | 'PUT'  | '/api/meetings/{meeting}/attendance/{seat}' | [status: 'PRESENT']          | 200
        'chair of A'       | 'cancel the meeting'  | 'POST' | '/api/meetings/{meeting}/cancel'            | [version: 0, reason: 'No']   | 403
        'ended chair of B' | 'cancel the meeting'  | 'POST' | '/api/meetings/{meeting}/cancel'            | [version: 0, reason: 'No']   | 403
        'business support' | 'cancel the meeting'  | 'POST' | '/api/meetings/{meeting}/cancel'            | [version: 0, reason: 'No']   | 200

        outcome = status == 200 ? 'may' : 'may not'
    }

    def "a group's agenda items and papers are for its own members (and business support)"() {
        given:
        String meetingA = draftMinutes('A').meetingId
        String meetingB = draftMinutes('B').meetingId
        String itemB = submit(meetingB, 'member of B').id
        def upload = { String bearer ->
            def body = MultipartBody.builder().addPart('file', 'notes.txt', MediaType.APPLICATION_OCTET_STREAM_TYPE, PaperTypeSpec.TXT).build()
            ApiCalls.send(client, HttpRequest.POST("/api/agenda-items/$itemB/papers", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), bearer)
        }

        when:
        def paper = upload(token('member of B'))

        then: "B's member and business support reach B's papers"
        paper.status == 201
        get(client, "/api/agenda-items/$itemB/papers", token('business support')).json*.id == [paper.json.id]
        get(client, "/api/papers/${paper.json.id}", token('vice chair of B')).status == 200

        and: "A's member and A's chair do not"
        def refused = get(client, "/api/agenda-items/$itemB/papers", token('member of A'))
        refused.status == 403
        refused.json.detail == "Only members of ${groupName('B')}, or business support, may read its papers."
        get(client, "/api/papers/${paper.json.id}", token('chair of A')).status == 403
        upload(token('member of A')).status == 403

        and: "A's member submits items to A's meetings, not B's"
        post(client, "/api/meetings/$meetingA/agenda/items", [title: 'Audit findings'], token('member of A')).status == 200
        post(client, "/api/meetings/$meetingB/agenda/items", [title: 'Audit findings'], token('member of A')).status == 403
    }

    def "a chair sees and closes the follow-ups of the groups they chair"() {
        given: 'apologies from the same seat of group B at two meetings in a row'
        String support = token('business support')
        String groupB = world.groups.B
        def first = post(client, "/api/groups/$groupB/meetings", [title: 'B one', scheduledStart: '2028-10-02T10:00',
                reason: 'Backlog'], support).json
        def second = post(client, "/api/groups/$groupB/meetings", [title: 'B two', scheduledStart: '2028-10-03T10:00',
                reason: 'Backlog'], support).json
        String seat = get(client, "/api/meetings/${first.id}/attendance", support).json.seats.find { it.agency.code == 'housing' }.memberId
        [first, second].each {
            assert ApiCalls.send(client, HttpRequest.PUT("/api/meetings/${it.id}/attendance/$seat", [status: 'APOLOGIES']), support).status == 200
        }
        def followUp = get(client, ApiPaths.FOLLOW_UPS, support).json.find { it.meetingId == second.id }

        expect:
        followUp != null
        !get(client, ApiPaths.FOLLOW_UPS, token('chair of A')).json*.id.contains(followUp.id)
        get(client, ApiPaths.FOLLOW_UPS, token('vice chair of B')).json*.id.contains(followUp.id)
        post(client, "/api/follow-ups/${followUp.id}/done", [:], token('chair of A')).status == 403
        post(client, "/api/follow-ups/${followUp.id}/done", [:], token('vice chair of B')).status == 200
    }

    def "the meeting tells #who what they may do in #place: chair decisions #chairDecisions, runs the meeting #runsMeeting, submits items #submitsItems"() {
        given: 'a meeting of the group, added by business support'
        def meeting = meetingIn(place)

        when: 'the user reads the meeting'
        def answer = get(client, "/api/meetings/$meeting", bearer(who))

        then: 'its yourPart follows the user\'s seat in that group, not their partnership role alone'
        answer.status == 200
        answer.json.yourPart == [chairDecisions: chairDecisions, runsMeeting: runsMeeting, submitsItems: submitsItems]

        where:
        who                    | place     || chairDecisions | runsMeeting | submitsItems
        'chair@salford.demo'   | 'Salford' || true           | true        | true
        'member@salford.demo'  | 'Salford' || false          | false       | true
        'support@salford.demo' | 'Salford' || false          | true        | true
        'chair of A'           | 'A'       || true           | true        | true
        'chair of A'           | 'B'       || false          | false       | false
        'ended chair of B'     | 'B'       || false          | false       | false
        'vice chair of B'      | 'B'       || true           | true        | true
        'business support'     | 'B'       || false          | true        | true
    }

    // ----------------------------------------------------------------------------------------------

    private Map draftMinutes(String group) {
        String support = token('business support')
        def meeting = post(client, "/api/groups/${world.groups[group]}/meetings", [title: "Meeting of $group".toString(),
                scheduledStart: '2028-09-07T10:00', reason: 'Extra meeting'], support).json
        def draft = ApiCalls.send(client, HttpRequest.PUT("/api/meetings/${meeting.id}/minutes", [entries: [[heading: 'Item', notes: 'Notes']]]),
                support)
        assert draft.status == 200
        [meetingId: meeting.id, version: draft.json.version]
    }

    private Map submit(String meetingId, String who) {
        def answer = post(client, "/api/meetings/$meetingId/agenda/items", [title: 'Chronology'], token(who))
        assert answer.status == 200
        answer.json as Map
    }

    private String meetingIn(String place) {
        String support = place == 'Salford' ? bearer('support@salford.demo') : token('business support')
        String groupId = place == 'Salford' ? get(client, ApiPaths.GROUPS, support).json.first().id : world.groups[place]
        def meeting = post(client, "/api/groups/$groupId/meetings", [title: "Meeting of $place".toString(),
                scheduledStart: '2028-09-14T10:00', reason: 'Extra meeting'], support)
        assert meeting.status == 200
        meeting.json.id
    }

    /** A world person's token, or a demo user's (an address). */
    private String bearer(String who) {
        who.contains('@') ? new DemoTokens(accessTokens).token(who) : token(who)
    }

    private String token(String who) {
        world.tokens[who] as String
    }

    private String groupName(String group) {
        world.names[group] as String
    }

    private Map<String, Object> twoGroups() {
        def world = new PackWorld(loader, accessTokens, [B: [code: 'practice-review', name: 'Practice Review sub-group']])
        LocalDate today = LondonTime.today(clock)
        world.person('chair of A', 'CHAIR', 'A', CHAIR_SEAT)
                .person('member of A', 'MEMBER', 'A', MEMBER_SEAT)
                .person('vice chair of B', 'VICE_CHAIR', 'B', VICE_CHAIR_SEAT)
                .person('ended chair of B', 'CHAIR', 'B', CHAIR_SEAT, today.minusDays(1))
                .person('member of B', 'MEMBER', 'B', MEMBER_SEAT)
                .person('business support', 'BUSINESS_SUPPORT')
        [groups: world.groups, names: world.names,
         tokens: world.tokens + ['Norfolk chair': new DemoTokens(accessTokens).token('chair@norfolk.demo')]]
    }
}
