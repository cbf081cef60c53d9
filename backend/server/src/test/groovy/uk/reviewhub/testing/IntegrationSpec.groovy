package uk.reviewhub.testing

import spock.lang.Specification

/**
 * Base of specs that need the application against the shared test PostgreSQL (see
 * {@link PostgresFixture}): one application for the whole test JVM ({@link SharedApplication}),
 * in the {@code test} environment with the fixture's server as its configured database, whose
 * beans fill the spec's {@code @Inject} fields before each feature. Features are not wrapped in a
 * transaction: a test transaction would hold a connection bound to no tenant for the whole feature.
 * A spec that needs configuration of its own extends {@link ConfiguredIntegrationSpec}.
 */
abstract class IntegrationSpec extends Specification {

    static PostgresFixture getPostgres() {
        PostgresFixture.get()
    }

    def setup() {
        SharedApplication.prepare(this)
    }
}
