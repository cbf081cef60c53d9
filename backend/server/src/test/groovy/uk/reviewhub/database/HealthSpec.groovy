package uk.reviewhub.database

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.management.health.indicator.HealthIndicator
import jakarta.inject.Inject
import uk.reviewhub.testing.IntegrationSpec

/** /health answers anybody with UP or DOWN, the database included, and no details. */
class HealthSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject ApplicationContext context

    def "health is public, reports UP and leaks no details"() {
        when:
        Map body = client.toBlocking().retrieve('/health', Map)

        then:
        body == [status: 'UP']
    }

    def "the database is one of the health indicators"() {
        expect:
        context.getBeansOfType(HealthIndicator)*.class*.simpleName.any { it.startsWith('JdbcIndicator') }
    }
}
