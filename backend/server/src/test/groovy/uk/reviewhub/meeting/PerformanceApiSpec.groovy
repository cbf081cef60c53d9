package uk.reviewhub.meeting

import uk.reviewhub.testing.DemoTokens
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.validation.DateWindows
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import java.time.Clock

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/** Salford's performance measures over a past half-year, from its six-weekly planned meetings. */
class PerformanceApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    def "planned meetings held against Salford's 90%, quorate, apologies and minutes, each with a light"() {
        given: 'five planned meetings in the first half of 2024, four of them held'
        def demo = new DemoTokens(accessTokens)
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def planned = post(client, "/api/groups/$groupId/meetings/generate", [seriesStart: '2024-01-04', until: '2024-06-30',
                startTime: '10:00'], support).json.meetings
        assert planned.size() == 5
        def first = planned[0]
        def seats = get(client, "/api/meetings/${first.id}/attendance", support).json.seats
        def seat = { String agency, String role = null ->
            seats.find { it.agency.code == agency && (role == null || it.groupRole == role) }.memberId
        }
        def record = { String memberId, Map body ->
            ApiCalls.send(client, HttpRequest.PUT("/api/meetings/${first.id}/attendance/$memberId", body), support)
        }
        ['salford-city-council': 'CHAIR', ccg: 'VICE_CHAIR', camhs: null, police: null].each { agency, role ->
            record(seat(agency, role), [status: 'PRESENT'])
        }
        record(seat('housing'), [status: 'APOLOGIES'])
        def last = record(seat('salford-city-council', 'MEMBER'), [status: 'ABSENT'])
        assert last.status == 200
        planned.take(4).each { m ->
            def current = get(client, "/api/meetings/${m.id}", support).json
            assert post(client, "/api/meetings/${m.id}/held", [version: current.version], support).status == 200
        }

        when:
        def answer = get(client, "/api/groups/$groupId/performance?from=2024-01-01&to=2024-06-30", demo.token('member@salford.demo'))
        def measures = answer.json.measures.collectEntries { [(it.code): it] }

        then: "4 of 5 held is amber against Salford's 90% target"
        answer.status == 200
        measures['planned-meetings-held'].met == 4
        measures['planned-meetings-held'].of == 5
        measures['planned-meetings-held'].valuePercent == 80
        measures['planned-meetings-held'].targetPercent == 90
        measures['planned-meetings-held'].targetFromTermsOfReference
        measures['planned-meetings-held'].light == 'AMBER'
        measures['planned-meetings-held'].text == '4 of 5 planned meetings held (80%): just below the target of 90%.'
        measures['planned-meetings-held'].label == 'Planned meetings take place'

        and: 'only the first held meeting was quorate'
        measures.quorate.met == 1
        measures.quorate.of == 4
        measures.quorate.light == 'RED'

        and: 'no minutes were circulated within 14 working days'
        measures['minutes-circulated'].met == 0
        measures['minutes-circulated'].of == 4
        measures['minutes-circulated'].light == 'RED'

        and: 'one absence of two had apologies'
        measures['apologies-received'].met == 1
        measures['apologies-received'].of == 2
        measures['apologies-received'].light == 'RED'

        and: 'no actions fell due'
        measures['actions-completed-on-time'].light == 'NO_DATA'
        measures['actions-completed-on-time'].valuePercent == null
        measures['actions-completed-on-time'].text == 'No actions fell due in the period.'
    }

    def "bad periods are problems; another partnership's group is not found"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String salford = demo.token('member@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, salford).json.first().id

        expect:
        get(client, "/api/groups/$groupId/performance?from=2024-06-30&to=2024-01-01", salford).status == 400
        get(client, "/api/groups/$groupId/performance?from=2024-06-30&to=2024-01-01", salford).contentType == 'application/problem+json'
        get(client, "/api/groups/$groupId/performance?from=yesterday&to=2024-01-01", salford).status == 400
        get(client, "/api/groups/$groupId/performance?from=2024-01-01&to=2024-06-30", demo.token('chair@norfolk.demo')).status == 404
    }

    def "a period outside the plausible dates is refused naming #field, for the measures and the report alike"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String salford = demo.token('member@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, salford).json.first().id
        def today = DateWindows.today(clock)
        def window = "must be between ${DateWindows.UK.format(today.minusYears(10))} and ${DateWindows.UK.format(today.plusYears(10))}."

        when:
        def measures = get(client, "/api/groups/$groupId/performance?$query", salford)
        def report = get(client, "/api/groups/$groupId/performance/report.html?$query", salford)

        then:
        [measures, report].every { it.status == 400 && it.contentType.startsWith('application/problem+json') }
        measures.json.errors*.field == [field]
        measures.json.errors[0].message == "$words $window".toString()
        report.json.errors*.field == [field]

        where:
        query                            || field  | words
        'from=1900-01-01&to=2024-06-30'  || 'from' | 'From'
        'from=2024-01-01&to=2100-12-31'  || 'to'   | 'To'
    }
}
