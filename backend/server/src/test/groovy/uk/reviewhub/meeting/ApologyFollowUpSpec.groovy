package uk.reviewhub.meeting

import uk.reviewhub.testing.DemoTokens
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/** Salford: apologies for a second consecutive meeting make a follow-up for the chair, with a letter. */
class ApologyFollowUpSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    DemoTokens demo

    def setup() {
        demo = new DemoTokens(accessTokens)
    }

    def "a seat's second apologies in a row make one follow-up with the partnership's letter"() {
        given: 'three meetings of the Salford group'
        String support = demo.token('support@salford.demo')
        String chair = demo.token('chair@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def meetings = ['2031-02-03', '2031-03-03', '2031-04-07'].collect {
            post(client, "/api/groups/$groupId/meetings", [title: 'Case Review and Audit sub-group',
                    scheduledStart: it + 'T10:00', location: 'Civic Centre, Swinton', reason: 'Test schedule'], support).json
        }
        def seats = get(client, "/api/meetings/${meetings[0].id}/attendance", support).json.seats
        def police = seats.find { it.agency.code == 'police' }
        def housing = seats.find { it.agency.code == 'housing' }
        def apologies = { meeting, seat ->
            ApiCalls.send(client, HttpRequest.PUT("/api/meetings/${meeting.id}/attendance/${seat.memberId}",
                    [status: 'APOLOGIES']), support)
        }
        def before = get(client, ApiPaths.FOLLOW_UPS, chair).json.size()

        when: 'the police send apologies twice in a row, housing only to the second meeting'
        apologies(meetings[0], police)
        apologies(meetings[1], police)
        apologies(meetings[1], police)
        apologies(meetings[1], housing)
        def followUps = get(client, ApiPaths.FOLLOW_UPS + '?status=OPEN', chair).json.findAll { it.meetingId == meetings[1].id }

        then: 'one follow-up, for the police seat, with a letter'
        get(client, ApiPaths.FOLLOW_UPS, chair).json.size() == before + 1
        followUps.size() == 1
        followUps[0].memberId == police.memberId
        followUps[0].previousMeetingId == meetings[0].id
        followUps[0].kind == 'APOLOGIES_TWICE'
        followUps[0].letterAvailable
        followUps[0].letterNote == null

        when: 'the chair reads the letter'
        def html = get(client, "/api/follow-ups/${followUps[0].id}/letter.html", chair)
        def pdf = get(client, "/api/follow-ups/${followUps[0].id}/letter.pdf", chair)

        then: 'it names the missed meetings and the next one'
        html.status == 200
        html.body.contains('03/02/2031')
        html.body.contains('03/03/2031')
        html.body.contains('07/04/2031')
        pdf.status == 200
        pdf.body.startsWith('%PDF')
        get(client, "/api/follow-ups/${followUps[0].id}/letter.exe", chair).status == 404

        when: 'the chair marks it done'
        def done = post(client, "/api/follow-ups/${followUps[0].id}/done", [:], chair)

        then:
        done.json.status == 'DONE'
        !get(client, ApiPaths.FOLLOW_UPS + '?status=OPEN', chair).json*.id.contains(followUps[0].id)

        and: 'bad input is a problem; members and other partnerships see nothing'
        get(client, ApiPaths.FOLLOW_UPS + '?status=MAYBE', chair).status == 400
        get(client, ApiPaths.FOLLOW_UPS, demo.token('member@salford.demo')).status == 403
        !get(client, ApiPaths.FOLLOW_UPS, demo.token('chair@norfolk.demo')).json*.id.contains(followUps[0].id)
        get(client, "/api/follow-ups/${followUps[0].id}/letter.pdf", demo.token('chair@norfolk.demo')).status == 404
        post(client, "/api/follow-ups/${followUps[0].id}/done", [:], demo.token('chair@norfolk.demo')).status == 404
    }

    def "a group whose terms of reference set no apology follow-up (Norfolk) makes none"() {
        given: 'two meetings of a Norfolk group'
        String support = demo.token('support@norfolk.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def meetings = ['2031-02-10', '2031-03-10'].collect {
            post(client, "/api/groups/$groupId/meetings", [title: 'Norfolk follow-up check',
                    scheduledStart: it + 'T10:00', reason: 'Test schedule'], support).json
        }
        def seat = get(client, "/api/meetings/${meetings[0].id}/attendance", support).json.seats.first()

        when: 'the same seat sends apologies to both'
        meetings.each { meeting ->
            assert ApiCalls.send(client, HttpRequest.PUT("/api/meetings/${meeting.id}/attendance/${seat.memberId}",
                    [status: 'APOLOGIES']), support).status == 200
        }

        then: 'no follow-up for the second meeting'
        get(client, ApiPaths.FOLLOW_UPS, support).json.findAll { it.meetingId == meetings[1].id }.isEmpty()
    }
}
