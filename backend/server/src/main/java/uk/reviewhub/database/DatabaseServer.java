package uk.reviewhub.database;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The PostgreSQL server the backend works against, migrated and ready: the configured one when
 * {@code reviewhub.database.url} is set, otherwise an embedded one under the data directory.
 *
 * <p>Created when the default data source is configured (see {@link ApplicationDataSourceConfigurer}),
 * so the migrations have run, as the owner role, before the application's pool hands out a connection.
 */
@Singleton
public final class DatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServer.class);

    private final EmbeddedDatabase embedded;
    private final ConnectionCoordinates owner;
    private final ConnectionCoordinates app;

    DatabaseServer(DatabaseSettings settings, @Property(name = "reviewhub.data-dir", defaultValue = "data") String dataDir) {
        if (settings.embedded()) {
            this.embedded = EmbeddedDatabase.start(Path.of(dataDir), settings.embeddedPortOrDefault(),
                    settings.ownerUserOrDefault(), settings.appUserOrDefault());
            this.owner = embedded.owner();
            this.app = embedded.app();
        } else {
            this.embedded = null;
            this.owner = new ConnectionCoordinates(settings.url(), settings.ownerUserOrDefault(),
                    required(settings.ownerPassword(), "reviewhub.database.owner-password"));
            this.app = new ConnectionCoordinates(settings.url(), settings.appUserOrDefault(),
                    required(settings.appPassword(), "reviewhub.database.app-password"));
        }
        try {
            long started = System.nanoTime();
            DatabaseMigration.Outcome result = DatabaseMigration.migrate(owner, app.user());
            LOG.info("Migrations checked as {}: {} applied ({} ms{})", owner.user(), result.applied(),
                    (System.nanoTime() - started) / 1_000_000, result.byFlyway() ? "" : ", the schema history up to date");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** True when the server is the embedded one started by this backend. */
    public boolean embedded() {
        return embedded != null;
    }

    /** Coordinates of the application role, the only role the running application uses. */
    public ConnectionCoordinates app() {
        return app;
    }

    ConnectionCoordinates owner() {
        return owner;
    }

    @PreDestroy
    void close() {
        if (embedded != null) {
            embedded.close();
            LOG.info("Embedded PostgreSQL stopped");
        }
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(key + " must be set when reviewhub.database.url is set");
        }
        return value;
    }
}
