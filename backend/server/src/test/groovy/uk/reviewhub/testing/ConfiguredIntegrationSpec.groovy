package uk.reviewhub.testing

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import spock.lang.Specification

/**
 * Base of specs that need the application with configuration of their own (a lower limit, a test
 * probe, an identity provider's address): a context of their own, started for the spec by
 * Micronaut's test extension against the shared test PostgreSQL. Add to {@link #getProperties()}.
 * Every other spec shares one application ({@link IntegrationSpec}).
 */
@MicronautTest(transactional = false)
abstract class ConfiguredIntegrationSpec extends Specification implements TestPropertyProvider {

    static PostgresFixture getPostgres() {
        PostgresFixture.get()
    }

    @Override
    Map<String, String> getProperties() {
        PostgresFixture.get().properties().collectEntries { k, v -> [(k): String.valueOf(v)] } as Map<String, String>
    }
}
