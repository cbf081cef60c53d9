package uk.reviewhub.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where the database is and who connects to it ({@code reviewhub.database.*}).
 *
 * <p>With no {@code url} the backend starts an embedded PostgreSQL under the data directory and
 * creates both roles itself; the configured user names are still used.
 *
 * @param url           JDBC url of a real PostgreSQL; absent means embedded
 * @param ownerUser     role that owns the schema and runs the migrations
 * @param ownerPassword its password (embedded: generated and kept in the data directory)
 * @param appUser       login role of the application: not owner, not superuser, NOBYPASSRLS
 * @param appPassword   its password (embedded: generated and kept in the data directory)
 * @param embeddedPort  port of the embedded server; 0 picks a free one at each start
 */
@ConfigurationProperties("reviewhub.database")
public record DatabaseSettings(
        @Nullable String url,
        @Nullable String ownerUser,
        @Nullable String ownerPassword,
        @Nullable String appUser,
        @Nullable String appPassword,
        @Nullable Integer embeddedPort) {

    static final String DEFAULT_OWNER = "reviewhub_owner";
    static final String DEFAULT_APP = "reviewhub_app";

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    public String ownerUserOrDefault() {
        return ownerUser == null || ownerUser.isBlank() ? DEFAULT_OWNER : ownerUser;
    }

    public String appUserOrDefault() {
        return appUser == null || appUser.isBlank() ? DEFAULT_APP : appUser;
    }

    public int embeddedPortOrDefault() {
        return embeddedPort == null ? 0 : embeddedPort;
    }
}
