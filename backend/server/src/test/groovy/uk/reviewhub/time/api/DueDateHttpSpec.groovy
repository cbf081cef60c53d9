package uk.reviewhub.time.api

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.validation.DateWindows
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.IntegrationSpec

import java.time.Clock

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/** The deadline calculator over HTTP: signed-in users only, working days, problem+json for bad input. */
class DueDateHttpSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    Clock clock

    @Shared
    String bearer

    def setup() {
        if (!bearer) {
            UUID partnership = TestUsers.partnership('due-date-calculator')
            String email = TestUsers.uniqueEmail('support')
            TestUsers.member(TestUsers.user(email: email), partnership, [Roles.BUSINESS_SUPPORT])
            def answer = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD])
            assert answer.status == 200
            bearer = answer.json.accessToken
        }
    }

    def "without a token the calculator answers 401 problem+json"() {
        when:
        def answer = get(client, '/api/calendar/due?start=2024-12-20&workingDays=5')

        then:
        answer.status == 401
        answer.contentType.startsWith('application/problem+json')
    }

    def "#start plus #query is due on #due"() {
        when:
        def answer = get(client, "/api/calendar/due?start=$start&$query", bearer)

        then:
        answer.status == 200
        answer.contentType.startsWith('application/json')
        answer.json.due == due
        answer.json.start == start

        where:
        start        | query            || due
        '2024-12-20' | 'workingDays=5'  || '2024-12-31' // over Christmas Day and Boxing Day
        '2024-12-20' | 'workingDays=7'  || '2025-01-03' // and New Year's Day
        '2023-05-05' | 'workingDays=1'  || '2023-05-09' // the Coronation bank holiday, Monday 8 May
        '2024-03-28' | 'workingDays=1'  || '2024-04-02' // Good Friday and Easter Monday
        '2025-03-10' | 'workingDays=-7' || '2025-02-27' // at least 7 working days before
        '2024-08-31' | 'months=6'       || '2025-02-28' // no 31 February: the month's last day
        '2022-05-31' | 'workingDays=2'  || '2022-06-06' // the Platinum Jubilee: 2 and 3 June
        '2022-12-23' | 'workingDays=1'  || '2022-12-28' // Boxing Day and the Christmas substitute
    }

    def "past the published bank holidays the due date is projected from the standing rules, and says so"() {
        when: 'a rapid review notified on 20 December 2028: its 15 working days run into 2029'
        def answer = get(client, '/api/calendar/due?start=2028-12-20&workingDays=15', bearer)

        then:
        answer.status == 200
        answer.json.due == '2029-01-15'
        answer.json.projected == true
        answer.json.explanation.contains('projected from the standing rules')

        when: 'a count inside the data'
        answer = get(client, '/api/calendar/due?start=2024-12-20&workingDays=5', bearer)

        then:
        answer.json.projected == false
    }

    def "bad input answers 400 problem+json with a readable reason: #query"() {
        when:
        def answer = get(client, "/api/calendar/due?$query", bearer)

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
        answer.json.detail
        !answer.body.contains('Exception')

        where:
        query << [
                'workingDays=5',                                  // no start
                'start=2024-02-30&workingDays=5',                 // not a date
                'start=2024-01-01',                               // neither count
                'start=2024-01-01&workingDays=5&months=1',        // both counts
                'start=2024-01-01&workingDays=five',              // not a number
                'start=1990-01-01&workingDays=5',                 // outside the plausible dates
        ]
    }

    def "a start outside the plausible dates is refused naming the start, with the window in UK dates: #start"() {
        given:
        def today = DateWindows.today(clock)

        when:
        def answer = get(client, "/api/calendar/due?start=$start&workingDays=5", bearer)

        then:
        answer.status == 400
        answer.json.errors*.field == ['start']
        answer.json.errors[0].message == "The start date must be between ${DateWindows.UK.format(today.minusYears(10))} and ${DateWindows.UK.format(today.plusYears(10))}.".toString()

        where:
        start << ['0001-01-01', '1990-05-01', '2100-01-01', '9999-12-31']
    }

    def "a date beyond the bank-holiday data that escapes to the HTTP edge answers 422 problem+json saying which year, not 500"() {
        when:
        def answer = get(client, '/api/test/outside-calendar', bearer)

        then:
        answer.status == 422
        answer.contentType.startsWith('application/problem+json')
        answer.json.detail == 'Working days cannot be counted for 2031-03-03: no bank-holiday data for 2031 ' +
                '(the england-and-wales bank-holiday calendar covers 2012-01-01 to 2028-12-31).'
        !answer.body.contains('Exception')
    }
}
