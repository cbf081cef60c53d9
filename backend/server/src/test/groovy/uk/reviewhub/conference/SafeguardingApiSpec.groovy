package uk.reviewhub.conference

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.WorkingDayCalendar

import java.time.LocalDate
import java.time.ZoneId

import static uk.reviewhub.api.conference.SafeguardingPaths.*

/**
 * The tri-borough's safeguarding service through its API, signed in as its demo users: who sees
 * which child, allocation with history, the child protection and looked-after chains, the live
 * quorum, the lifecycle guards, and bad input answered with the field named and nothing written.
 */
class SafeguardingApiSpec extends SafeguardingIntegrationSpec {

    @Inject WorkingDayCalendar calendar

    int childRows() {
        rows('cp_child')
    }

    UUID agency(String code) {
        owner { c ->
            def s = c.prepareStatement('''select a.id from agency a join partnership p on p.tenant_id = a.tenant_id
                                           where p.slug = 'tri-borough' and a.code = ?''')
            s.setString(1, code)
            def r = s.executeQuery()
            assert r.next()
            r.getObject(1, UUID)
        }
    }

    def "a chair sees the children allocated to them; the manager and support see the service's; nobody else sees them"() {
        given:
        Map child = newChild()
        String path = at(CHILD, [childId: child.id])

        expect: 'before allocation, the service sees the child and no chair does'
        get(path, manager).status == 200
        get(path, support).status == 200
        get(path, chair).status == 404
        !(get(CHILDREN, chair).json*.id.contains(child.id))
        get(CHILDREN, support).json*.id.contains(child.id)

        and: 'other roles of the partnership, and another partnership, are refused'
        get(CHILDREN, admin).status == 403
        get(path, admin).status == 403
        get(path, salford).status == 403

        when:
        def allocation = post(at(CHILD_ALLOCATIONS, [childId: child.id]), [chairId: userId('chair@tri-borough.demo')], manager)

        then:
        allocation.status == 200
        get(path, chair).status == 200
        get(path, chair).json.chair.name.contains('Avery')
        get(CHILDREN, chair).json*.id.contains(child.id)
        get(path, chair2).status == 404

        and: 'only the manager allocates'
        post(at(CHILD_ALLOCATIONS, [childId: child.id]), [chairId: userId('chair2@tri-borough.demo')], chair).status == 403
        post(at(CHILD_ALLOCATIONS, [childId: child.id]), [chairId: userId('chair2@tri-borough.demo')], support).status == 403
    }

    def "a reallocation needs its reason, and the history keeps every allocation"() {
        given:
        Map child = allocated()
        String path = at(CHILD_ALLOCATIONS, [childId: child.id])

        when:
        def noReason = post(path, [chairId: userId('chair2@tri-borough.demo')], manager)

        then:
        noReason.status == 400
        noReason.json.errors*.field == ['reason']
        get(path, manager).json.size() == 1

        when:
        def moved = post(path, [chairId: userId('chair2@tri-borough.demo'), reason: 'Caseload balanced'], manager)

        then:
        moved.status == 200
        moved.json.size() == 2
        moved.json[0].reason == 'Caseload balanced'
        moved.json[0].previousChair.name.contains('Avery')
        get(at(CHILD, [childId: child.id]), chair).status == 404
        get(at(CHILD, [childId: child.id]), chair2).status == 200

        and: 'a person who is not a chair cannot be allocated'
        post(path, [chairId: userId('support@tri-borough.demo'), reason: 'x'], manager).json.errors*.field == ['chairId']
    }

    def "siblings share a chair"() {
        given:
        Map first = allocated()

        when:
        Map second = newChild(siblingOf: first.id)

        then:
        second.chair.id == userId('chair@tri-borough.demo').toString()
        second.siblingGroup == get(at(CHILD, [childId: first.id]), manager).json.siblingGroup
    }

    def "bad input names the field and writes nothing: #why"() {
        given:
        int before = childRows()

        when:
        def answer = post(CHILDREN, [caseReference: reference(), initials: 'AB', bornOn: today.minusYears(3).toString(),
                                     borough: 'Westminster'] + change, manager)

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
        answer.json.errors*.field.contains(field)
        childRows() == before

        where:
        why                               | change                                                             || field
        'a reference too long'            | [caseReference: 'L' * 31]                                          || 'caseReference'
        'a date of birth in the future'   | [bornOn: LocalDate.now().plusDays(3).toString()]                   || 'bornOn'
        'a date of birth out of range'    | [bornOn: '1960-01-01']                                             || 'bornOn'
        'no date at all'                  | [bornOn: null]                                                     || 'bornOn'
        'both dates'                      | [expectedOn: LocalDate.now().plusMonths(2).toString()]             || 'expectedOn'
        'an expected date too far ahead'  | [bornOn: null, expectedOn: LocalDate.now().plusYears(2).toString()] || 'expectedOn'
        'initials that are not letters'   | [initials: 'A1']                                                   || 'initials'
    }

    def "the child protection chain from strategy discussion through the initial conference (plan, category) to the first review"() {
        given:
        Map child = allocated()
        LocalDate strategy = calendar.addWorkingDays(today, -20)

        when: 'an episode is opened from the strategy discussion'
        def episode = post(at(CHILD_EPISODES, [childId: child.id]), [kind: 'CHILD_PROTECTION', startedOn: strategy.toString()], chair)

        then: 'the initial conference is due 15 working days after it'
        episode.status == 201
        episode.json.timeline.find { it.clock == 'initial-cp-conference' }.dueOn == calendar.addWorkingDays(strategy, 15).toString()

        when: 'a review is scheduled before the initial conference'
        String conferences = at(EPISODE_CONFERENCES, [episodeId: episode.json.id])
        def early = post(conferences, [kind: 'REVIEW', plannedOn: today.plusDays(7).toString()], chair)

        then: 'it is refused and nothing is written'
        early.status == 422
        get(at(EPISODE, [episodeId: episode.json.id]), chair).json.conferences == []

        when: 'the initial conference is scheduled and three agencies with direct contact invited'
        def initial = post(conferences, [kind: 'INITIAL', plannedOn: today.minusDays(1).toString()], support)
        String invitees = at(CONFERENCE_INVITEES, [conferenceId: initial.json.id])
        post(invitees, [agencyId: agency('childrens-services'), roleTitle: 'Social worker', directContact: true], support)
        post(invitees, [agencyId: agency('police'), roleTitle: 'Detective constable', directContact: true], support)
        def invited = post(invitees, [agencyId: agency('schools'), roleTitle: 'Designated safeguarding lead', directContact: true], support)

        then:
        initial.status == 201
        invited.json.invitees.size() == 3
        !invited.json.quorum.quorate

        when: 'two attend: the live verdict is not quorate; the third makes it quorate'
        def ids = invited.json.invitees*.id
        put(at(INVITEE, [inviteeId: ids[0]]), [attendance: 'PRESENT'], support)
        def two = put(at(INVITEE, [inviteeId: ids[1]]), [attendance: 'PRESENT', reportReceivedOn: today.minusDays(3).toString()], support)
        def twoVerdict = get(at(CONFERENCE_QUORUM, [conferenceId: initial.json.id]), manager).json
        put(at(INVITEE, [inviteeId: ids[2]]), [attendance: 'PRESENT'], support)
        def threeVerdict = get(at(CONFERENCE_QUORUM, [conferenceId: initial.json.id]), manager).json

        then:
        two.status == 200
        !twoVerdict.quorate
        twoVerdict.summary.contains('3 required')
        threeVerdict.quorate

        when: 'it is held late without the reason for the delay'
        String held = at(CONFERENCE_HELD, [conferenceId: initial.json.id])
        def noReason = post(held, [heldOn: today.minusDays(1).toString()], chair)

        then:
        calendar.addWorkingDays(strategy, 15).isBefore(today.minusDays(1)) ? noReason.json.errors*.field == ['delayReason'] : true

        when:
        def heldAnswer = post(held, [heldOn: today.minusDays(1).toString(), delayReason: 'Police report awaited',
                                     reportsSharedOn: today.minusDays(4).toString()], chair)

        then:
        heldAnswer.status == 200
        heldAnswer.json.quorate == true

        when: 'the outcome: an unknown category, then none, then neglect'
        String outcome = at(CONFERENCE_OUTCOME, [conferenceId: initial.json.id])
        def unknown = put(outcome, [outcome: 'PLAN', category: 'BULLYING', reasons: 'Risk of significant harm'], chair)
        def none = put(outcome, [outcome: 'PLAN', reasons: 'Risk of significant harm', leadSocialWorker: 'Team manager'], chair)
        def bySupport = put(outcome, [outcome: 'PLAN', category: 'NEGLECT', reasons: 'Risk', leadSocialWorker: 'SW'], support)
        def plan = put(outcome, [outcome: 'PLAN', category: 'NEGLECT', reasons: 'Risk of significant harm', dissent: 'Health disagreed',
                                 leadSocialWorker: 'Social worker, Westminster', coreGroup: 'School, health visitor',
                                 outlinePlan: 'Weekly visits', contingencyPlan: 'Legal planning meeting'], chair)

        then:
        unknown.status == 400
        unknown.json.errors*.field == ['category']
        none.status == 400
        none.json.errors*.field == ['category']
        bySupport.status == 403
        plan.status == 200
        plan.json.outcome == 'PLAN'
        plan.json.category == 'NEGLECT'

        when:
        def chain = get(at(EPISODE, [episodeId: episode.json.id]), chair).json
        LocalDate heldOn = today.minusDays(1)

        then: 'the first core group and first review follow the conference actually held'
        chain.planStartedOn == heldOn.toString()
        chain.timeline.find { it.clock == 'first-core-group' }.dueOn == calendar.addWorkingDays(heldOn, 10).toString()
        chain.timeline.find { it.clock == 'first-cp-review' }.dueOn == heldOn.plusMonths(3).toString()
        chain.timeline.find { it.clock == 'cp-decision-letter' }.dueOn == calendar.addWorkingDays(heldOn, 1).toString()

        when: 'the first review is held and ends the plan'
        def review = post(conferences, [kind: 'REVIEW', plannedOn: today.toString()], chair)
        String reviewInvitees = at(CONFERENCE_INVITEES, [conferenceId: review.json.id])
        ['childrens-services', 'police', 'health-visiting'].each {
            def r = post(reviewInvitees, [agencyId: agency(it), roleTitle: 'Professional', directContact: true], support)
            put(at(INVITEE, [inviteeId: r.json.invitees.find { i -> i.agencyId == agency(it).toString() }.id]), [attendance: 'PRESENT'], support)
        }
        post(at(CONFERENCE_HELD, [conferenceId: review.json.id]), [heldOn: today.toString()], chair)
        def ends = put(at(CONFERENCE_OUTCOME, [conferenceId: review.json.id]), [outcome: 'PLAN_ENDS', reasons: 'Risk reduced'], chair)
        def after = get(at(EPISODE, [episodeId: episode.json.id]), chair).json

        then:
        review.status == 201
        ends.status == 200
        after.endedOn == today.toString()

        and: 'the plan cannot end twice, nor a review follow it'
        post(at(EPISODE_EVENTS, [episodeId: episode.json.id]), [event: 'ENDED', on: today.toString(), reason: 'x'], chair).status == 422
        post(conferences, [kind: 'REVIEW', plannedOn: today.plusDays(7).toString()], chair).status == 422
        put(at(CONFERENCE_OUTCOME, [conferenceId: review.json.id]), [outcome: 'PLAN_CONTINUES', reasons: 'x', category: 'NEGLECT',
                                                                     leadSocialWorker: 'SW'], chair).status == 422

        and: 'another chair, and Salford, see none of it'
        get(at(EPISODE, [episodeId: episode.json.id]), chair2).status == 404
        get(at(CONFERENCE, [conferenceId: initial.json.id]), chair2).status == 404
        get(at(CONFERENCE, [conferenceId: initial.json.id]), salford).status == 403
    }

    def "a conference that is not quorate decides nothing and is reconvened"() {
        given:
        Map child = allocated()
        def episode = post(at(CHILD_EPISODES, [childId: child.id]), [kind: 'CHILD_PROTECTION',
                                                                     startedOn: calendar.addWorkingDays(today, -5).toString()], chair)
        String conferences = at(EPISODE_CONFERENCES, [episodeId: episode.json.id])
        def initial = post(conferences, [kind: 'INITIAL', plannedOn: today.toString()], chair)
        def one = post(at(CONFERENCE_INVITEES, [conferenceId: initial.json.id]),
                [agencyId: agency('childrens-services'), roleTitle: 'Social worker', directContact: true], chair)
        put(at(INVITEE, [inviteeId: one.json.invitees[0].id]), [attendance: 'PRESENT'], chair)

        when:
        def held = post(at(CONFERENCE_HELD, [conferenceId: initial.json.id]), [heldOn: today.toString()], chair)
        def decided = put(at(CONFERENCE_OUTCOME, [conferenceId: initial.json.id]), [outcome: 'NO_PLAN', reasons: 'x'], chair)
        def reconvened = post(conferences, [kind: 'INITIAL', plannedOn: today.plusDays(5).toString()], chair)

        then:
        held.json.quorate == false
        decided.status == 422
        reconvened.status == 201
        reconvened.json.reconvenesId == initial.json.id
        reconvened.json.title.contains('reconvened')
        get(at(EPISODE, [episodeId: episode.json.id]), chair).json.timeline.find { it.clock == 'reconvened-cp-conference' }.dueOn ==
                calendar.addWorkingDays(today, 10).toString()
    }

    def "a looked-after review's decisions are SMART actions tracked to completion; the episode ends once"() {
        given:
        Map child = allocated()
        LocalDate became = calendar.addWorkingDays(today, -10)
        def episode = post(at(CHILD_EPISODES, [childId: child.id]), [kind: 'LOOKED_AFTER', startedOn: became.toString()], support)

        expect:
        episode.status == 201
        episode.json.timeline.find { it.clock == 'first-lac-review' }.dueOn == calendar.addWorkingDays(became, 20).toString()
        episode.json.timeline.find { it.clock == 'iro-allocation' }.dueOn == calendar.addWorkingDays(became, 5).toString()

        when:
        String conferences = at(EPISODE_CONFERENCES, [episodeId: episode.json.id])
        def wrongKind = post(conferences, [kind: 'INITIAL', plannedOn: today.toString()], chair)
        def review = post(conferences, [kind: 'LAC_REVIEW', plannedOn: today.toString()], chair)
        post(at(CONFERENCE_HELD, [conferenceId: review.json.id]), [heldOn: today.toString()], chair)
        def withPlan = put(at(CONFERENCE_OUTCOME, [conferenceId: review.json.id]), [outcome: 'PLAN', reasons: 'x'], chair)
        def scrutiny = put(at(CONFERENCE_OUTCOME, [conferenceId: review.json.id]), [carePlanScrutiny: 'Placement stable; contact reviewed',
                                                                                   nextOn: today.plusMonths(3).toString()], chair)
        def action = post(at(CONFERENCE_ACTIONS, [conferenceId: review.json.id]),
                [description: 'Refer to CAMHS', owner: 'Social worker', dueOn: today.plusDays(20).toString()], chair)
        def badDue = post(at(CONFERENCE_ACTIONS, [conferenceId: review.json.id]),
                [description: 'Refer', owner: 'SW', dueOn: today.minusDays(20).toString()], chair)
        def done = put(at(ACTION, [actionId: action.json.actions[0].id]), [completedOn: today.toString()], support)

        then:
        wrongKind.status == 400
        wrongKind.json.errors*.field == ['kind']
        withPlan.status == 400
        withPlan.json.errors*.field == ['outcome']
        scrutiny.status == 200
        action.status == 201
        action.json.actions[0].status == 'Open'
        badDue.json.errors*.field == ['dueOn']
        done.json.actions[0].status == 'Done'
        done.json.clocks.find { it.clock == 'cp-decision-letter' }

        when:
        String events = at(EPISODE_EVENTS, [episodeId: episode.json.id])
        def ended = post(events, [event: 'ENDED', on: today.toString(), reason: 'Returned home'], chair)
        def again = post(events, [event: 'ENDED', on: today.toString(), reason: 'Returned home'], chair)

        then:
        ended.status == 200
        again.status == 422
    }

    def "the manager sees each chair's caseload; a chair's diary holds only their own children"() {
        given:
        Map mine = allocated('chair@tri-borough.demo')
        Map theirs = allocated('chair2@tri-borough.demo')
        [mine, theirs].each {
            post(at(CHILD_EPISODES, [childId: it.id]), [kind: 'CHILD_PROTECTION', startedOn: today.toString()], manager)
        }

        when:
        def loads = get(CHAIRS, manager).json
        def diary = get(DIARY + '?weeks=8', chair).json
        def service = get(DIARY + '?weeks=8', support).json

        then:
        loads.find { it.chair.name.contains('Avery') }.children >= 1
        loads.find { it.chair.name.contains('Robin') }.children >= 1
        diary*.childId.contains(mine.id)
        !diary*.childId.contains(theirs.id)
        service*.childId.containsAll([mine.id, theirs.id])
        get(CHAIRS, chair).status == 403
        get(DIARY + '?weeks=99', chair).json.errors*.field == ['weeks']
    }

    def "safeguarding roles read the partnership's agencies (to invite them), nothing of its case reviews"() {
        expect:
        get(ApiPaths.AGENCIES, support).status == 200
        get(ApiPaths.CASES, chair).status == 403
    }

    /** A child allocated to the chair with an initial conference held yesterday, quorate, and its outcome a plan. */
    Map planMade() {
        Map child = allocated()
        LocalDate yesterday = today.minusDays(1)
        def episode = post(at(CHILD_EPISODES, [childId: child.id]), [kind: 'CHILD_PROTECTION',
                                                                     startedOn: calendar.addWorkingDays(yesterday, -3).toString()], chair)
        def initial = post(at(EPISODE_CONFERENCES, [episodeId: episode.json.id]), [kind: 'INITIAL', plannedOn: yesterday.toString()], chair)
        ['childrens-services', 'police', 'schools'].each {
            def r = post(at(CONFERENCE_INVITEES, [conferenceId: initial.json.id]), [agencyId: agency(it), roleTitle: 'Professional',
                                                                                    directContact: true], support)
            put(at(INVITEE, [inviteeId: r.json.invitees.find { i -> i.agencyId == agency(it).toString() }.id]), [attendance: 'PRESENT'], support)
        }
        assert post(at(CONFERENCE_HELD, [conferenceId: initial.json.id]), [heldOn: yesterday.toString()], chair).json.quorate == true
        def outcome = put(at(CONFERENCE_OUTCOME, [conferenceId: initial.json.id]), [outcome: 'PLAN', category: 'EMOTIONAL_ABUSE',
                                                                                    reasons: 'Risk of significant harm',
                                                                                    leadSocialWorker: 'Social worker'], chair)
        assert outcome.status == 200: outcome.body
        [child: child, episode: episode.json, conference: outcome.json]
    }

    def "the decision letter is issued from the partnership's template, locked, and amended only by a new issue"() {
        given:
        Map world = planMade()
        String records = at(CONFERENCE_RECORDS, [conferenceId: world.conference.id])

        when:
        def early = post(records, [kind: 'SUMMARY'], chair)
        def letter = post(records, [kind: 'DECISION_LETTER'], support)

        then:
        early.status == 400
        early.json.errors*.field == ['kind']
        letter.status == 201
        letter.json.size() == 1
        letter.json[0].issue == 1
        letter.json[0].issuedOn == today.toString()

        when: 'it is read as PDF and DOCX'
        def pdf = get(at(RECORD_DOCUMENT, [recordId: letter.json[0].id, format: 'pdf']), manager)
        def docx = get(at(RECORD_DOCUMENT, [recordId: letter.json[0].id, format: 'docx']), chair)

        then:
        pdf.status == 200
        pdf.contentType == 'application/pdf'
        docx.status == 200
        get(at(RECORD_DOCUMENT, [recordId: letter.json[0].id, format: 'pdf']), chair2).status == 404

        and: 'its clock is met on time'
        get(at(CONFERENCE, [conferenceId: world.conference.id]), chair).json.clocks
                .find { it.clock == 'cp-decision-letter' }.status == 'MET_ON_TIME'

        when: 'the outcome is edited after issue, then the record issued again'
        String outcome = at(CONFERENCE_OUTCOME, [conferenceId: world.conference.id])
        def locked = put(outcome, [outcome: 'PLAN', category: 'NEGLECT', reasons: 'Risk of significant harm',
                                   leadSocialWorker: 'Social worker'], chair)
        def again = post(records, [kind: 'DECISION_LETTER'], chair)
        def amended = put(outcome, [outcome: 'PLAN', category: 'NEGLECT', reasons: 'Risk of significant harm',
                                    leadSocialWorker: 'Social worker', amendmentReason: 'Category corrected'], chair)
        def second = post(records, [kind: 'DECISION_LETTER', amendmentReason: 'Category corrected'], chair)

        then:
        locked.status == 422
        again.status == 422
        amended.status == 200
        amended.json.category == 'NEGLECT'
        second.status == 201
        second.json*.issue == [1, 2]
        second.json[1].amendmentReason == 'Category corrected'
    }
}
