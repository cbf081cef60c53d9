package uk.reviewhub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import uk.reviewhub.database.ConnectionCoordinates;
import uk.reviewhub.database.DatabaseMigration;
import uk.reviewhub.database.DatabaseRoles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One PostgreSQL 17 per test JVM, shared by every spec: a Testcontainers container when a Docker
 * engine is reachable, otherwise an embedded (zonky) server under {@code target/}. The owner and
 * application roles and the {@code reviewhub} database are created once and migrated once;
 * {@link #properties()} points a Micronaut context at it as a configured ("real") database.
 */
public final class PostgresFixture {

    public static final String DATABASE = "reviewhub";
    public static final String OWNER = "reviewhub_owner";
    public static final String APP = "reviewhub_app";
    public static final String DEMO_PASSWORD = "demo-password-for-tests";
    /** bcrypt's cost in the suite (the lowest): see {@link #properties()}. */
    public static final int PASSWORD_COST = 4;

    private static volatile PostgresFixture instance;

    private final String url;
    private final String ownerPassword = randomSecret();
    private final String appPassword = randomSecret();
    private final String jwtSecret = randomSecret() + randomSecret();
    private final String secretsKey = randomSecret() + randomSecret();
    private final String kind;

    private PostgresFixture() {
        ServerHandle server = Boolean.getBoolean("reviewhub.test.no-docker") || !dockerAvailable()
                ? embedded() : container();
        this.kind = server.kind();
        try (Connection superuser = DriverManager.getConnection(server.url(DATABASE_OF_SUPERUSER), server.user(), server.password())) {
            DatabaseRoles.ensure(superuser, DATABASE, OWNER, ownerPassword, APP, appPassword);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database roles", e);
        }
        this.url = server.url(DATABASE);
        DatabaseMigration.migrate(owner(), APP);
    }

    private static final String DATABASE_OF_SUPERUSER = "postgres";

    /** The fixture of this JVM, started (and migrated) on first use. */
    public static PostgresFixture get() {
        PostgresFixture local = instance;
        if (local == null) {
            synchronized (PostgresFixture.class) {
                local = instance;
                if (local == null) {
                    local = new PostgresFixture();
                    instance = local;
                }
            }
        }
        return local;
    }

    /** Micronaut properties for a context that uses this server as its configured database. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("reviewhub.database.url", url);
        properties.put("reviewhub.database.owner-user", OWNER);
        properties.put("reviewhub.database.owner-password", ownerPassword);
        properties.put("reviewhub.database.app-user", APP);
        properties.put("reviewhub.database.app-password", appPassword);
        properties.put("reviewhub.security.jwt-secret", jwtSecret);
        properties.put("reviewhub.security.secrets-key", secretsKey);
        properties.put("reviewhub.demo.enabled", true);
        properties.put("reviewhub.demo.password", DEMO_PASSWORD);
        // bcrypt's lowest cost: the suite signs in some hundreds of times (cost 12 is about 400 ms each
        // here). Production's cost and its floor are PasswordHasherSpec's.
        properties.put("reviewhub.security.password-cost", PASSWORD_COST);
        // Demo sign-ins and other local files go under target/, not into the working tree.
        properties.put("reviewhub.data-dir", Path.of(System.getProperty("user.dir"), "target", "test-data").toString());
        return properties;
    }

    public String url() {
        return url;
    }

    /** "testcontainers" or "embedded". */
    public String kind() {
        return kind;
    }

    public ConnectionCoordinates owner() {
        return new ConnectionCoordinates(url, OWNER, ownerPassword);
    }

    public ConnectionCoordinates app() {
        return new ConnectionCoordinates(url, APP, appPassword);
    }

    /** A plain JDBC connection as the owner role (bypasses row-level security). Close it. */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(url, OWNER, ownerPassword);
    }

    /** {@code select count(*) from <from>} as the owner (no row-level security), e.g. {@code "cp_child"} or a table with a where clause. */
    public int countRows(String from) {
        try (Connection c = ownerConnection(); var rows = c.createStatement().executeQuery("select count(*) from " + from)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count rows of " + from, e);
        }
    }

    /** A plain JDBC connection as the application role, no tenant bound. Close it. */
    public Connection appConnection() throws SQLException {
        return DriverManager.getConnection(url, APP, appPassword);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private record ServerHandle(String kind, String host, int port, String user, String password) {
        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private static ServerHandle container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-fixture-stop"));
        return new ServerHandle("testcontainers", container.getHost(), container.getMappedPort(5432),
                container.getUsername(), container.getPassword());
    }

    private static ServerHandle embedded() {
        try {
            Path target = Path.of(System.getProperty("user.dir"), "target");
            Path work = Files.createDirectories(target.resolve("epg-work"));
            Path data = Files.createTempDirectory(Files.createDirectories(target.resolve("test-postgres")), "pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.toFile())
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(true)
                    .setPort(0)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "postgres-fixture-stop"));
            return new ServerHandle("embedded", "localhost", postgres.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded test PostgreSQL", e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
