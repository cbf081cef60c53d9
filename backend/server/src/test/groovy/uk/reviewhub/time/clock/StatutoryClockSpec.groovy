package uk.reviewhub.time.clock

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.time.WorkingDayCalendar

import static java.time.LocalDate.parse as date
import static uk.reviewhub.time.clock.ClockStatus.DUE_SOON
import static uk.reviewhub.time.clock.ClockStatus.MET_LATE
import static uk.reviewhub.time.clock.ClockStatus.MET_ON_TIME
import static uk.reviewhub.time.clock.ClockStatus.NOT_STARTED
import static uk.reviewhub.time.clock.ClockStatus.ON_TRACK
import static uk.reviewhub.time.clock.ClockStatus.OVERDUE

class StatutoryClockSpec extends Specification {

    @Shared
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()

    def "SIN clock (5 working days after awareness on Monday 25 March 2024, due 3 April) read on #today: #status"() {
        given: 'due soon within 3 working days'
        StatutoryClock clocks = new StatutoryClock(calendar, 3)

        when:
        ClockReading reading = clocks.read(ClockRule.parse('5 working days after'), date('2024-03-25'),
                completed ? date(completed) : null, date(today))

        then:
        reading.due() == date('2024-04-03')
        reading.status() == status
        reading.workingDaysRemaining() == remaining
        reading.workingDaysLate() == late

        where:
        today        | completed    | status      | remaining | late | why
        '2024-03-25' | null         | ON_TRACK    | 5         | null | 'the day of awareness'
        '2024-03-26' | null         | ON_TRACK    | 4         | null | 'one more than the threshold'
        '2024-03-27' | null         | DUE_SOON    | 3         | null | 'exactly the threshold'
        '2024-03-29' | null         | DUE_SOON    | 2         | null | 'Good Friday'
        '2024-04-02' | null         | DUE_SOON    | 1         | null | 'the day before'
        '2024-04-03' | null         | DUE_SOON    | 0         | null | 'due today is not overdue'
        '2024-04-04' | null         | OVERDUE     | null      | 1    | 'the day after'
        '2024-04-06' | null         | OVERDUE     | null      | 2    | 'the Saturday after: Thursday and Friday missed'
        '2024-04-10' | null         | OVERDUE     | null      | 5    | 'a week later'
        '2024-04-10' | '2024-04-03' | MET_ON_TIME | null      | null | 'sent on the due date'
        '2024-04-10' | '2024-03-28' | MET_ON_TIME | null      | null | 'sent early'
        '2024-04-10' | '2024-03-20' | MET_ON_TIME | null      | null | 'recorded before the start: not late'
        '2024-04-10' | '2024-04-04' | MET_LATE    | null      | 1    | 'sent a day late'
        '2024-04-10' | '2024-04-06' | MET_LATE    | null      | 2    | 'sent on the Saturday after'
        '2024-03-01' | '2024-04-04' | MET_LATE    | null      | 1    | 'met late, whatever today is'
    }

    def "a clock beyond the bank-holiday data reads OUTSIDE_CALENDAR saying which year, instead of failing: #what"() {
        given:
        StatutoryClock clocks = new StatutoryClock(calendar, 3)

        when:
        ClockReading reading = clocks.read(ClockRule.parse(rule), date(started), completed ? date(completed) : null, date(today))

        then:
        reading.status() == status
        reading.due() == (due ? date(due) : null)
        reading.problem() == problem
        reading.label() == label

        where:
        what                                       | rule                             | started      | completed    | today        || status                       | due          | problem                             | label
        'a SIN in 2010, before the data'           | '5 working days after'           | '2010-03-01' | '2010-03-04' | '2026-01-05' || ClockStatus.OUTSIDE_CALENDAR | null         | 'no bank-holiday data for 2010'     | 'Cannot be computed: no bank-holiday data for 2010'
        'a count running past 2100'                | '15 working days after'          | '2100-12-20' | null         | '2100-12-21' || ClockStatus.OUTSIDE_CALENDAR | null         | 'no bank-holiday data for 2101'     | 'Cannot be computed: no bank-holiday data for 2101'
        'counting back before 2012'                | 'at least 7 working days before' | '2012-01-05' | null         | '2011-12-01' || ClockStatus.OUTSIDE_CALENDAR | null         | 'no bank-holiday data for 2011'     | 'Cannot be computed: no bank-holiday data for 2011'
        'months: due date known, days not'         | '6 months after'                 | '2100-10-02' | null         | '2100-11-01' || ClockStatus.OUTSIDE_CALENDAR | '2101-04-02' | 'no bank-holiday data for 2101'     | 'Cannot be computed: no bank-holiday data for 2101'
        'months met on time needs no working days' | '6 months after'                 | '2028-10-02' | '2029-03-01' | '2030-01-01' || MET_ON_TIME                  | '2029-04-02' | null                                | 'Met on time'
        'a 2015 SIN: inside the data now'          | '5 working days after'           | '2015-12-21' | '2015-12-31' | '2026-01-05' || MET_LATE                     | '2015-12-30' | null                                | 'Met late'
    }

    def "a clock without its start event has not started, even when its step is recorded"() {
        given:
        StatutoryClock clocks = new StatutoryClock(calendar, 3)

        when:
        ClockReading reading = clocks.read(new ClockRule.WorkingDaysAfter(15), null, completed, date('2024-04-10'))

        then:
        reading.status() == NOT_STARTED
        reading.due() == null
        reading.workingDaysRemaining() == null
        reading.workingDaysLate() == null

        where:
        completed << [null, date('2024-04-01')]
    }

    def "with a due-soon threshold of #threshold, #remaining working days to go is #status"() {
        given: 'rapid review due Thursday 23 May 2024'
        StatutoryClock clocks = new StatutoryClock(calendar, threshold)

        expect:
        clocks.read(new ClockRule.WorkingDaysAfter(15), date('2024-05-01'), null, date(today)).status() == status

        where:
        threshold | today        | remaining | status
        0         | '2024-05-22' | 1         | ON_TRACK
        0         | '2024-05-23' | 0         | DUE_SOON
        5         | '2024-05-15' | 6         | ON_TRACK
        5         | '2024-05-16' | 5         | DUE_SOON
        5         | '2024-05-18' | 4         | DUE_SOON
        10        | '2024-05-09' | 10        | DUE_SOON
        10        | '2024-05-08' | 11        | ON_TRACK
    }

    def "a calendar-month clock due on a Saturday (1 June 2024) read on #today: #status"() {
        given: 'LCSPR published within 6 months of the decision on Friday 1 December 2023'
        StatutoryClock clocks = new StatutoryClock(calendar, 3)

        when:
        ClockReading reading = clocks.read(ClockRule.parse('6 months after'), date('2023-12-01'),
                completed ? date(completed) : null, date(today))

        then:
        reading.due() == date('2024-06-01')
        reading.status() == status
        reading.workingDaysRemaining() == remaining
        reading.workingDaysLate() == late

        where:
        today        | completed    | status      | remaining | late
        '2024-05-24' | null         | ON_TRACK    | 4         | null
        '2024-05-31' | null         | DUE_SOON    | 0         | null
        '2024-06-01' | null         | DUE_SOON    | 0         | null
        '2024-06-02' | null         | OVERDUE     | null      | 1
        '2024-06-03' | null         | OVERDUE     | null      | 1
        '2024-06-04' | null         | OVERDUE     | null      | 2
        '2024-06-10' | '2024-06-01' | MET_ON_TIME | null      | null
        '2024-06-10' | '2024-06-02' | MET_LATE    | null      | 1
    }

    def "final report before publication on Wednesday 10 April 2024 (due 28 March) read on #today: #status"() {
        given: 'the clock counts back from the later event, publication'
        StatutoryClock clocks = new StatutoryClock(calendar, 3)

        when:
        ClockReading reading = clocks.read(ClockRule.parse('at least 7 working days before'), date('2024-04-10'),
                completed ? date(completed) : null, date(today))

        then:
        reading.due() == date('2024-03-28')
        reading.status() == status
        reading.workingDaysRemaining() == remaining
        reading.workingDaysLate() == late

        where:
        today        | completed    | status      | remaining | late
        '2024-03-20' | null         | ON_TRACK    | 6         | null
        '2024-03-25' | null         | DUE_SOON    | 3         | null
        '2024-03-28' | null         | DUE_SOON    | 0         | null
        '2024-03-29' | null         | OVERDUE     | null      | 1
        '2024-04-02' | null         | OVERDUE     | null      | 1
        '2024-04-03' | null         | OVERDUE     | null      | 2
        '2024-04-10' | '2024-03-28' | MET_ON_TIME | null      | null
        '2024-04-10' | '2024-04-02' | MET_LATE    | null      | 1
    }

    def "a negative due-soon threshold is refused"() {
        when:
        new StatutoryClock(calendar, -1)

        then:
        IllegalArgumentException e = thrown()
        e.message.contains('cannot be negative')
    }

    def "statuses read as words as well as colours"() {
        expect:
        ClockStatus.values()*.label() == ['Not started', 'On track', 'Due soon', 'Overdue', 'Met on time', 'Met late',
                                          'Cannot be computed']
    }
}
