package uk.reviewhub.testing

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import spock.lang.Specification

/**
 * Base of specs that need the application context against the shared test PostgreSQL
 * (see {@link PostgresFixture}). The context runs in the {@code test} environment with the
 * fixture's server as its configured database. Features are not wrapped in a transaction: a
 * test transaction would hold a connection bound to no tenant for the whole feature.
 */
@MicronautTest(transactional = false)
abstract class IntegrationSpec extends Specification implements TestPropertyProvider {

    static PostgresFixture getPostgres() {
        PostgresFixture.get()
    }

    @Override
    Map<String, String> getProperties() {
        PostgresFixture.get().properties().collectEntries { k, v -> [(k): String.valueOf(v)] } as Map<String, String>
    }
}
