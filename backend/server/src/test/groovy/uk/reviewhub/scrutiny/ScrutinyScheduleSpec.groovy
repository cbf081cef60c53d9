package uk.reviewhub.scrutiny

import io.micronaut.http.HttpRequest
import uk.reviewhub.api.ApiPaths
import jakarta.inject.Inject
import uk.reviewhub.scrutiny.domain.Scrutiny
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.time.MovableClock

import java.time.DayOfWeek
import java.time.Duration
import java.time.LocalDate
import java.time.temporal.TemporalAdjusters

import static uk.reviewhub.api.scrutiny.ScrutinyPaths.*

/**
 * The observation schedule shared by Norfolk's scrutineers (issue 12 item 3): planning an
 * observation of a team, service or meeting, clashes (one scrutineer at two at once) and gaps
 * (weeks with none; open pieces with none planned before their report is due), cancelling with a
 * reason, the scrutineer's iCalendar feed behind a hashed token; and focus groups and staff and
 * family feedback as evidence (item 5) under the same check for names. Bad input names its field
 * and writes nothing; Salford sees none of it.
 */
class ScrutinyScheduleSpec extends ScrutinyIntegrationSpec {

    @Inject MovableClock clock

    static String path(String url) {
        url.substring(url.indexOf('/ical/'))
    }

    LocalDate day() {
        today.plusDays(14 + random.nextInt(50))
    }

    Map plan(Map p, Map extra = [:]) {
        [observedOn: day().toString(), startsAt: '09:30', endsAt: '11:00', setting: 'Front door triage meeting',
         settingKind: 'MEETING', observerId: userId('scrutineer@norfolk.demo'), location: 'County Hall'] + extra
    }

    def "a planned observation is on the shared schedule; a scrutineer planned twice at once is a clash, shown on both"() {
        given: 'a piece commissioned ten days ago: its report is due in about three months, nothing planned yet'
        Map p = piece(commissionedOn: today.minusDays(10).toString())
        LocalDate on = day()
        String monday = on.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString()

        expect: 'the piece is a gap: it observes practice and has nothing planned'
        get(SCHEDULE, chair).json.piecesWithout*.pieceId.contains(p.id)

        when:
        def first = post(at(PIECE_SCHEDULE, [pieceId: p.id]), plan(p, [observedOn: on.toString()]), lead)
        def second = post(at(PIECE_SCHEDULE, [pieceId: p.id]), plan(p, [observedOn: on.toString(), startsAt: '10:30', endsAt: '12:00',
                                                                      setting: 'Strategy discussion', settingKind: 'SERVICE',
                                                                      observerId: userId('chair@norfolk.demo')]), chair)
        def apart = post(at(PIECE_SCHEDULE, [pieceId: p.id]), plan(p, [observedOn: on.toString(), startsAt: '10:00', endsAt: '11:30',
                                                                     setting: 'Team meeting', settingKind: 'TEAM']), lead)

        then: 'the chair, on the team, plans one for themself; the times are London times'
        first.status == 201
        first.json.observer.name == 'Sam Scrutineer (demo independent scrutineer)'
        first.json.startsAt == '09:30:00' || first.json.startsAt == '09:30'
        second.status == 201
        apart.status == 201

        when: 'the schedule from that week is read'
        def schedule = get(SCHEDULE + "?from=$on&weeks=2", admin)

        then: 'it starts on the Monday and holds all three; the first and the third put the same scrutineer in two places'
        schedule.status == 200
        schedule.json.from == monday
        schedule.json.to == LocalDate.parse(monday).plusDays(13).toString()
        def entries = schedule.json.entries.findAll { it.pieceId == p.id }
        entries*.id.containsAll([first.json.id, second.json.id, apart.json.id])
        schedule.json.clashes.any { it.first == first.json.id && it.second == apart.json.id || it.first == apart.json.id && it.second == first.json.id }
        entries.find { it.id == first.json.id }.clashesWith.contains(apart.json.id)
        !entries.find { it.id == first.json.id }.clashesWith.contains(second.json.id)
        !schedule.json.weeksWithout.contains(monday)
        !get(SCHEDULE, chair).json.piecesWithout*.pieceId.contains(p.id)

        when: 'the clashing one is cancelled with a reason'
        def cancelled = post(at(SCHEDULED_CANCELLATION, [scheduledId: apart.json.id]), [reason: 'Team meeting moved'], lead)
        def again = post(at(SCHEDULED_CANCELLATION, [scheduledId: apart.json.id]), [reason: 'Twice'], lead)
        def after = get(SCHEDULE + "?from=$on&weeks=1", lead).json

        then: 'it stays, cancelled, and clashes no more'
        cancelled.status == 200
        cancelled.json.cancelled == true
        cancelled.json.cancelReason == 'Team meeting moved'
        again.status == 422
        after.entries.find { it.id == apart.json.id }.cancelled == true
        !after.clashes.any { it.first == apart.json.id || it.second == apart.json.id }

        and: 'a scrutineer not on the piece may not cancel; Salford finds none of it'
        post(at(SCHEDULED_CANCELLATION, [scheduledId: first.json.id]), [reason: 'x'], other).status == 403
        post(at(SCHEDULED_CANCELLATION, [scheduledId: first.json.id]), [reason: 'x'], salford).status == 403
        get(SCHEDULE + "?from=$on&weeks=1", salford).json.entries == []
        get(SCHEDULE, member).status == 403
    }

    def "planning checks its fields and writes nothing when one is wrong"() {
        given:
        Map p = piece(commissionedOn: today.minusDays(10).toString())
        String path = at(PIECE_SCHEDULE, [pieceId: p.id])
        int planned = rows('scrutiny_schedule')

        expect:
        post(path, plan(p, [endsAt: '09:00']), lead).json.errors*.field == ['endsAt']
        post(path, plan(p, [observerId: userId('scrutineer2@norfolk.demo')]), lead).json.errors*.field == ['observerId']
        post(path, plan(p, [setting: 'Core group for baby Tyler']), lead).json.errors*.field == ['setting']
        post(path, plan(p, [observedOn: today.minusDays(30).toString()]), lead).json.errors*.field == ['observedOn']
        post(path, plan(p, [settingKind: 'PICNIC']), lead).status == 400
        post(path, plan(p, [startsAt: '25:00']), lead).status == 400
        post(path, plan(p), other).status == 403
        post(at(PIECE_SCHEDULE, [pieceId: UUID.randomUUID()]), plan(p), lead).status == 404
        get(SCHEDULE + '?weeks=27', lead).json.errors*.field == ['weeks']
        get(SCHEDULE + '?weeks=0', lead).json.errors*.field == ['weeks']
        rows('scrutiny_schedule') == planned

        and: 'text that looks like a name is recorded once the scrutineer confirms it holds none'
        post(path, plan(p, [setting: 'Core group for baby Tyler', noNamesConfirmed: true]), lead).status == 201
    }

    def "a scrutineer's calendar feed shows the observations they are planned to make, behind a token only its hash is kept of"() {
        given:
        Map p = piece(commissionedOn: today.minusDays(10).toString())
        def mine = post(at(PIECE_SCHEDULE, [pieceId: p.id]), plan(p, [setting: 'Initial child protection conference']), lead)
        def theirs = post(at(PIECE_SCHEDULE, [pieceId: p.id]), plan(p, [setting: 'MASH huddle', observerId: userId('chair@norfolk.demo')]), chair)
        assert mine.status == 201 && theirs.status == 201

        when:
        def feed = post(SCHEDULE_FEED, [:], lead)
        def calendar = get(path(feed.json.url))

        then:
        feed.status == 201
        path(feed.json.url) ==~ '/ical/[A-Za-z0-9_-]{43}/scrutiny\\.ics'
        calendar.status == 200
        calendar.contentType.startsWith('text/calendar')
        calendar.body.contains('BEGIN:VCALENDAR')
        calendar.body.contains('SUMMARY:Observation: Initial child protection conference')
        calendar.body.contains("UID:${mine.json.id}@reviewhub-scrutiny")
        !calendar.body.contains('MASH huddle')

        and: 'a token that matches nothing is not found; the token is kept only as its hash'
        get("/ical/${'A' * 43}/scrutiny.ics").status == 404
        rows("calendar_feed where token_hash = sha256(convert_to('${path(feed.json.url).split('/')[2]}', 'UTF8'))") == 1

        when: 'the feed is revoked through the calendar feeds'
        def revoked = ApiCalls.send(client, HttpRequest.DELETE(ApiPaths.CALENDAR_FEED.replace('{feedId}', feed.json.feedId as String)), lead)

        then:
        revoked.status == 204
        get(path(feed.json.url)).status == 404

        and: 'only scrutineers make one'
        post(SCHEDULE_FEED, [:], admin).status == 403
    }

    def "the feed carries what falls in its reach of today by the clock: a year back, two years ahead, moving with the clock"() {
        given: 'an observation in three weeks and one beyond the reach ahead'
        Map p = piece(commissionedOn: today.minusDays(10).toString())
        LocalDate nearOn = today.plusDays(20)
        LocalDate farOn = today.plusDays(Scrutiny.FEED_DAYS_AHEAD + 30)
        def near = post(at(PIECE_SCHEDULE, [pieceId: p.id]), plan(p, [observedOn: nearOn.toString(), setting: 'Near strategy discussion']), lead)
        def far = post(at(PIECE_SCHEDULE, [pieceId: p.id]), plan(p, [observedOn: farOn.toString(), setting: 'Far strategy discussion']), lead)
        assert near.status == 201 && far.status == 201
        String feed = path(post(SCHEDULE_FEED, [:], lead).json.url as String)

        expect: 'today: the near one, not the far one'
        with(get(feed).body as String) {
            contains("UID:${near.json.id}@reviewhub-scrutiny") && !contains("UID:${far.json.id}@reviewhub-scrutiny")
        }

        when: 'the clock moves on 60 days: the near one is past, still carried; the far one comes within reach'
        clock.advance(Duration.ofDays(60))
        String later = get(feed).body

        then:
        later.contains("UID:${near.json.id}@reviewhub-scrutiny")
        later.contains("UID:${far.json.id}@reviewhub-scrutiny")

        when: 'it moves on until the near one is more than a year past'
        clock.advance(Duration.ofDays(20 + Scrutiny.FEED_DAYS_BACK + 10 - 60))
        String yearOn = get(feed).body

        then: 'it is no longer carried; the far one still is'
        !yearOn.contains("UID:${near.json.id}@reviewhub-scrutiny")
        yearOn.contains("UID:${far.json.id}@reviewhub-scrutiny")
        yearOn.contains('BEGIN:VCALENDAR')
    }

    Map evidence(Map extra = [:]) {
        [kind: 'FOCUS_GROUP', gatheredOn: today.minusDays(3).toString(), title: 'Focus group with front door social workers',
         participants: 'Six social workers and two team managers', participantCount: 8,
         summary: 'Thresholds are understood; the out-of-hours handover is where information is lost.'] + extra
    }

    def "focus groups and staff and family feedback are evidence, with no names: bad input names the field and writes nothing"() {
        given:
        Map p = piece()
        String path = at(PIECE_EVIDENCE, [pieceId: p.id])
        int before = rows('scrutiny_evidence')

        expect:
        post(path, evidence(summary: 'Mother Kelly said nobody listened'), lead).json.errors*.field == ['summary']
        post(path, evidence(participants: 'Mrs Jones and two carers'), lead).json.errors*.field == ['participants']
        post(path, evidence(gatheredOn: today.plusDays(1).toString()), lead).json.errors*.field == ['gatheredOn']
        post(path, evidence(participantCount: 0), lead).json.errors*.field == ['participantCount']
        post(path, evidence(kind: 'RUMOUR'), lead).status == 400
        post(path, evidence(title: ''), lead).json.errors*.field == ['title']
        post(path, evidence(), other).status == 403
        post(path, evidence(), member).status == 403
        rows('scrutiny_evidence') == before

        when:
        def focus = post(path, evidence(), lead)
        def family = post(path, evidence(kind: 'FAMILY_FEEDBACK', title: 'Feedback from parents at conferences', participants: null,
                participantCount: null, summary: 'Parents felt the reports came too late to read', gatheredOn: today.minusDays(5).toString()), chair)

        then:
        focus.status == 201
        focus.json.recordedBy.name == 'Sam Scrutineer (demo independent scrutineer)'
        family.status == 201
        get(path, admin).json*.id == [family.json.id, focus.json.id]
        get(path, admin).json*.kind == ['FAMILY_FEEDBACK', 'FOCUS_GROUP']
        get(path, salford).status == 404
        rows('scrutiny_evidence') == before + 2

        and: 'reading and recording are audited'
        rows("audit_event where entity = 'scrutiny-evidence' and entity_id = '${focus.json.id}'") == 1
        rows("audit_event where entity = 'scrutiny-evidence' and action = 'READ' and entity_id = '${p.id}'") >= 1
    }
}
