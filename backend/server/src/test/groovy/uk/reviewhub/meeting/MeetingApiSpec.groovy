package uk.reviewhub.meeting

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.LondonTime
import uk.reviewhub.time.WorkingDayCalendar

import java.time.Clock
import java.time.DayOfWeek
import java.time.LocalDate

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * A Salford meeting through the HTTP API, as the shipped pack's demo users: the schedule from the
 * six-weekly cadence, attendance with the live quorum verdict (at least 4 agencies), agenda items
 * against the 10-working-day deadline, minutes approved and locked, the 14-working-day
 * circulation clock; and Norfolk kept out of it.
 */
class MeetingApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject WorkingDayCalendar calendar
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    @Shared Map<String, String> tokens = [:]

    static ApiCalls.Answer put(HttpClient client, String path, Object body, String bearer) {
        ApiCalls.send(client, HttpRequest.PUT(path, body), bearer)
    }

    def "a Salford meeting from the schedule to locked minutes"() {
        given: 'the Salford group and a series starting about two months ahead'
        String chair = token('chair@salford.demo')
        String member = token('member@salford.demo')
        String support = token('support@salford.demo')
        String groupId = groupId(chair)
        LocalDate today = LondonTime.today(clock)
        LocalDate seriesStart = today.plusDays(60).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))
        def plan = [seriesStart: seriesStart.toString(), until: seriesStart.plusWeeks(20).toString(), startTime: '10:00',
                    location: 'Salford Civic Centre']

        when: 'the chair plans the meetings from the cadence'
        def generated = post(client, "/api/groups/$groupId/meetings/generate", plan, chair)

        then: 'every sixth week from the series start'
        generated.status == 200
        generated.json.created == 4
        generated.json.meetings*.occurrenceDate == (0..3).collect { seriesStart.plusWeeks(6 * it).toString() }
        generated.json.meetings.every { it.kind == 'PLANNED' && it.status == 'PLANNED' && it.scheduledStart.contains('T10:00') }

        when: 'it is planned again'
        def again = post(client, "/api/groups/$groupId/meetings/generate", plan, chair)

        then: 'nothing is planned twice'
        again.json.created == 0
        again.json.alreadyPlanned == 4
        again.json.meetings*.id == generated.json.meetings*.id

        and: 'a member may not plan meetings'
        post(client, "/api/groups/$groupId/meetings/generate", plan, member).status == 403

        when: 'attendance is recorded for three agencies'
        String meetingId = generated.json.meetings.first().id
        def seats = get(client, "/api/meetings/$meetingId/attendance", support).json.seats
        def seat = { String agency, String role = null ->
            seats.find { it.agency.code == agency && (role == null || it.groupRole == role) }.memberId
        }
        ['salford-city-council': 'CHAIR', ccg: 'VICE_CHAIR', camhs: null].each { agency, role ->
            assert put(client, "/api/meetings/$meetingId/attendance/${seat(agency, role)}", [status: 'PRESENT'], support).status == 200
        }
        def housingDeputy = put(client, "/api/meetings/$meetingId/attendance/${seat('housing')}",
                [status: 'DEPUTY', deputyName: 'A. Deputy', delegatedAuthority: true], support)

        then: "not quorate: Salford's terms want four agencies, and do not count deputies"
        seats.size() == 18
        housingDeputy.json.quorum.quorate == false
        housingDeputy.json.quorum.summary == 'not quorate: 3 agencies present, 4 required'
        housingDeputy.json.quorum.reasons.any { it.contains('does not count') }

        when: 'the police arrive'
        put(client, "/api/meetings/$meetingId/attendance/${seat('police')}", [status: 'PRESENT'], support)
        def quorum = get(client, "/api/meetings/$meetingId/quorum", member)

        then: 'quorate, and the verdict is recorded with the meeting'
        quorum.status == 200
        quorum.json.quorate
        quorum.json.summary == 'quorate: 4 agencies present, 4 required'
        get(client, "/api/meetings/$meetingId", member).json.quorumSummary == 'quorate: 4 agencies present, 4 required'

        when: 'a member submits an item in good time, and another for a rapid review meeting in three days'
        def onTime = post(client, "/api/meetings/$meetingId/agenda/items", [title: 'Case of concern: Child A'], member)
        def extra = post(client, "/api/groups/$groupId/meetings", [title: 'Rapid review: Child B',
                scheduledStart: today.plusDays(3).toString() + 'T14:00', reason: 'Serious incident notified'], support)
        def late = post(client, "/api/meetings/${extra.json.id}/agenda/items", [title: 'Chronology'], member)

        then: 'the deadline is 10 working days before each meeting; only the second is late'
        onTime.status == 200
        onTime.json.deadline == calendar.addWorkingDays(seriesStart, -10).toString()
        !onTime.json.late
        extra.json.kind == 'EXTRA'
        late.json.late
        late.json.deadline == calendar.addWorkingDays(today.plusDays(3), -10).toString()
        def agendaView = get(client, "/api/meetings/$meetingId/agenda", member).json
        agendaView.itemDeadlineRule == 'at least 10 working days before the meeting'
        agendaView.publishBy == calendar.addWorkingDays(seriesStart, -5).toString()
        agendaView.publishByRule == 'at least 5 working days before the meeting'

        and: 'only the chair decides on items'
        post(client, "/api/meetings/${extra.json.id}/agenda/items/${late.json.id}/decision",
                [version: late.json.version, decision: 'ACCEPTED'], member).status == 403

        when: 'the chair accepts the late item and orders the agenda'
        def accepted = post(client, "/api/meetings/${extra.json.id}/agenda/items/${late.json.id}/decision",
                [version: late.json.version, decision: 'ACCEPTED', reason: 'Urgent'], chair)
        def ordered = put(client, "/api/meetings/${extra.json.id}/agenda/order", [itemIds: [late.json.id]], chair)

        then:
        accepted.json.decision == 'ACCEPTED'
        ordered.json.items.first().position == 1

        when: 'business support drafts the minutes, then writes them again'
        def draft = put(client, "/api/meetings/$meetingId/minutes", [entries: [
                [agendaItemId: onTime.json.id, heading: 'Case of concern: Child A', notes: 'Discussed.',
                 decisions: ['Refer for a rapid review']]]], support)
        def redraft = put(client, "/api/meetings/$meetingId/minutes", [version: draft.json.version, entries: [
                [agendaItemId: onTime.json.id, heading: 'Case of concern: Child A', notes: 'Discussed at length.',
                 decisions: ['Refer for a rapid review']]]], support)
        def stale = put(client, "/api/meetings/$meetingId/minutes", [version: draft.json.version, entries: []], support)

        then:
        draft.json.status == 'DRAFT'
        redraft.json.entries*.notes == ['Discussed at length.']
        stale.status == 409
        stale.contentType.startsWith('application/problem+json')

        and: 'the circulation clock runs 14 working days from the meeting'
        redraft.json.circulation.rule == '14 working days after the meeting'
        redraft.json.circulation.due == calendar.addWorkingDays(seriesStart, 14).toString()

        when: 'the chair approves them; then someone edits them'
        def approved = post(client, "/api/meetings/$meetingId/minutes/approve", [version: redraft.json.version], chair)
        def edit = put(client, "/api/meetings/$meetingId/minutes", [version: approved.json.version, entries: []], support)

        then: 'approved minutes are locked'
        approved.json.status == 'APPROVED'
        approved.json.locked
        edit.status == 422
        edit.contentType.startsWith('application/problem+json')
        edit.json.detail.contains('locked')

        when: 'the chair records an amendment'
        def amended = post(client, "/api/meetings/$meetingId/minutes/amendments", [version: approved.json.version,
                reason: 'Name of the agency corrected', entries: [[heading: 'Case of concern: Child A', notes: 'Corrected.']]], chair)

        then: 'a new approved version'
        amended.status == 200
        amended.json.number == 2
        amended.json.status == 'APPROVED'
        amended.json.amendmentReason == 'Name of the agency corrected'

        when: 'a draft of the next meeting records a decision'
        String next = generated.json.meetings[1].id
        put(client, "/api/meetings/$next/minutes", [entries: [[heading: 'Rapid review outcome', notes: 'Agreed.',
                decisions: ['Commission a local review', 'Notify the National Panel']]]], support)
        def register = get(client, "/api/groups/$groupId/decisions", member)

        then: "the decisions register lists every decision of the current minutes, the amended version's included"
        register.status == 200
        register.json.findAll { it.meetingId in [meetingId, next] }.collect { [it.decision, it.minutesStatus] } == [
                ['Commission a local review', 'DRAFT'], ['Notify the National Panel', 'DRAFT']]

        when: 'an action is recorded for the police and then completed'
        String police = seats.find { it.agency.code == 'police' }.agency.id
        def action = post(client, "/api/meetings/$meetingId/actions", [description: 'Share the chronology', owner: 'DI Smith',
                agencyId: police, dueDate: today.plusDays(1).toString()], support)
        def log = get(client, "/api/groups/$groupId/actions", member)
        def done = post(client, "/api/meeting-actions/${action.json.id}/status", [version: action.json.version, status: 'COMPLETED'], support)

        then: 'it joins the action log with a traffic light'
        action.status == 200
        action.json.agencyName == seats.find { it.agency.code == 'police' }.agency.name
        action.json.rag in ['AMBER', 'GREEN']
        log.json*.id.contains(action.json.id)
        done.json.status == 'COMPLETED'
        done.json.rag == 'COMPLETE'
        done.json.completedOn == today.toString()
        post(client, "/api/meeting-actions/${action.json.id}/status", [version: action.json.version, status: 'OPEN'], support).status == 409
    }

    def "apologies at a second consecutive meeting are flagged for the chair's follow-up"() {
        given:
        String support = token('support@salford.demo')
        String groupId = groupId(support)
        def first = post(client, "/api/groups/$groupId/meetings", [title: 'Extra meeting 1',
                scheduledStart: '2028-06-05T10:00', reason: 'Backlog of cases'], support).json
        def second = post(client, "/api/groups/$groupId/meetings", [title: 'Extra meeting 2',
                scheduledStart: '2028-06-06T10:00', reason: 'Backlog of cases'], support).json
        String housing = get(client, "/api/meetings/${first.id}/attendance", support).json.seats.find { it.agency.code == 'housing' }.memberId

        when:
        put(client, "/api/meetings/${first.id}/attendance/$housing", [status: 'APOLOGIES'], support)
        def seat = put(client, "/api/meetings/${second.id}/attendance/$housing", [status: 'APOLOGIES'], support)
                .json.seats.find { it.memberId == housing }

        then:
        seat.status == 'APOLOGIES'
        seat.secondConsecutiveApologies
        !get(client, "/api/meetings/${first.id}/attendance", support).json.seats.find { it.memberId == housing }.secondConsecutiveApologies
    }

    def "moving and cancelling a meeting keep their reasons; a stale version is refused"() {
        given:
        String support = token('support@salford.demo')
        String groupId = groupId(support)
        def meeting = post(client, "/api/groups/$groupId/meetings", [title: 'Rapid review: Child C',
                scheduledStart: '2027-02-01T10:00', reason: 'Serious incident notified'], support).json

        when:
        def moved = post(client, "/api/meetings/${meeting.id}/move",
                [version: meeting.version, newStart: '2027-02-03T10:00', reason: 'The police lead is in court'], support)
        def stale = post(client, "/api/meetings/${meeting.id}/cancel", [version: meeting.version, reason: 'Not needed'], support)
        def cancelled = post(client, "/api/meetings/${meeting.id}/cancel", [version: moved.json.version, reason: 'Not needed'], support)

        then:
        moved.json.status == 'MOVED'
        moved.json.scheduledStart.startsWith('2027-02-03T10:00')
        stale.status == 409
        cancelled.json.status == 'CANCELLED'
        get(client, "/api/meetings/${meeting.id}/changes", support).json.collect { [it.change, it.reason] } == [
                ['MOVED', 'The police lead is in court'], ['CANCELLED', 'Not needed']]
    }

    def "Norfolk's cadence plans meetings on the second Monday of each month"() {
        given:
        String chair = token('chair@norfolk.demo')

        when:
        def answer = post(client, "/api/groups/${groupId(chair)}/meetings/generate",
                [seriesStart: '2027-01-01', until: '2027-06-30', startTime: '09:30'], chair)

        then:
        answer.status == 200
        answer.json.meetings*.occurrenceDate == ['2027-01-11', '2027-02-08', '2027-03-08', '2027-04-12', '2027-05-10', '2027-06-14']
    }

    def "a group whose terms of reference set no cadence has nothing to plan, and says so"() {
        given:
        String chair = token('admin@tri-borough.demo') // no seat in its group is CHAIR; its admin keeps the schedule

        when:
        def answer = post(client, "/api/groups/${groupId(chair)}/meetings/generate",
                [seriesStart: '2027-01-01', until: '2027-06-30', startTime: '10:00'], chair)

        then:
        answer.status == 422
        answer.contentType.startsWith('application/problem+json')
        answer.json.detail.contains('set no recurring cadence')
    }

    def "a Norfolk user is told a Salford meeting does not exist: #method #path"() {
        given:
        String salford = token('support@salford.demo')
        String salfordGroup = groupId(salford)
        String meetingId = post(client, "/api/groups/$salfordGroup/meetings", [title: 'Rapid review: Child D',
                scheduledStart: '2027-03-01T10:00', reason: 'Serious incident notified'], salford).json.id
        String norfolk = token('chair@norfolk.demo')
        String target = path.replace('{meeting}', meetingId).replace('{group}', salfordGroup)

        when:
        def answer = method == 'GET' ? get(client, target, norfolk)
                : method == 'PUT' ? put(client, target, body, norfolk) : post(client, target, body, norfolk)

        then:
        answer.status == 404
        answer.contentType.startsWith('application/problem+json')

        where:
        method | path                                       | body
        'GET'  | '/api/meetings/{meeting}'                  | null
        'GET'  | '/api/meetings/{meeting}/quorum'           | null
        'GET'  | '/api/meetings/{meeting}/attendance'       | null
        'POST' | '/api/meetings/{meeting}/agenda/items'     | [title: 'Sneaky item']
        'PUT'  | '/api/meetings/{meeting}/minutes'          | [entries: []]
        'POST' | '/api/meetings/{meeting}/cancel'           | [version: 0, reason: 'Sneaky']
        'POST' | '/api/groups/{group}/meetings/generate'    | [seriesStart: '2027-01-01', until: '2027-02-01', startTime: '10:00']
        'GET'  | '/api/groups/{group}/meetings?from=2027-01-01&to=2027-12-31' | null
    }

    def "who may do what: a #who #outcome #what"() {
        given:
        String support = token('support@salford.demo')
        String groupId = groupId(support)
        def meeting = post(client, "/api/groups/$groupId/meetings", [title: 'Rapid review: roles',
                scheduledStart: '2028-07-03T10:00', reason: 'Serious incident notified'], support).json
        String seatId = get(client, "/api/meetings/${meeting.id}/attendance", support).json.seats.first().memberId
        String bearer = token(who)
        String target = path.replace('{meeting}', meeting.id).replace('{seat}', seatId).replace('{group}', groupId)

        when:
        def answer = method == 'PUT' ? put(client, target, body, bearer) : post(client, target, body, bearer)

        then:
        (answer.status == 403) == (outcome == 'may not')

        where:
        who                     | outcome   | what                    | method | path                                    | body
        'member@salford.demo'   | 'may not' | 'record attendance'     | 'PUT'  | '/api/meetings/{meeting}/attendance/{seat}' | [status: 'PRESENT']
        'support@salford.demo'  | 'may'     | 'record attendance'     | 'PUT'  | '/api/meetings/{meeting}/attendance/{seat}' | [status: 'PRESENT']
        'member@salford.demo'   | 'may'     | 'submit an agenda item' | 'POST' | '/api/meetings/{meeting}/agenda/items'  | [title: 'An item']
        'member@salford.demo'   | 'may not' | 'draft minutes'         | 'PUT'  | '/api/meetings/{meeting}/minutes'       | [entries: []]
        'support@salford.demo'  | 'may not' | 'approve minutes'       | 'POST' | '/api/meetings/{meeting}/minutes/approve' | [version: 0]
        'support@salford.demo'  | 'may not' | 'order the agenda'      | 'PUT'  | '/api/meetings/{meeting}/agenda/order'  | [itemIds: []]
        'vice-chair@salford.demo' | 'may'   | 'order the agenda'      | 'PUT'  | '/api/meetings/{meeting}/agenda/order'  | [itemIds: []]
        'admin@salford.demo'    | 'may'     | 'cancel a meeting'      | 'POST' | '/api/meetings/{meeting}/cancel'        | [version: 0, reason: 'Not needed']
        'member@salford.demo'   | 'may not' | 'cancel a meeting'      | 'POST' | '/api/meetings/{meeting}/cancel'        | [version: 0, reason: 'Not needed']
    }

    private String groupId(String bearer) {
        get(client, ApiPaths.GROUPS, bearer).json.first().id
    }

    private String token(String email) {
        tokens.computeIfAbsent(email) {
            def c = postgres.ownerConnection()
            try {
                def query = c.prepareStatement('''
                    select u.id, u.display_name, u.platform_roles, m.tenant_id, m.roles
                      from app_user u left join partnership_membership m on m.user_id = u.id
                     where u.email = cast(? as citext)''')
                query.setString(1, email)
                def row = query.executeQuery()
                assert row.next(): "no demo user $email"
                List<String> roles = ((row.getArray('roles')?.array ?: []) as List<String>) +
                        (row.getArray('platform_roles').array as List<String>)
                accessTokens.issue(row.getObject('id', UUID), row.getObject('tenant_id', UUID), roles,
                        row.getString('display_name'), email).token()
            } finally {
                c.close()
            }
        }
    }
}
