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

/**
 * Calendar feeds over HTTP: a Salford user makes a feed, a calendar app reads it without a bearer
 * token, moves raise the sequence, cancellations show as cancelled; other tenants' groups, bad and
 * revoked tokens answer 404.
 */
class CalendarFeedSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    DemoTokens demo

    def setup() {
        demo = new DemoTokens(accessTokens)
    }

    def "a group's feed shows its meetings, with moves and cancellations, to a calendar app holding the token"() {
        given: 'a Salford meeting'
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def meeting = post(client, "/api/groups/$groupId/meetings", [title: 'Rapid review: Child F, Room 2; level 1',
                scheduledStart: '2026-12-07T14:00', durationMinutes: 90, location: 'Civic Centre, Swinton',
                reason: 'Serious incident notified'], support).json

        when: 'the member makes a calendar feed'
        def feed = post(client, ApiPaths.CALENDAR_FEEDS, [:], demo.token('member@salford.demo'))
        String groupPath = path(feed.json.groups.find { it.groupId == groupId }.url)

        then: 'the URLs carry a long random token'
        feed.status == 201
        groupPath ==~ "/ical/[A-Za-z0-9_-]{43}/group/${groupId}\\.ics"
        path(feed.json.memberUrl) ==~ '/ical/[A-Za-z0-9_-]{43}/member\\.ics'

        when: 'a calendar app reads it, with no bearer token'
        def ics = get(client, groupPath)

        then: 'an RFC 5545 calendar with the meeting in UTC, escaped, with CRLF line ends'
        ics.status == 200
        ics.contentType.startsWith('text/calendar')
        ics.body.startsWith('BEGIN:VCALENDAR\r\n')
        !ics.body.replace('\r\n', '').contains('\n')
        def event = vevent(ics.body, meeting.id)
        event.contains("UID:${meeting.id}@reviewhub\r\n")
        event.contains('SEQUENCE:0\r\n')
        event.contains('DTSTART:20261207T140000Z\r\n')
        event.contains('DTEND:20261207T153000Z\r\n')
        unfold(event).contains('SUMMARY:Rapid review: Child F\\, Room 2\\; level 1\r\n')
        event.contains('STATUS:CONFIRMED')

        when: 'the meeting is moved into summer time, then cancelled'
        def moved = post(client, "/api/meetings/${meeting.id}/move", [version: meeting.version,
                newStart: '2027-06-07T10:00', reason: 'Room unavailable'], support).json
        post(client, "/api/meetings/${meeting.id}/cancel", [version: moved.version, reason: 'Case closed'], support)
        def after = vevent(get(client, groupPath).body, meeting.id)

        then: 'the same UID, a higher sequence, the new London time in UTC, and cancelled'
        after.contains("UID:${meeting.id}@reviewhub\r\n")
        after.contains('SEQUENCE:2\r\n')
        after.contains('DTSTART:20270607T090000Z\r\n')
        after.contains('STATUS:CANCELLED')
    }

    def "the member feed, listing and revoking feeds"() {
        given:
        String chair = demo.token('chair@salford.demo')
        def feed = post(client, ApiPaths.CALENDAR_FEEDS, [:], chair).json

        expect: 'the member feed answers a calendar'
        get(client, path(feed.memberUrl)).body.startsWith('BEGIN:VCALENDAR\r\n')

        and: 'the feed is listed without its URLs'
        def listed = get(client, ApiPaths.CALENDAR_FEEDS, chair).json.find { it.id == feed.id }
        listed.memberUrl == null
        listed.revokedAt == null

        when: 'it is revoked'
        def revoked = ApiCalls.send(client, HttpRequest.DELETE("/api/calendar-feeds/${feed.id}"), chair)

        then: 'its URLs answer 404'
        revoked.status == 204
        get(client, path(feed.memberUrl)).status == 404
        get(client, path(feed.groups.first().url)).status == 404

        and: "nobody else can revoke someone's feed, nor another partnership's"
        ApiCalls.send(client, HttpRequest.DELETE("/api/calendar-feeds/${feed.id}"), demo.token('member@salford.demo')).status == 404
        ApiCalls.send(client, HttpRequest.DELETE("/api/calendar-feeds/${feed.id}"), demo.token('chair@norfolk.demo')).status == 404
    }

    def "a token gives no other partnership's group, and bad tokens answer 404 as problems"() {
        given:
        def feed = post(client, ApiPaths.CALENDAR_FEEDS, [:], demo.token('member@salford.demo')).json
        String norfolkGroup = get(client, ApiPaths.GROUPS, demo.token('chair@norfolk.demo')).json.first().id
        String token = path(feed.memberUrl).split('/')[2]

        expect:
        get(client, "/ical/$token/group/${norfolkGroup}.ics").status == 404
        get(client, "/ical/$token/group/${UUID.randomUUID()}.ics").status == 404

        when:
        def wrong = get(client, "/ical/${'A' * 43}/member.ics")
        def malformed = get(client, '/ical/short/member.ics')

        then:
        wrong.status == 404
        wrong.contentType == 'application/problem+json'
        malformed.status == 404
    }

    static String path(String url) {
        URI.create(url).path
    }

    static String unfold(String text) {
        text.replace('\r\n ', '')
    }

    static String vevent(String ics, String meetingId) {
        ics.split('BEGIN:VEVENT').find { it.contains("UID:${meetingId}@") }.split('END:VEVENT')[0]
    }
}
