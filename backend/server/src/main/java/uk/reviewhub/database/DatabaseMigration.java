package uk.reviewhub.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Map;

/**
 * Applies the Flyway migrations in {@code db/migration} as the owner role. The placeholder
 * {@code appRole} names the application role the migrations grant to. Idempotent.
 */
public final class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigration() {
    }

    public static MigrateResult migrate(ConnectionCoordinates owner, String appRole) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(owner.url(), owner.user(), owner.password())
                .locations(LOCATION)
                .placeholders(Map.of("appRole", appRole))
                .load()
                .migrate();
    }
}
