package uk.reviewhub.meeting

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * The chair's days cap (at most one day per group and date) holds when many logs for one date
 * race: 50 parallel quarter-day posts leave exactly one day logged, three bursts out of three.
 */
class ChairDayRaceSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    def "50 parallel quarter-day posts for one date log exactly one day (burst #burst)"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String chair = demo.token('chair@norfolk.demo')
        String groupId = get(client, ApiPaths.GROUPS, chair).json.first().id
        def pool = Executors.newFixedThreadPool(50)
        def start = new CountDownLatch(1)

        when: 'fifty quarter days for the same date are posted at once'
        def futures = (1..50).collect { n ->
            pool.submit({
                start.await()
                post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: workedOn, days: 0.25,
                        description: "Burst $burst post $n".toString()], chair).status
            } as Callable<Integer>)
        }
        start.countDown()
        List<Integer> statuses = futures*.get()
        pool.shutdown()
        def year = get(client, "${ApiPaths.CHAIR_DAYS}?group=$groupId&year=2024", chair).json
        def logged = year.entries.findAll { it.workedOn == workedOn }

        then: 'four are accepted, the rest refused as a rule (not a server error)'
        statuses.count { it == 201 } == 4
        statuses.count { it == 422 } == 46
        logged.size() == 4
        logged.sum { it.days as BigDecimal } == 1.00

        where:
        burst | workedOn
        1     | '2024-10-15'
        2     | '2024-10-16'
        3     | '2024-10-17'
    }
}
