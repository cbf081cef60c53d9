package uk.reviewhub.time.api

import spock.lang.Specification
import uk.reviewhub.problem.InvalidFieldException
import uk.reviewhub.time.context.DeadlineCalculator
import uk.reviewhub.time.WorkingDayCalendar
import uk.reviewhub.time.clock.ClockDefinitions

import java.time.LocalDate

import static java.time.LocalDate.parse as date

/**
 * The calculator's rules ({@link DeadlineCalculator}), called directly on England and Wales working
 * days and the default clocks. The HTTP round trip (sign-in, JSON, problem+json, the partnership's own
 * division and clocks) is DueDateHttpSpec's.
 */
class DueDateControllerSpec extends Specification {

    /** The day these rules are asked on: the plausible starts are the ten years either side of it. */
    static final LocalDate TODAY = date('2020-01-01')

    static DeadlineCalculator.Due due(String start, String workingDays, String months, String clock = null) {
        DeadlineCalculator.due(start, workingDays, months, clock, WorkingDayCalendar.englandAndWales(), ClockDefinitions.defaults(), TODAY)
    }

    def "from #start with workingDays=#workingDays months=#months clock=#clock the due date is #expected (#rule)"() {
        when:
        DeadlineCalculator.Due response = due(start, workingDays, months, clock)

        then:
        response.due() == date(expected)
        response.start() == date(start)
        response.rule() == rule
        response.division() == 'england-and-wales'
        !response.explanation().isBlank()

        where:
        start        | workingDays | months | clock                   | expected     | rule
        '2023-12-22' | '5'         | null   | null                    | '2024-01-03' | '5 working days after'
        '2024-01-06' | '1'         | null   | null                    | '2024-01-08' | '1 working day after'
        '2024-01-06' | '0'         | null   | null                    | '2024-01-06' | '0 working days after'
        '2024-04-10' | '-7'        | null   | null                    | '2024-03-28' | 'at least 7 working days before'
        '2023-08-31' | null        | '6'    | null                    | '2024-02-29' | '6 months after'
        '2023-08-31' | ''          | ' 6 '  | null                    | '2024-02-29' | '6 months after'
        '2023-12-22' | null        | null   | 'sin-notification'      | '2024-01-03' | '5 working days after'
        '2023-12-22' | ''          | ''     | ' rapid-review '        | '2024-01-17' | '15 working days after'
        '2023-08-31' | null        | null   | 'lcspr-publication'     | '2024-02-29' | '6 months after'
        '2024-04-10' | null        | null   | 'final-report-to-panel' | '2024-03-28' | 'at least 7 working days before'
    }

    def "bad input is a 400 naming #field with a readable reason: #problem"() {
        when:
        due(start, workingDays, months, clock)

        then:
        InvalidFieldException e = thrown()
        e.fields()*.field() == [field]
        e.message.contains(reason)

        where:
        problem                    | start        | workingDays | months | clock            | field         | reason
        'no start'                 | null         | '5'         | null   | null             | 'start'       | 'start=YYYY-MM-DD'
        'a blank start'            | ' '          | '5'         | null   | null             | 'start'       | 'start=YYYY-MM-DD'
        'a start in words'         | '3 May 2024' | '5'         | null   | null             | 'start'       | "'3 May 2024' is not a date"
        'an impossible date'       | '2023-02-29' | '5'         | null   | null             | 'start'       | 'is not a date'
        'neither count'            | '2024-05-01' | null        | null   | null             | 'workingDays' | 'not neither'
        'both counts'              | '2024-05-01' | '5'         | '6'    | null             | 'months'      | 'not both'
        'a fractional count'       | '2024-05-01' | '1.5'       | null   | null             | 'workingDays' | "whole number, not '1.5'"
        'an absurd count'          | '2024-05-01' | '100000'    | null   | null             | 'workingDays' | 'The number of working days must be between -1000 and 1000'
        'negative months'          | '2024-05-01' | null        | '-1'   | null             | 'months'      | 'The number of months must be between 0 and 60'
        'a start years ago'        | '1990-05-01' | '5'         | null   | null             | 'start'       | 'The start date must be between 01/01/2010 and 01/01/2030.'
        'a start in year 9999'     | '9999-01-01' | '5'         | null   | null             | 'start'       | 'The start date must be between 01/01/2010 and 01/01/2030.'
        'a count before the data'  | '2012-01-05' | '-40'       | null   | null             | 'workingDays' | 'goes outside it'
        'an unknown clock'         | '2024-05-01' | null        | null   | 'no-such-clock'  | 'clock'       | "no clock 'no-such-clock'"
        'a clock and a count'      | '2024-05-01' | '5'         | null   | 'rapid-review'   | 'clock'       | 'not both'
    }
}
