package uk.reviewhub.conference

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.api.vocabulary.AbuseCategory
import uk.reviewhub.api.vocabulary.ConferenceKind
import uk.reviewhub.api.vocabulary.ConferenceOutcome
import uk.reviewhub.api.vocabulary.EpisodeKind
import uk.reviewhub.conference.domain.ChainStep
import uk.reviewhub.conference.domain.Child
import uk.reviewhub.conference.domain.Conference
import uk.reviewhub.conference.domain.Episode
import uk.reviewhub.conference.domain.EpisodeChain
import uk.reviewhub.time.WorkingDayCalendar
import uk.reviewhub.time.clock.ClockDefinitions
import uk.reviewhub.time.clock.StatutoryClock

import java.time.LocalDate

import static java.time.LocalDate.parse as date

/**
 * The chains of child protection and looked-after episodes: each due date follows the actual
 * date of the event before it, in working days of England and Wales (bank holidays, weekends) or
 * calendar months (month ends), by the clocks' rules, not by constants.
 */
class EpisodeChainSpec extends Specification {

    @Shared WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()
    @Shared LocalDate today = date('2026-06-01')
    @Shared EpisodeChain chain = new EpisodeChain(ClockDefinitions.defaults(), new StatutoryClock(calendar, 3), today, true)
    @Shared Child born = new Child(UUID.randomUUID(), 'LCS-1', 'AB', date('2020-01-01'), null, 'Westminster', null, null, null, 0)

    static Episode cp(String startedOn, String planStartedOn = null, String firstCoreGroupOn = null, String endedOn = null) {
        new Episode(UUID.randomUUID(), UUID.randomUUID(), EpisodeKind.CHILD_PROTECTION, date(startedOn), false,
                planStartedOn ? date(planStartedOn) : null, firstCoreGroupOn ? date(firstCoreGroupOn) : null, null, null,
                endedOn ? date(endedOn) : null, null, 0)
    }

    static Episode lac(String startedOn, String iroAllocatedOn = null) {
        new Episode(UUID.randomUUID(), UUID.randomUUID(), EpisodeKind.LOOKED_AFTER, date(startedOn), false, null, null,
                iroAllocatedOn ? date(iroAllocatedOn) : null, null, null, null, 0)
    }

    static Conference conference(ConferenceKind kind, int number, String heldOn, Map facts = [:]) {
        new Conference(UUID.randomUUID(), UUID.randomUUID(), kind, number, facts.plannedOn ? date(facts.plannedOn) : null,
                heldOn ? date(heldOn) : null, null, facts.quorate as Boolean, null, facts.reportsSharedOn ? date(facts.reportsSharedOn) : null,
                false, Conference.Participation.NONE,
                new Conference.Outcome(facts.outcome as ConferenceOutcome, facts.outcome == ConferenceOutcome.PLAN ? AbuseCategory.NEGLECT : null,
                        null, null, null, null, null, null, null, null),
                facts.letter ? date(facts.letter) : null, null, 0)
    }

    static ChainStep step(List<ChainStep> steps, String code) {
        def found = steps.findAll { it.clockCode() == code }
        assert found.size() >= 1: "no step $code in ${steps*.code()}"
        found.last()
    }

    def "the initial conference is due 15 working days after the strategy discussion on #strategy (#why): #due"() {
        when:
        def steps = chain.steps(born, cp(strategy), [])

        then:
        step(steps, 'initial-cp-conference').dueOn() == date(due)

        where:
        strategy     | why                                          || due
        '2025-12-01' | 'three plain weeks'                          || '2025-12-22'
        '2025-12-10' | 'Christmas, Boxing Day and New Year skipped' || '2026-01-05'
        '2026-03-23' | 'Good Friday and Easter Monday skipped'       || '2026-04-15'
        '2026-02-07' | 'a Saturday is day 0'                         || '2026-02-27'
    }

    def "with a plan, the first core group and the first review follow the initial conference's actual date (held #heldOn)"() {
        given:
        def initial = conference(ConferenceKind.INITIAL, 1, heldOn, [outcome: ConferenceOutcome.PLAN, quorate: true])

        when:
        def steps = chain.steps(born, cp('2025-11-10', heldOn), [initial])

        then:
        step(steps, 'first-core-group').dueOn() == date(coreGroup)
        step(steps, 'first-cp-review').dueOn() == date(firstReview)
        step(steps, 'initial-cp-conference').actualOn() == date(heldOn)

        where:
        heldOn       || coreGroup    | firstReview
        '2025-11-28' || '2025-12-12' | '2026-02-28'
        '2025-11-30' || '2025-12-12' | '2026-02-28'
        '2025-12-22' || '2026-01-08' | '2026-03-22'
        '2026-01-09' || '2026-01-23' | '2026-04-09'
        '2026-08-31' || '2026-09-14' | '2026-11-30'
    }

    def "each later review is due 6 months after the review actually held before it, until the plan ends"() {
        given:
        def initial = conference(ConferenceKind.INITIAL, 1, '2025-08-29', [outcome: ConferenceOutcome.PLAN, quorate: true])
        def first = conference(ConferenceKind.REVIEW, 1, '2025-11-30', [outcome: ConferenceOutcome.PLAN_CONTINUES, quorate: true])
        def second = conference(ConferenceKind.REVIEW, 2, '2026-05-15', [outcome: ConferenceOutcome.PLAN_CONTINUES, quorate: true])

        when:
        def steps = chain.steps(born, cp('2025-08-08', '2025-08-29'), [initial, first, second])

        then:
        steps.findAll { it.clockCode() == 'subsequent-cp-review' }*.dueOn() == [date('2026-05-30'), date('2026-11-15')]
        steps.findAll { it.clockCode() == 'subsequent-cp-review' }*.actualOn() == [date('2026-05-15'), null]

        when: 'the second review ends the plan'
        def ends = conference(ConferenceKind.REVIEW, 2, '2026-05-15', [outcome: ConferenceOutcome.PLAN_ENDS, quorate: true])
        def ended = chain.steps(born, cp('2025-08-08', '2025-08-29', '2025-09-10', '2026-05-15'), [initial, first, ends])

        then: 'no further review is due'
        ended.findAll { it.clockCode() == 'subsequent-cp-review' }*.actualOn() == [date('2026-05-15')]
        !ended.any { it.open() && it.clockCode() in ['first-cp-review', 'subsequent-cp-review'] }
    }

    def "a conference that was not quorate is reconvened within 10 working days, and the initial clock waits for the quorate one"() {
        given:
        def inquorate = conference(ConferenceKind.INITIAL, 1, '2025-12-19', [quorate: false])

        when:
        def steps = chain.steps(born, cp('2025-12-01'), [inquorate])

        then:
        step(steps, 'reconvened-cp-conference').dueOn() == date('2026-01-07')
        step(steps, 'initial-cp-conference').actualOn() == null
        step(steps, 'initial-cp-conference').status() == 'OVERDUE'

        when:
        def reconvened = conference(ConferenceKind.INITIAL, 2, '2026-01-06', [quorate: true, outcome: ConferenceOutcome.PLAN])
        steps = chain.steps(born, cp('2025-12-01', '2026-01-06'), [inquorate, reconvened])

        then:
        step(steps, 'reconvened-cp-conference').status() == 'MET_ON_TIME'
        step(steps, 'initial-cp-conference').status() == 'MET_LATE'
        step(steps, 'first-cp-review').dueOn() == date('2026-04-06')
    }

    def "reports reach the parents #rule the conference on #day: by #due"() {
        given:
        def c = conference(kind, 1, null, [plannedOn: day, outcome: null])
        def episode = kind == ConferenceKind.INITIAL ? cp('2025-12-10') : cp('2025-12-10', '2026-01-05')
        def conferences = kind == ConferenceKind.INITIAL ? [c]
                : [conference(ConferenceKind.INITIAL, 1, '2026-01-05', [outcome: ConferenceOutcome.PLAN, quorate: true]), c]

        expect:
        step(chain.steps(born, episode, conferences), code).dueOn() == date(due)

        where:
        kind                  | code                         | rule                            | day          || due
        ConferenceKind.INITIAL | 'reports-to-parents-initial' | '2 working days before'         | '2026-01-05' || '2025-12-31'
        ConferenceKind.REVIEW  | 'reports-to-parents-review'  | '3 working days before (Easter)' | '2026-04-07' || '2026-03-31'
    }

    def "a pre-birth conference is counted back from the expected date of birth; after the birth the first review is due 20 working days on"() {
        given:
        def unborn = new Child(UUID.randomUUID(), 'LCS-2', 'CD', null, date('2026-09-30'), 'Westminster', null, null, null, 0)
        def episode = new Episode(UUID.randomUUID(), unborn.id(), EpisodeKind.CHILD_PROTECTION, date('2026-05-01'), true, null,
                null, null, null, null, null, 0)

        expect:
        step(chain.steps(unborn, episode, []), 'pre-birth-cp-conference').dueOn() == date('2026-07-21')

        when:
        def bornNow = new Child(unborn.id(), 'LCS-2', 'CD', date('2026-09-25'), null, 'Westminster', null, null, null, 0)
        def initial = conference(ConferenceKind.INITIAL, 1, '2026-07-15', [outcome: ConferenceOutcome.PLAN, quorate: true])
        def planned = new Episode(episode.id(), unborn.id(), EpisodeKind.CHILD_PROTECTION, date('2026-05-01'), true, date('2026-07-15'),
                null, null, null, null, null, 0)
        def steps = chain.steps(bornNow, planned, [initial])

        then: 'whichever is sooner: 3 months after the conference, or 20 working days after the birth'
        step(steps, 'first-cp-review').dueOn() == date('2026-10-15')
        step(steps, 'pre-birth-first-review').dueOn() == date('2026-10-23')
    }

    def "looked after from #startedOn: reviewing officer by #iro, first review by #first; second 3 months after the first held #firstHeld: #second"() {
        when:
        def steps = chain.steps(born, lac(startedOn), [conference(ConferenceKind.LAC_REVIEW, 1, firstHeld)])

        then:
        step(steps, 'iro-allocation').dueOn() == date(iro)
        step(steps, 'first-lac-review').dueOn() == date(first)
        step(steps, 'second-lac-review').dueOn() == date(second)

        where:
        startedOn    | firstHeld    || iro          | first        | second
        '2025-12-01' | '2025-12-31' || '2025-12-08' | '2025-12-31' | '2026-03-31'
        '2025-12-19' | '2026-01-21' || '2025-12-30' | '2026-01-21' | '2026-04-21'
        '2025-10-31' | '2025-11-30' || '2025-11-07' | '2025-11-28' | '2026-02-28'
    }

    def "later looked-after reviews are at most 6 months apart; a midway review falls between them; the 9-months panel is due"() {
        given:
        def reviews = [conference(ConferenceKind.LAC_REVIEW, 1, '2025-10-01'), conference(ConferenceKind.LAC_REVIEW, 2, '2025-12-15'),
                       conference(ConferenceKind.LAC_REVIEW, 3, '2026-04-30')]

        when:
        def steps = chain.steps(born, lac('2025-09-01'), reviews)

        then:
        steps.findAll { it.clockCode() == 'subsequent-lac-review' }*.dueOn() == [date('2026-06-15'), date('2026-10-30')]
        steps.findAll { it.clockCode() == 'lac-midway-review' }*.dueOn().contains(date('2026-07-30'))
        step(steps, 'lac-nine-month-panel').dueOn() == date('2026-06-01')
    }

    def "the decision letter is due a working day after the conference, the full record 15 working days after"() {
        given:
        def initial = conference(ConferenceKind.INITIAL, 1, '2025-12-24', [outcome: ConferenceOutcome.NO_PLAN, quorate: true, letter: '2025-12-29'])

        when:
        def steps = chain.steps(born, cp('2025-12-03', null, null, '2025-12-24'), [initial])

        then:
        step(steps, 'cp-decision-letter').dueOn() == date('2025-12-29')
        step(steps, 'cp-decision-letter').status() == 'MET_ON_TIME'
        step(steps, 'cp-full-record').dueOn() == date('2026-01-19')
    }

    def "a partnership's own rule moves the chain: the initial conference in 10 working days"() {
        given:
        def own = new EpisodeChain(ClockDefinitions.defaults().withOverrideTexts(['initial-cp-conference': '10 working days after']),
                new StatutoryClock(calendar, 3), today, false)

        expect:
        step(own.steps(born, cp('2025-12-10'), []), 'initial-cp-conference').dueOn() == date('2025-12-24')
    }
}
