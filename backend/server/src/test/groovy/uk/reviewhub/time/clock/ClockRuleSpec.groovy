package uk.reviewhub.time.clock

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.time.WorkingDayCalendar

import static java.time.LocalDate.parse as date
import static uk.reviewhub.time.clock.ClockRule.CalendarMonthsAfter
import static uk.reviewhub.time.clock.ClockRule.WorkingDaysAfter
import static uk.reviewhub.time.clock.ClockRule.WorkingDaysBefore

class ClockRuleSpec extends Specification {

    @Shared
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()

    def "'#text' reads as #rule"() {
        expect:
        ClockRule.parse(text) == rule

        and: 'it is written back in a form that reads the same'
        ClockRule.parse(rule.describe()) == rule

        where:
        text                              | rule
        '5 working days after'            | new WorkingDaysAfter(5)
        'within 15 working days of'       | new WorkingDaysAfter(15)
        '1 working day after'             | new WorkingDaysAfter(1)
        '0 working days after'            | new WorkingDaysAfter(0)
        '  6   Months After '             | new CalendarMonthsAfter(6)
        '6 calendar months after'         | new CalendarMonthsAfter(6)
        'within 3 months of'              | new CalendarMonthsAfter(3)
        '1 month after'                   | new CalendarMonthsAfter(1)
        'at least 7 working days before'  | new WorkingDaysBefore(7)
        '10 working days before'          | new WorkingDaysBefore(10)
        'At least 1 working day before'   | new WorkingDaysBefore(1)
    }

    def "#rule is described as '#words'"() {
        expect:
        rule.describe() == words

        where:
        rule                         | words
        new WorkingDaysAfter(5)      | '5 working days after'
        new WorkingDaysAfter(1)      | '1 working day after'
        new CalendarMonthsAfter(6)   | '6 months after'
        new CalendarMonthsAfter(1)   | '1 month after'
        new WorkingDaysBefore(7)     | 'at least 7 working days before'
    }

    def "'#text' is not a clock rule"() {
        when:
        ClockRule.parse(text)

        then:
        IllegalArgumentException e = thrown()
        e.message.contains(reason)

        where:
        text                            | reason
        null                            | 'missing'
        ''                              | "Cannot read the clock rule ''"
        'five working days after'       | 'Cannot read'
        '5 days after'                  | 'Cannot read'
        '-5 working days after'         | 'Cannot read'
        '5 working days'                | 'Cannot read'
        '6 months before'               | 'Cannot read'
        '99999999999 working days after' | 'too large a number'
    }

    def "a rule cannot count a negative number: #rule"() {
        when:
        rule.call()

        then:
        IllegalArgumentException e = thrown()
        e.message.contains("use a 'before' rule")

        where:
        rule << [{ new WorkingDaysAfter(-1) }, { new CalendarMonthsAfter(-1) }, { new WorkingDaysBefore(-1) }]
    }

    def "#months calendar months after #event is #due, not moved to a working day"() {
        expect:
        new CalendarMonthsAfter(months).dueDate(date(event), calendar) == date(due)

        where:
        event        | months | due
        '2024-01-15' | 6      | '2024-07-15'
        '2023-08-31' | 6      | '2024-02-29'
        '2022-08-31' | 6      | '2023-02-28'
        '2024-03-31' | 3      | '2024-06-30'
        '2024-02-29' | 6      | '2024-08-29'
        '2024-02-29' | 12     | '2025-02-28'
        '2023-12-01' | 6      | '2024-06-01'
        '2024-06-25' | 6      | '2024-12-25'
        '2024-05-01' | 0      | '2024-05-01'
    }

    def "#rule from #event is due #due"() {
        expect:
        rule.dueDate(date(event), calendar) == date(due)

        where:
        rule                       | event        | due
        new WorkingDaysAfter(5)    | '2024-03-25' | '2024-04-03'
        new WorkingDaysAfter(15)   | '2024-05-01' | '2024-05-23'
        new WorkingDaysAfter(0)    | '2024-01-06' | '2024-01-06'
        new WorkingDaysBefore(7)   | '2024-04-10' | '2024-03-28'
        new WorkingDaysBefore(1)   | '2024-01-06' | '2024-01-05'
        new WorkingDaysBefore(0)   | '2024-01-06' | '2024-01-06'
    }

    def "the explanation names day 0, the holidays skipped and the due date"() {
        expect:
        new WorkingDaysAfter(5).explain(date('2023-12-22'), calendar) ==
                'Day 0 is Friday 22/12/2023. Counting 5 working days after it (skipping weekends and ' +
                'Christmas Day 25/12/2023, Boxing Day 26/12/2023, New Year’s Day 01/01/2024), ' +
                'day 5 is Wednesday 03/01/2024.'

        and:
        new WorkingDaysAfter(1).explain(date('2024-01-06'), calendar) ==
                'Day 0 is Saturday 06/01/2024, a weekend day. Counting 1 working day after it ' +
                '(skipping weekends), day 1 is Monday 08/01/2024.'

        and:
        new WorkingDaysBefore(7).explain(date('2024-04-10'), calendar) ==
                'Day 0 is Wednesday 10/04/2024. Counting back 7 working days (skipping weekends and ' +
                'Good Friday 29/03/2024, Easter Monday 01/04/2024), the 7th working day before it is ' +
                'Thursday 28/03/2024.'

        and:
        new CalendarMonthsAfter(6).explain(date('2023-08-31'), calendar) ==
                '6 calendar months after Thursday 31/08/2023 is Thursday 29/02/2024 ' +
                '(February 2024 has no day 31, so its last day). A calendar-month due date is not moved to a working day.'
    }
}
