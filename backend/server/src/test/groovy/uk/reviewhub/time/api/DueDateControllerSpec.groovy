package uk.reviewhub.time.api

import io.micronaut.http.HttpStatus
import io.micronaut.http.exceptions.HttpStatusException
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.api.calendar.DueDateResponse
import uk.reviewhub.time.WorkingDayCalendar

import static java.time.LocalDate.parse as date

/**
 * The calculator's rules, called directly. The HTTP round trip (sign-in, JSON, problem+json) is
 * covered once sign-in is available to specs.
 */
class DueDateControllerSpec extends Specification {

    @Shared
    DueDateController controller = new DueDateController(WorkingDayCalendar.englandAndWales())

    def "from #start with workingDays=#workingDays months=#months the due date is #due (#rule)"() {
        when:
        DueDateResponse response = controller.due(start, workingDays, months)

        then:
        response.due() == date(due)
        response.start() == date(start)
        response.rule() == rule
        response.division() == 'england-and-wales'
        !response.explanation().isBlank()

        where:
        start        | workingDays | months | due          | rule
        '2023-12-22' | '5'         | null   | '2024-01-03' | '5 working days after'
        '2024-01-06' | '1'         | null   | '2024-01-08' | '1 working day after'
        '2024-01-06' | '0'         | null   | '2024-01-06' | '0 working days after'
        '2024-04-10' | '-7'        | null   | '2024-03-28' | 'at least 7 working days before'
        '2023-08-31' | null        | '6'    | '2024-02-29' | '6 months after'
        '2023-08-31' | ''          | ' 6 '  | '2024-02-29' | '6 months after'
    }

    def "bad input is a 400 with a readable reason: #problem"() {
        when:
        controller.due(start, workingDays, months)

        then:
        HttpStatusException e = thrown()
        e.status == HttpStatus.BAD_REQUEST
        e.message.contains(reason)

        where:
        problem                    | start        | workingDays | months | reason
        'no start'                 | null         | '5'         | null   | 'start=YYYY-MM-DD'
        'a blank start'            | ' '          | '5'         | null   | 'start=YYYY-MM-DD'
        'a start in words'         | '3 May 2024' | '5'         | null   | "'3 May 2024' is not a date"
        'an impossible date'       | '2023-02-29' | '5'         | null   | 'is not a date'
        'neither count'            | '2024-05-01' | null        | null   | 'not neither'
        'both counts'              | '2024-05-01' | '5'         | '6'    | 'not both'
        'a fractional count'       | '2024-05-01' | '1.5'       | null   | "whole number, not '1.5'"
        'an absurd count'          | '2024-05-01' | '100000'    | null   | 'between -1000 and 1000'
        'negative months'          | '2024-05-01' | null        | '-1'   | 'between 0 and 60'
        'a start outside the data' | '2031-05-01' | '5'         | null   | '2031-05-01 is outside it'
        'a count past the data'    | '2028-12-01' | '40'        | null   | 'goes outside it'
    }
}
