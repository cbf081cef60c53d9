package uk.reviewhub.http

import ch.qos.logback.classic.Level
import io.micrometer.core.instrument.MeterRegistry
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import org.jooq.DSLContext
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.database.SlowQueryLog
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.LogCapture

import java.time.Duration

import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP

/**
 * Observability: Prometheus metrics (request timings, the connection pool, the JVM, slow queries)
 * on the management port only; and the slow-query log, whose threshold is configuration.
 */
class MetricsSpec extends ConfiguredIntegrationSpec {

    @Shared
    int managementPort = new ServerSocket(0).withCloseable { it.localPort }

    @Inject @Client('/') HttpClient client
    @Inject DSLContext dsl
    @Inject MeterRegistry registry

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['endpoints.all.port': managementPort.toString()]
    }

    def "the metrics answer on the management port, with request, pool, JVM and slow-query meters"() {
        given: 'a request served, so its timing is recorded'
        ApiCalls.get(client, ApiPaths.ME)

        when: 'scraped twice: the second scrape holds the timing of the first'
        HttpClient management = HttpClient.create(new URL("http://localhost:$managementPort"))
        assert ApiCalls.get(management, '/prometheus').status == 200
        def answer = ApiCalls.get(management, '/prometheus')

        then:
        answer.status == 200
        answer.contentType.startsWith('text/plain')
        ['http_server_requests_seconds_count', 'hikaricp_connections_active', 'jvm_memory_used_bytes',
         'reviewhub_database_slow_queries_total'].findAll { !answer.body.contains(it) } == []

        cleanup:
        management?.close()
    }

    def "refusals by security are counted by status; other answers are not"() {
        given:
        String email = TestUsers.uniqueEmail('member')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('refusals'), [Roles.MEMBER])
        String token = ApiCalls.post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json.accessToken
        double unauthorised = refusals('401')
        double forbidden = refusals('403')
        double notFound = refusals('404')

        when: 'no token, a malformed one, a role not held; then an answer security let through, and a route that is not there'
        assert ApiCalls.get(client, ApiPaths.ME).status == 401
        assert ApiCalls.get(client, ApiPaths.ME, 'garbage').status == 401
        assert ApiCalls.get(client, '/api/platform/partnerships', token).status == 403
        assert ApiCalls.get(client, ApiPaths.ME, token).status == 200
        assert ApiCalls.get(client, '/api/no-such-thing', token).status == 404

        then:
        refusals('401') == unauthorised + 2
        refusals('403') == forbidden + 1
        refusals('404') == notFound
    }

    private double refusals(String status) {
        registry.find('reviewhub.http.refusals').tag('status', status).counter()?.count() ?: 0
    }

    def "the metrics are not found on the public port"() {
        expect:
        ApiCalls.get(client, '/prometheus').status == 404
    }

    def "jOOQ runs every statement past the slow-query log"() {
        expect:
        dsl.configuration().executeListenerProviders().any { it instanceof SlowQueryLog }
    }

    def "a statement over the threshold is logged without its values and counted; one under it is not"() {
        given:
        def logged = new LogCapture(SlowQueryLog)
        double before = registry.counter('reviewhub.database.slow.queries').count()

        when: 'the threshold is zero: every statement is slow'
        dsl.configuration().derive(new SlowQueryLog(Duration.ZERO, registry)).dsl()
                .selectFrom(PARTNERSHIP).where(PARTNERSHIP.SLUG.eq('someone-s-secret')).fetch()

        then:
        logged.lines.size() == 1
        logged.lines[0].level == Level.WARN
        logged.lines[0].formattedMessage.startsWith('Slow query (')
        logged.lines[0].formattedMessage.contains('"partnership"')
        !logged.lines[0].formattedMessage.contains('someone-s-secret')
        registry.counter('reviewhub.database.slow.queries').count() == before + 1

        when: 'an hour: nothing is slow'
        logged.lines.clear()
        dsl.configuration().derive(new SlowQueryLog(Duration.ofHours(1), registry)).dsl().selectFrom(PARTNERSHIP).fetch()

        then:
        logged.lines.isEmpty()

        cleanup:
        logged.close()
    }
}
