package uk.reviewhub.conference

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.WorkingDayCalendar
import uk.reviewhub.time.clock.ClockDefinitions
import uk.reviewhub.time.clock.StatutoryClock

import java.time.LocalDate
import java.time.ZoneId

import static java.time.LocalDate.parse as date
import static uk.reviewhub.api.conference.LadoPaths.*

/**
 * The tri-borough's LADO log through its API, as its demo users: the referral clock across bank
 * holidays, who sees which allegation, the person kept by sector and role (names warned on), the
 * lifecycle (actions and outcome after the meeting, the outcome once, nothing after it), and bad
 * input answered with the field named and nothing written.
 */
class LadoApiSpec extends SafeguardingIntegrationSpec {

    Map referral(Map extra = [:]) {
        def answer = post(ALLEGATIONS, [knownOn: today.minusDays(10).toString(), referredOn: today.minusDays(9).toString(),
                                       employerSector: 'EDUCATION', personRole: 'Teaching assistant'] + extra, support)
        assert answer.status == 201: answer.body
        answer.json as Map
    }

    Map withMeeting(String chairEmail = 'chair@tri-borough.demo') {
        referral(meetingOn: today.minusDays(2).toString(), chairId: userId(chairEmail).toString())
    }

    def "the referral to the designated officer is due 1 working day after the allegation became known on #known (#why): #due"() {
        given:
        def clocks = ClockDefinitions.defaults()
        def clock = new StatutoryClock(WorkingDayCalendar.englandAndWales(), 3)

        expect:
        clock.read(clocks.rule('lado-referral'), date(known), null, date(known)).due() == date(due)

        where:
        known        | why                                                   || due
        '2026-03-11' | 'a Wednesday'                                         || '2026-03-12'
        '2026-03-13' | 'a Friday: over the weekend'                           || '2026-03-16'
        '2026-04-02' | 'the Thursday before Good Friday and Easter Monday'    || '2026-04-07'
        '2026-05-22' | 'the Friday before the spring bank holiday'            || '2026-05-26'
        '2026-12-24' | 'Christmas Eve: Christmas and Boxing Day on Monday'    || '2026-12-29'
        '2026-12-31' | 'New Year\'s Eve: over New Year\'s Day and a weekend' || '2027-01-04'
        '2026-10-31' | 'a Saturday'                                           || '2026-11-02'
    }

    def "the tri-borough's pack states the referral clock, and an allegation reads it: known, referred, on time"() {
        when:
        Map a = referral(knownOn: today.minusDays(10).toString(), referredOn: today.minusDays(10).toString())

        then:
        a.referral.clock == 'lado-referral'
        a.referral.rule == '1 working day after the allegation became known'
        a.referral.status == 'MET_ON_TIME'
        a.employerSector == 'EDUCATION'
        a.personRole == 'Teaching assistant'
        a.open
        a.actions == []
    }

    def "support and the manager see every allegation; a chair only those whose meeting they chair; nobody else sees any"() {
        given:
        Map a = referral()
        String path = at(ALLEGATION, [allegationId: a.id])

        expect: 'before a chair is named'
        get(path, manager).status == 200
        get(path, support).status == 200
        get(path, chair).status == 404
        !(get(ALLEGATIONS, chair).json*.id.contains(a.id))
        get(ALLEGATIONS, manager).json*.id.contains(a.id)

        and: 'other roles of the partnership and another partnership are refused'
        get(ALLEGATIONS, admin).status == 403
        get(path, admin).status == 403
        get(path, salford).status == 403
        post(ALLEGATIONS, [knownOn: today.toString(), employerSector: 'HEALTH', personRole: 'Nurse'], chair).status == 403

        when: 'the meeting is set with its chair'
        def set = put(path, [knownOn: a.knownOn, referredOn: a.referredOn, employerSector: 'EDUCATION', personRole: 'Teaching assistant',
                             meetingOn: today.minusDays(1).toString(), chairId: userId('chair@tri-borough.demo'), version: a.version], manager)

        then:
        set.status == 200
        set.json.chair.name.contains('Avery')
        get(path, chair).status == 200
        get(ALLEGATIONS, chair).json*.id.contains(a.id)
        get(path, chair2).status == 404

        and: 'every read and change is audited'
        audited(a.id as String) >= 4
    }

    int audited(String id) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement("select count(*) from audit_event where entity = 'lado-allegation' and entity_id = cast(? as uuid)")
            s.setString(1, id)
            def r = s.executeQuery()
            r.next()
            r.getInt(1)
        } finally {
            c.close()
        }
    }

    def "the actions and the outcome follow the meeting; the outcome is the chair's, once, and closes the allegation"() {
        given:
        Map future = referral(meetingOn: today.plusDays(7).toString(), chairId: userId('chair@tri-borough.demo').toString())
        Map a = withMeeting()
        String actions = at(ALLEGATION_ACTIONS, [allegationId: a.id])
        String outcome = at(ALLEGATION_OUTCOME, [allegationId: a.id])

        expect: 'nothing is agreed or decided before the meeting is held'
        post(at(ALLEGATION_ACTIONS, [allegationId: future.id]), [description: 'Employer suspends from duties pending enquiry',
                                                                 owner: 'Head teacher', dueOn: today.plusDays(9).toString()], chair).status == 422
        put(at(ALLEGATION_OUTCOME, [allegationId: future.id]), [outcome: 'UNFOUNDED', decidedOn: today.toString()], chair).status == 422

        when: 'the chair and support record the actions agreed'
        def first = post(actions, [description: 'Police check for offences', owner: 'Police', dueOn: today.plusDays(5).toString()], chair)
        def second = post(actions, [description: 'Employer reviews the timetable', owner: 'Head teacher',
                                    dueOn: today.plusDays(10).toString()], support)

        then:
        first.status == 201
        second.status == 201
        second.json.actions*.owner == ['Police', 'Head teacher']
        second.json.actions*.status == ['Open', 'Open']

        when: 'one is done'
        Map action = second.json.actions[0] as Map
        def done = put(at(ALLEGATION_ACTION, [actionId: action.id]), [doneOn: today.toString(), version: action.version], support)
        def twice = put(at(ALLEGATION_ACTION, [actionId: action.id]), [doneOn: today.toString()], support)

        then:
        done.status == 200
        done.json.actions[0].status == 'Done'
        twice.status == 422

        when: 'the manager, another chair and support may not decide the outcome; the meeting chair does'
        def byManager = put(outcome, [outcome: 'UNSUBSTANTIATED', decidedOn: today.toString()], manager)
        def bySupport = put(outcome, [outcome: 'UNSUBSTANTIATED', decidedOn: today.toString()], support)
        def byOther = put(outcome, [outcome: 'UNSUBSTANTIATED', decidedOn: today.toString()], chair2)
        def decided = put(outcome, [outcome: 'UNSUBSTANTIATED', decidedOn: today.toString(), version: done.json.version], chair)

        then:
        byManager.status == 403
        bySupport.status == 403
        byOther.status == 404
        decided.status == 200
        decided.json.outcome == 'UNSUBSTANTIATED'
        !decided.json.open

        when: 'the outcome again, a change of details, a new action'
        def again = put(outcome, [outcome: 'FALSE', decidedOn: today.toString()], chair)
        def change = put(at(ALLEGATION, [allegationId: a.id]), [knownOn: a.knownOn, employerSector: 'HEALTH', personRole: 'Nurse',
                                                               version: decided.json.version], manager)
        def late = post(actions, [description: 'Another', owner: 'Police', dueOn: today.plusDays(5).toString()], chair)

        then: 'a closed allegation refuses them'
        again.status == 422
        change.status == 422
        late.status == 422
        get(at(ALLEGATION, [allegationId: a.id]), chair).json.outcome == 'UNSUBSTANTIATED'
    }

    def "a stale version is refused with 409"() {
        given:
        Map a = referral()
        Map body = [knownOn: a.knownOn, employerSector: 'EDUCATION', personRole: 'Supply teacher']

        when:
        def first = put(at(ALLEGATION, [allegationId: a.id]), body + [version: a.version], support)
        def stale = put(at(ALLEGATION, [allegationId: a.id]), body + [version: a.version], manager)

        then:
        first.status == 200
        stale.status == 409
    }

    def "the person is kept by role, never by name: a role that looks like a name is refused unless confirmed"() {
        when:
        def named = post(ALLEGATIONS, [knownOn: today.toString(), employerSector: 'SPORT_AND_LEISURE', personRole: 'Coach Mr Jones'],
                support)
        def confirmed = post(ALLEGATIONS, [knownOn: today.toString(), employerSector: 'SPORT_AND_LEISURE',
                                           personRole: 'Swimming coach, Mr Men club', noNamesConfirmed: true], support)

        then:
        named.status == 400
        named.json.errors*.field == ['personRole']
        named.json.errors[0].message.contains('Mr Jones')
        confirmed.status == 201
    }

    def "bad input names the field and writes nothing: #why"() {
        given:
        Map good = [knownOn: today.minusDays(3).toString(), referredOn: today.minusDays(2).toString(), employerSector: 'HEALTH',
                    personRole: 'Healthcare assistant']
        int before = rows('lado_allegation')

        when:
        def answer = post(ALLEGATIONS, good + change, support)

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
        answer.json.errors*.field.contains(field)
        rows('lado_allegation') == before

        where:
        why                                  | change                                                           || field
        'known in the future'                | [knownOn: LocalDate.now(ZoneId.of('Europe/London')).plusDays(1).toString()] || 'knownOn'
        'known too long ago'                 | [knownOn: '2001-01-01']                                          || 'knownOn'
        'referred before it became known'    | [referredOn: LocalDate.now(ZoneId.of('Europe/London')).minusDays(30).toString()] || 'referredOn'
        'an unknown sector'                  | [employerSector: 'ASTRONAUT']                                    || 'employerSector'
        'no sector'                          | [employerSector: null]                                           || 'employerSector'
        'a role too long'                    | [personRole: 'x' * 121]                                          || 'personRole'
        'no role'                            | [personRole: ' ']                                                || 'personRole'
        'a reference too long'               | [reference: 'R' * 31]                                            || 'reference'
        'a chair who is not a chair'         | [chairId: UUID.randomUUID().toString()]                          || 'chairId'
        'a meeting before it became known'   | [meetingOn: '2020-01-01']                                        || 'meetingOn'
    }

    def "an unknown outcome, a decision before the meeting and an action due before it name their fields"() {
        given:
        Map a = withMeeting()
        int actionsBefore = rows('lado_action')

        when:
        def unknown = put(at(ALLEGATION_OUTCOME, [allegationId: a.id]), [outcome: 'PROVEN', decidedOn: today.toString()], chair)
        def early = put(at(ALLEGATION_OUTCOME, [allegationId: a.id]), [outcome: 'FALSE', decidedOn: a.knownOn], chair)
        def due = post(at(ALLEGATION_ACTIONS, [allegationId: a.id]), [description: 'Check', owner: 'Police', dueOn: a.knownOn], chair)
        def named = post(at(ALLEGATION_ACTIONS, [allegationId: a.id]), [description: 'Speak to mother Sarah', owner: 'Social worker',
                                                                       dueOn: today.toString()], chair)

        then:
        unknown.status == 400
        unknown.json.errors*.field == ['outcome']
        early.status == 400
        early.json.errors*.field == ['decidedOn']
        due.status == 400
        due.json.errors*.field == ['dueOn']
        named.status == 400
        named.json.errors*.field == ['description']
        rows('lado_action') == actionsBefore
        get(at(ALLEGATION, [allegationId: a.id]), chair).json.open
    }
}
