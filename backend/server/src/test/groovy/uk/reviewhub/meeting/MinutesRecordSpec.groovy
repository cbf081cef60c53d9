package uk.reviewhub.meeting

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.LondonTime

import java.time.Clock
import java.util.zip.ZipInputStream

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Approved minutes are a record (issue 13, item 2): the attendance (a deputy by name), the quorum
 * verdict, the decisions and the actions as minuted stay as approved whatever happens to the
 * meeting's attendance and actions afterwards; a change reaches the minutes only through an
 * amendment, a new version with who recorded it and why.
 */
class MinutesRecordSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    DemoTokens demo

    def setup() {
        demo = new DemoTokens(accessTokens)
    }

    String documentXml(String meetingId, String bearer) {
        HttpResponse<byte[]> r = client.toBlocking().exchange(HttpRequest.GET("/api/meetings/$meetingId/minutes.docx").bearerAuth(bearer), byte[])
        new ZipInputStream(new ByteArrayInputStream(r.body())).withCloseable { zip ->
            for (def entry = zip.nextEntry; entry != null; entry = zip.nextEntry) {
                if (entry.name == 'word/document.xml') {
                    return new String(zip.readAllBytes(), 'UTF-8')
                }
            }
            null
        }
    }

    def "approved minutes keep attendance, quorum, decisions and actions as minuted; an amendment takes a new record"() {
        given: 'a Salford meeting where housing sends a deputy and the police send apologies'
        String support = demo.token('support@salford.demo')
        String chair = demo.token('chair@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def m = post(client, "/api/groups/$groupId/meetings", [title: 'Case Review and Audit sub-group',
                scheduledStart: LondonTime.today(clock).plusDays(40).toString() + 'T10:00', reason: 'Extra meeting'], support).json
        def groupSeats = get(client, "/api/meetings/${m.id}/attendance", support).json.seats
        def seat = { String agency -> groupSeats.find { it.agency.code == agency }.memberId }
        MeetingApiSpec.put(client, "/api/meetings/${m.id}/attendance/${seat('housing')}",
                [status: 'DEPUTY', deputyName: 'Jo Deputy', delegatedAuthority: true], support)
        MeetingApiSpec.put(client, "/api/meetings/${m.id}/attendance/${seat('police')}", [status: 'APOLOGIES'], support)
        String police = groupSeats.find { it.agency.code == 'police' }.agency.id
        def action = post(client, "/api/meetings/${m.id}/actions", [description: 'Share the chronology', owner: 'DI Smith',
                agencyId: police, dueDate: LondonTime.today(clock).plusDays(60).toString()], support).json
        def drafted = MeetingApiSpec.put(client, "/api/meetings/${m.id}/minutes", [entries: [
                [heading: 'Rapid review: Child A', notes: 'Considered.', decisions: ['Recommend a local review']]]], support).json

        when: 'the chair approves them'
        def approved = post(client, "/api/meetings/${m.id}/minutes/approve", [version: drafted.version], chair)

        then: 'the record is taken with them, the deputy named'
        approved.status == 200
        drafted.minuted == null
        with(approved.json.minuted) {
            seats.find { it.memberId == seat('housing') }.status == 'DEPUTY'
            seats.find { it.memberId == seat('housing') }.deputyName == 'Jo Deputy'
            seats.find { it.memberId == seat('police') }.status == 'APOLOGIES'
            quorum.quorate == false
            actions*.description == ['Share the chronology']
        }
        approved.json.approvedBy
        def before = documentXml(m.id, chair)
        before.contains('represented by Jo Deputy')
        before.contains('Share the chronology')

        when: "afterwards the housing seat is recorded as absent, the police as present, and the action changes"
        MeetingApiSpec.put(client, "/api/meetings/${m.id}/attendance/${seat('housing')}", [status: 'ABSENT'], support)
        MeetingApiSpec.put(client, "/api/meetings/${m.id}/attendance/${seat('police')}", [status: 'PRESENT'], support)
        post(client, "/api/meetings/${m.id}/actions", [description: 'A later action', owner: 'Business support',
                agencyId: police, dueDate: LondonTime.today(clock).plusDays(70).toString()], support)
        post(client, "/api/meeting-actions/${action.id}/status", [version: action.version, status: 'COMPLETED'], support)
        def after = get(client, "/api/meetings/${m.id}/minutes", chair).json
        def document = documentXml(m.id, chair)

        then: 'the approved minutes and their document are unchanged'
        after.minuted == approved.json.minuted
        after.number == 1
        document.contains('represented by Jo Deputy')
        !document.contains('A later action')
        document.contains('Share the chronology')

        when: 'the chair records an amendment'
        def amended = post(client, "/api/meetings/${m.id}/minutes/amendments", [version: after.version,
                reason: 'The police attended after all', entries: [
                [heading: 'Rapid review: Child A', notes: 'Considered.', decisions: ['Recommend a local review']]]], chair)

        then: 'a new version with who and why, whose record is the meeting as it now stands'
        amended.status == 200
        amended.json.number == 2
        amended.json.amendmentReason == 'The police attended after all'
        amended.json.approvedBy == approved.json.approvedBy
        amended.json.minuted.seats.find { it.memberId == seat('police') }.status == 'PRESENT'
        amended.json.minuted.seats.find { it.memberId == seat('housing') }.status == 'ABSENT'
        amended.json.minuted.actions*.description.toSet() == ['Share the chronology', 'A later action'] as Set
        with(documentXml(m.id, chair)) {
            contains('A later action')
            !contains('Jo Deputy')
            contains('The police attended after all')
        }
    }

    def "editing approved minutes is refused with the reason"() {
        given:
        String support = demo.token('support@salford.demo')
        String chair = demo.token('chair@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def m = post(client, "/api/groups/$groupId/meetings", [title: 'Case Review and Audit sub-group',
                scheduledStart: LondonTime.today(clock).plusDays(41).toString() + 'T10:00', reason: 'Extra meeting'], support).json
        def drafted = MeetingApiSpec.put(client, "/api/meetings/${m.id}/minutes", [entries: [[heading: 'Item', notes: 'n']]], support).json
        def approved = post(client, "/api/meetings/${m.id}/minutes/approve", [version: drafted.version], chair).json

        when:
        def edit = MeetingApiSpec.put(client, "/api/meetings/${m.id}/minutes", [version: approved.version,
                entries: [[heading: 'Item', notes: 'rewritten']]], support)

        then:
        edit.status == 422
        edit.json.detail.contains('record an amendment')
        get(client, "/api/meetings/${m.id}/minutes", chair).json.entries*.notes == ['n']
    }
}
