package uk.reviewhub.tenancy

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.ConfiguredIntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get

/**
 * What a read request costs the database in round trips beyond its own queries (issue 14, item 1):
 * the tenant is bound once for the request and cleared once at its end, whatever goes through
 * Micronaut Data or jOOQ. Counted on the pool's connections ({@link RoundTripCounter}).
 */
class RequestRoundTripsSpec extends ConfiguredIntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject AccessTokens accessTokens
    @Inject RoundTripCounter counter

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['reviewhub.test.round-trips': 'true']
    }

    /** The round trips of one request, after one like it has warmed the caches (the access check's standing). */
    List<RoundTripCounter.Trip> tripsOf(String path, String token) {
        assert get(client, path, token).status == 200
        counter.reset()
        assert get(client, path, token).status == 200
        counter.trips()
    }

    def "#what: the tenant is bound once and cleared once, and nothing else is added to its queries"() {
        given:
        String token = new DemoTokens(accessTokens).token('support@salford.demo')
        String path = pathOf()

        when:
        def trips = tripsOf(path, token)
        def binding = trips.findAll { it.tenantBinding() }
        def transactionEnds = trips.findAll { it.transactionEnd() }
        def queries = trips - binding - transactionEnds
        println "round trips for $what: ${trips.size()} (${queries.size()} queries, ${binding.size()} binding the tenant, " +
                "${transactionEnds.size()} ending transactions)"
        trips.each { println "  ${it.sql.replaceAll(/\s+/, ' ').take(120)}" }

        then: 'its queries ran, and at most two round trips besides: the bind and the clear'
        queries.size() >= 1
        binding.size() + transactionEnds.size() <= 2

        and: 'bound first, cleared last'
        trips.first().tenantBinding()
        trips.last().tenantBinding()

        where:
        what                  | pathOf
        'GET /api/me'         | { -> ApiPaths.ME }
        'a group members list'| { -> "/api/groups/${DemoTokens.firstGroupOf('salford')}/members".toString() }
    }

    def "GET /api/me reads who the person is, never their password hash or failed sign-ins"() {
        given:
        String token = new DemoTokens(accessTokens).token('support@salford.demo')

        when:
        def trips = tripsOf(ApiPaths.ME, token)

        then: 'the person is read, and not the columns only a password sign-in needs'
        trips.any { it.sql.contains('"app_user"."display_name"') }
        trips.every { !it.sql.contains('password_hash') && !it.sql.contains('failed_sign_ins') && !it.sql.contains('locked_until') }
    }
}
