package uk.reviewhub.web

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.validation.DateWindows
import uk.reviewhub.casereview.CaseWorld
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.IntegrationSpec

import java.time.Clock
import java.time.LocalDate

/**
 * Issue 13 item 4: absurd dates are refused with the field named and the window in UK dates, and
 * nothing is written; dates inside the window are taken as before.
 */
class DateWindowSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    CaseWorld world

    def setup() {
        world = new CaseWorld(client, accessTokens, 'window')
    }

    static String uk(LocalDate date) {
        DateWindows.UK.format(date)
    }

    def "the window's edges: #date is #verdict around 06/12/2026 (#back back, #ahead ahead)"() {
        expect:
        DateWindows.within(LocalDate.parse(date), LocalDate.of(2026, 12, 6), back, ahead) == (verdict == 'in')

        where:
        date         | back | ahead || verdict
        '2016-12-06' | 10   | 10    || 'in'
        '2016-12-05' | 10   | 10    || 'out'
        '2036-12-06' | 10   | 10    || 'in'
        '2036-12-07' | 10   | 10    || 'out'
        '2026-12-06' | 25   | 0     || 'in'
        '2026-12-07' | 25   | 0     || 'out'
        '0001-01-01' | 20   | 10    || 'out'
        '2100-01-01' | 10   | 10    || 'out'
    }

    def "a case aware on 01/01/0001 is refused naming the field and the window, and no case is written"() {
        given:
        def today = DateWindows.today(clock)
        def before = world.get('/api/cases').json.size()

        when:
        def answer = world.post('/api/cases', CaseWorld.caseBody(awareOn: '0001-01-01'))

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
        answer.json.errors*.field == ['awareOn']
        answer.json.errors[0].message ==
                "Aware on must be between ${uk(today.minusYears(20))} and ${uk(today.plusYears(10))}.".toString()
        world.get('/api/cases').json.size() == before
    }

    def "a CAP action completed in 2100 or due in 1900 is refused naming the field: #field"() {
        given:
        def c = world.caseAt('REVIEW')
        def recommendation = CaseWorld.ok(world.post("/api/cases/$c.id/review/recommendations", [number: 9, text: 'Check dates']))
                .review.recommendations.find { it.number == 9 }
        def body = [agencyId: world.police.toString(), owner: 'DI Smith', description: 'Brief officers',
                    dueOn: LocalDate.now().plusMonths(3).toString()] + [(field): value]

        when:
        def answer = world.post("/api/recommendations/$recommendation.id/actions", body)

        then:
        answer.status == 400
        answer.json.errors*.field == [field]
        answer.json.errors[0].message.startsWith(words + ' must be between ')

        where:
        field         | value        | words
        'completedOn' | '2100-01-01' | 'Completed on'
        'dueOn'       | '1900-01-01' | 'Due on'
    }

    def "a meeting date and time far ahead is refused by its day"() {
        given:
        def today = DateWindows.today(clock)

        when:
        def answer = world.post("/api/groups/${UUID.randomUUID()}/meetings", [title: 'Far ahead',
                scheduledStart: '2150-01-01T10:00:00', durationMinutes: 60, location: 'Room 1', reason: 'Checking'], 'PARTNERSHIP_ADMIN')

        then:
        answer.status == 400
        answer.json.errors*.field == ['scheduledStart']
        answer.json.errors[0].message == "Scheduled start must be between ${uk(today.minusYears(10))} and ${uk(today.plusYears(10))}.".toString()
    }

    def "dates inside the window are taken as before"() {
        expect:
        world.newCase(awareOn: LocalDate.now().minusYears(19).toString(), notifiedOn: null, origin: 'REFERRAL', nature: 'OTHER').id
    }
}
