package uk.reviewhub.conference

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.conference.SafeguardingPaths
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.pack.PackReader
import uk.reviewhub.pack.PackSource
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
import static uk.reviewhub.api.conference.IssuePaths.*
import static uk.reviewhub.api.conference.SafeguardingPaths.CHILDREN
import static uk.reviewhub.api.conference.SafeguardingPaths.CHILD_ALLOCATIONS
import static uk.reviewhub.api.conference.SafeguardingPaths.DIARY

/**
 * The tri-borough's Issue Resolution Process through its API, as its demo users: the stage clocks of
 * its pack across bank holidays and month ends, the lifecycle (forward only, stages skipped, Cafcass,
 * nothing after the outcome, a response not before its stage), who sees and does what (a Salford
 * chair of its own service finds nothing), bad input answered at its field with nothing written, the
 * escalation register's filters, and the two measures in the service group's performance report.
 */
class IssueResolutionApiSpec extends SafeguardingIntegrationSpec {

    @Shared String salfordChairToken

    /**
     * Salford runs no safeguarding service; a person holding the chair's role there still sees
     * nothing of the tri-borough's.
     */
    String getSalfordChair() {
        if (salfordChairToken == null) {
            UUID tenant = DemoTokens.tenantOf('salford')
            String email = TestUsers.uniqueEmail('irp-salford')
            UUID user = TestUsers.user(name: 'Salford Reviewing Chair', email: email)
            TestUsers.member(user, tenant, ['SAFEGUARDING_CHAIR'])
            salfordChairToken = accessTokens.issue(user, tenant, ['SAFEGUARDING_CHAIR'], 'Salford Reviewing Chair', email).token()
        }
        salfordChairToken
    }

    int audited(String id) {
        owner { c ->
            def s = c.prepareStatement("select count(*) from audit_event where entity = 'irp-issue' and entity_id = cast(? as uuid)")
            s.setString(1, id)
            def r = s.executeQuery()
            r.next()
            r.getInt(1)
        }
    }

    /** A child of the service allocated to {@code chairEmail}. */
    Map child(String chairEmail = 'chair@tri-borough.demo') {
        allocated(chairEmail, [initials: 'CD', bornOn: today.minusYears(9).toString(), borough: 'Kensington and Chelsea'])
    }

    Map raise(Map extra = [:], String token = chair) {
        Map body = [childId: extra.childId ?: child().id, category: 'CARE_PLAN', summary: 'The care plan has drifted since the last review',
                    raisedOn: today.minusDays(3).toString()] + extra
        def answer = post(ISSUES, body, token)
        assert answer.status == 201: answer.body
        answer.json as Map
    }

    ApiCalls.Answer step(Map issue, Map body, String token = chair) {
        post(at(ISSUE_STEPS, [issueId: issue.id]), body, token)
    }

    def "the stage clock #clock from #start (#why) falls due on #due in the tri-borough's working days"() {
        given: 'the tri-borough pack\'s own rules over the catalogue, on England and Wales\'s bank holidays'
        def pack = new PackReader().read(PackSource.classpath(), 'tri-borough').value()
        def clocks = ClockDefinitions.defaults().withOverrideTexts(pack.clocks())
        def engine = new StatutoryClock(WorkingDayCalendar.englandAndWales(), 3)

        expect:
        engine.read(clocks.rule(clock), date(start), null, date(start)).due() == date(due)

        where:
        clock                 | start        | why                                                  || due
        'irp-informal'        | '2026-04-01' | 'over Good Friday and Easter Monday'                 || '2026-04-10'
        'irp-resolution'      | '2026-04-01' | 'the whole process over Easter and a month end'      || '2026-05-01'
        'irp-team-manager'    | '2026-07-29' | 'across the end of July'                             || '2026-08-05'
        'irp-director'        | '2026-08-28' | 'a Friday before the summer bank holiday'            || '2026-09-02'
        'irp-head-of-service' | '2026-12-23' | 'over Christmas, Boxing Day on the Monday'           || '2026-12-30'
        'irp-resolution'      | '2026-12-14' | 'over Christmas, New Year and the year end'          || '2027-01-14'
        'irp-service-manager' | '2027-02-24' | 'across the end of February'                         || '2027-03-03'
        'irp-resolution'      | '2027-03-10' | 'over Easter 2027 and the end of March'              || '2027-04-09'
        'irp-informal'        | '2026-10-31' | 'raised on a Saturday'                               || '2026-11-06'
    }

    def "the process is the pack's: five stages with their clocks in words, Cafcass offered, 20 working days in all"() {
        when:
        def p = get(PROCESS, support)

        then:
        p.status == 200
        p.json.enabled
        p.json.stages*.code == ['informal', 'team-manager', 'service-manager', 'head-of-service', 'director']
        p.json.stages[0].formal == false
        p.json.stages[1].rule == '5 working days after the issue reached the stage'
        p.json.resolutionRule == '20 working days after the issue was raised'
        p.json.cafcassReferral
    }

    def "a chair raises an issue: its first stage, the stage's and the whole process's clocks from the engine, the step recorded"() {
        given:
        LocalDate raised = today.minusDays(2)
        def engine = new StatutoryClock(WorkingDayCalendar.englandAndWales(), 3)
        def clocks = ClockDefinitions.defaults()

        when:
        Map i = raise(raisedOn: raised.toString())

        then:
        i.stage.code == 'informal'
        i.stageSince == raised.toString()
        i.stageResponse.clock == 'irp-informal'
        i.stageResponse.dueOn == engine.read(clocks.rule('irp-informal'), raised, null, today).due().toString()
        i.resolution.clock == 'irp-resolution'
        i.resolution.dueOn == engine.read(clocks.rule('irp-resolution'), raised, null, today).due().toString()
        i.open
        !i.overdue
        i.workingDaysOpen == WorkingDayCalendar.englandAndWales().with { raised < today ? workingDaysBetween(raised, today) : 0 }
        i.steps*.kind == ['RAISED']
        i.steps[0].recordedBy.id == userId('chair@tri-borough.demo').toString()
        i.steps[0].recordedAt != null
        i.raisedBy.name
        i.child.caseReference.startsWith('LCS')
    }

    def "the lifecycle: a response, escalated skipping a stage, never back, Cafcass once, the outcome once and nothing after it"() {
        given:
        Map i = raise(raisedOn: today.minusDays(30).toString())

        when: 'support records the informal response'
        def answered = step(i, [kind: 'RESPONSE', on: today.minusDays(28).toString(), note: 'Social worker will update the plan'], support)

        then:
        answered.status == 201
        answered.json.respondedOn == today.minusDays(28).toString()
        answered.json.stageResponse.status in ['MET_ON_TIME', 'MET_LATE']

        and: 'a second response at the same stage is refused'
        step(i, [kind: 'RESPONSE', on: today.minusDays(27).toString()], support).status == 422

        when: 'the chair escalates past the team manager to the service manager'
        def escalated = step(i, [kind: 'ESCALATED', stage: 'service-manager', on: today.minusDays(25).toString(), version: answered.json.version])

        then:
        escalated.status == 201
        escalated.json.stage.code == 'service-manager'
        escalated.json.stageSince == today.minusDays(25).toString()
        escalated.json.respondedOn == null
        escalated.json.stageResponse.clock == 'irp-service-manager'

        and: 'a response dated before the issue reached this stage is refused at its field'
        with(step(i, [kind: 'RESPONSE', on: today.minusDays(26).toString()], support)) {
            status == 400
            json.errors*.field == ['on']
        }

        and: 'it never goes back, nor to the same stage'
        step(i, [kind: 'ESCALATED', stage: 'team-manager', on: today.minusDays(24).toString()]).status == 422
        step(i, [kind: 'ESCALATED', stage: 'service-manager', on: today.minusDays(24).toString()]).status == 422

        and: 'support records responses but does not escalate or refer'
        step(i, [kind: 'ESCALATED', stage: 'director', on: today.minusDays(24).toString()], support).status == 403
        step(i, [kind: 'CAFCASS_REFERRAL', on: today.minusDays(24).toString()], support).status == 403
        step(i, [kind: 'RESPONSE', on: today.minusDays(24).toString()], manager).status == 403

        when: 'referred to Cafcass, once'
        def referred = step(i, [kind: 'CAFCASS_REFERRAL', on: today.minusDays(20).toString()])

        then:
        referred.status == 201
        referred.json.cafcassReferredOn == today.minusDays(20).toString()
        step(i, [kind: 'CAFCASS_REFERRAL', on: today.minusDays(19).toString()]).status == 422

        when: 'the chair records it resolved'
        def resolved = put(at(ISSUE_OUTCOME, [issueId: i.id]), [outcome: 'RESOLVED', on: today.minusDays(10).toString(),
                                                                 note: 'Plan revised and agreed'], chair)

        then:
        resolved.status == 200
        !resolved.json.open
        resolved.json.outcome == 'RESOLVED'
        resolved.json.resolution.actualOn == today.minusDays(10).toString()
        resolved.json.steps*.kind == ['RAISED', 'RESPONSE', 'ESCALATED', 'CAFCASS_REFERRAL', 'RESOLVED']
        resolved.json.steps*.stage == ['informal', 'informal', 'service-manager', 'service-manager', 'service-manager']
        resolved.json.steps[1].recordedBy.id == userId('support@tri-borough.demo').toString()
        resolved.json.steps[4].note == 'Plan revised and agreed'

        and: 'nothing after the outcome'
        step(i, [kind: 'RESPONSE', on: today.toString()], support).status == 422
        step(i, [kind: 'ESCALATED', stage: 'director', on: today.toString()]).status == 422
        put(at(ISSUE_OUTCOME, [issueId: i.id]), [outcome: 'CLOSED', on: today.toString()], chair).status == 422

        and: 'every change (raised, response, escalated, Cafcass, resolved) and read is audited'
        audited(i.id as String) == 5
        get(at(ISSUE, [issueId: i.id]), manager).status == 200
        audited(i.id as String) == 6
    }

    def "an issue open past its clocks is overdue, with its age in working days"() {
        when:
        Map i = raise(raisedOn: today.minusDays(60).toString())

        then:
        i.overdue
        i.stageResponse.status == 'OVERDUE'
        i.resolution.status == 'OVERDUE'
        i.workingDaysOpen == WorkingDayCalendar.englandAndWales().workingDaysBetween(today.minusDays(60), today)
    }

    def "the chair's diary lists an open issue's clocks, overdue first, and drops them once it ends; another chair's does not"() {
        given:
        Map i = raise(raisedOn: today.minusDays(60).toString())
        Closure<List<Map>> diary = { String token -> (get(DIARY, token).json as List<Map>).findAll { it.childId == i.child.id } }

        expect:
        diary(chair)*.step*.clock as Set == ['irp-informal', 'irp-resolution'] as Set
        diary(chair).every { it.step.status == 'OVERDUE' && it.episodeId == null }
        diary(manager).size() == 2
        diary(chair2).isEmpty()

        when:
        put(at(ISSUE_OUTCOME, [issueId: i.id]), [outcome: 'CLOSED', on: today.toString()], chair)

        then:
        diary(chair).isEmpty()
    }

    def "an open issue's due dates are in its chair's calendar feed, by clock and case reference only, until it ends"() {
        given:
        Map i = raise()
        String feed = (post(SafeguardingPaths.CALENDAR_FEED, [:], chair).json.url as String).with { it.substring(it.indexOf('/ical/')) }
        Closure<String> calendar = { ApiCalls.get(client, feed).body }

        expect: 'the stage response and the whole process, each an all-day event naming the case reference, not the summary'
        calendar().contains("UID:${i.id}-irp-informal@reviewhub")
        calendar().contains("UID:${i.id}-irp-resolution@reviewhub")
        calendar().contains(i.child.caseReference as String)
        !calendar().contains('The care plan has drifted')

        when:
        put(at(ISSUE_OUTCOME, [issueId: i.id]), [outcome: 'RESOLVED', on: today.toString()], chair)

        then:
        !calendar().contains(i.id as String)
    }

    def "who sees an issue: its chair, the child's chair, the manager and support; another chair 404; a Salford chair 404; others 403"() {
        given:
        Map c = child()
        Map i = raise(childId: c.id)
        String path = at(ISSUE, [issueId: i.id])

        expect:
        get(path, chair).status == 200
        get(path, manager).status == 200
        get(path, support).status == 200
        get(path, chair2).status == 404
        get(path, admin).status == 403
        !(get(ISSUES, chair2).json*.id.contains(i.id))
        get(ISSUES, manager).json*.id.contains(i.id)

        and: 'a chair raises only about the children allocated to them; the manager raises none'
        post(ISSUES, [childId: c.id, category: 'PRACTICE', summary: 'Visits missed', raisedOn: today.toString()], chair2).status == 404
        post(ISSUES, [childId: c.id, category: 'PRACTICE', summary: 'Visits missed', raisedOn: today.toString()], manager).status == 403

        and: 'Salford finds none of it'
        get(path, salfordChair).status == 404
        get(ISSUES, salfordChair).json == []
        step(i, [kind: 'RESPONSE', on: today.toString()], salfordChair).status == 404
        put(at(ISSUE_OUTCOME, [issueId: i.id]), [outcome: 'CLOSED', on: today.toString()], salfordChair).status == 404
        post(ISSUES, [childId: c.id, category: 'PRACTICE', summary: 'Visits missed', raisedOn: today.toString()], salfordChair).status == 404
    }

    def "the register filters by chair, stage, child and open"() {
        given:
        Map c = child()
        Map informal = raise(childId: c.id)
        Map formal = raise(childId: c.id, stage: 'head-of-service')
        Map other = raise([childId: child('chair2@tri-borough.demo').id, stage: 'head-of-service'], chair2)
        put(at(ISSUE_OUTCOME, [issueId: informal.id]), [outcome: 'CLOSED', on: today.toString()], chair)

        expect:
        get(ISSUES + "?childId=${c.id}", manager).json*.id == [formal.id, informal.id] // open first
        get(ISSUES + "?childId=${c.id}&open=true", manager).json*.id == [formal.id]
        get(ISSUES + "?childId=${c.id}&open=false", manager).json*.id == [informal.id]
        get(ISSUES + "?stage=head-of-service", manager).json*.id.containsAll([formal.id, other.id])
        !get(ISSUES + "?stage=head-of-service", manager).json*.id.contains(informal.id)
        get(ISSUES + "?chairId=${userId('chair2@tri-borough.demo')}", manager).json*.id.contains(other.id)
        !get(ISSUES + "?chairId=${userId('chair2@tri-borough.demo')}", manager).json*.id.contains(formal.id)
        with(get(ISSUES + '?stage=no-such-stage', manager)) {
            status == 400
            json.errors*.field == ['stage']
        }
    }

    def "bad input (#why) is answered at #field and writes nothing"() {
        given:
        Map c = child()
        Map body = [childId: c.id, category: 'CARE_PLAN', summary: 'Plan drift', raisedOn: today.toString()] + change
        int issues = rows('irp_issue')
        int steps = rows('irp_step')

        when:
        def answer = post(ISSUES, body, chair)

        then:
        answer.status == 400
        answer.contentType.contains('application/problem+json')
        answer.json.errors*.field == [field]
        rows('irp_issue') == issues
        rows('irp_step') == steps

        where:
        why                        | change                                                 || field
        'an unknown stage'         | [stage: 'chief-executive']                             || 'stage'
        'an unknown category'      | [category: 'GOSSIP']                                   || 'category'
        'a summary too long'       | [summary: 'x' * 1001]                                  || 'summary'
        'a name in the summary'    | [summary: 'Mrs Smith says the plan drifted']           || 'summary'
        'a day in the future'      | [raisedOn: today.plusDays(1).toString()]               || 'raisedOn'
        'a day years ago'          | [raisedOn: today.minusYears(5).toString()]             || 'raisedOn'
        'no summary'               | [summary: ' ']                                         || 'summary'
    }

    def "a step's bad input (#why) is answered at #field and writes nothing"() {
        given:
        Map i = raise()
        int steps = rows('irp_step')

        when:
        def answer = step(i, body)

        then:
        answer.status == 400
        answer.json.errors*.field == [field]
        rows('irp_step') == steps
        get(at(ISSUE, [issueId: i.id]), chair).json.version == i.version

        where:
        why                          | body                                                                            || field
        'an unknown stage'           | [kind: 'ESCALATED', stage: 'chief-executive', on: today.toString()]             || 'stage'
        'no stage to escalate to'    | [kind: 'ESCALATED', on: today.toString()]                                      || 'stage'
        'a note too long'            | [kind: 'RESPONSE', on: today.toString(), note: 'x' * 2001]                      || 'note'
        'a day out of the window'    | [kind: 'RESPONSE', on: today.plusYears(3).toString()]                           || 'on'
        'a kind that is no step'     | [kind: 'RESOLVED', on: today.toString()]                                       || 'kind'
    }

    def "the service's report carries open issues and their age, and caseloads per chair, with the pack's targets"() {
        given:
        UUID group = owner { c ->
            def r = c.createStatement().executeQuery('''select g.id from review_group g join partnership p on p.tenant_id = g.tenant_id
                                                          where p.slug = 'tri-borough' and g.code = 'safeguarding-review-qa' ''')
            r.next()
            r.getObject(1, UUID)
        }
        String report = ApiPaths.GROUP_PERFORMANCE.replace('{groupId}', group.toString()) +
                "?from=${today.minusDays(70)}&to=${today}"
        Closure<Map> measures = { (get(report, admin).json.measures as List<Map>).collectEntries { [(it.code): it] } }
        Map before = measures()

        when: 'an issue raised 60 days ago is still open, past its 20 working days'
        raise(raisedOn: today.minusDays(60).toString())
        Map after = measures()

        then:
        after['open-issues-in-time'].targetPercent == 90
        after['open-issues-in-time'].label == 'Issues of the Issue Resolution Process within 20 working days (open issues and their age)'
        after['open-issues-in-time'].of == before['open-issues-in-time'].of + 1
        after['open-issues-in-time'].met == before['open-issues-in-time'].met
        after['open-issues-in-time'].text.contains('working days old')

        and: 'every chair of the service holds far fewer than the pack\'s 60 children'
        after['chair-caseloads'].targetPercent == 100
        after['chair-caseloads'].of >= 2
        after['chair-caseloads'].met == after['chair-caseloads'].of
        after['chair-caseloads'].light == 'GREEN'
        after['chair-caseloads'].text.contains('at most 60 children')
    }
}
