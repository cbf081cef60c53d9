package uk.reviewhub.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

/**
 * An embedded PostgreSQL 17 whose data lives in {@code <data-dir>/postgres} and survives restarts.
 * On start it makes sure the application database and both roles exist; their passwords are
 * generated once and kept in {@code <data-dir>/database-roles.properties} (owner-readable only).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "reviewhub";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final DataDirectoryLock lock;
    private final ConnectionCoordinates owner;
    private final ConnectionCoordinates app;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DataDirectoryLock lock, ConnectionCoordinates owner,
                             ConnectionCoordinates app) {
        this.postgres = postgres;
        this.lock = lock;
        this.owner = owner;
        this.app = app;
    }

    /**
     * Starts the server (creating the cluster on first use) and ensures the roles and database.
     *
     * @param dataDir   the project's data directory
     * @param port      port to listen on, 0 for any free one
     * @param ownerRole name of the owner role
     * @param appRole   name of the application role
     */
    public static EmbeddedDatabase start(Path dataDir, int port, String ownerRole, String appRole) {
        Path base = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(base);
            Path workingDir = base.resolve("epg-work");
            Files.createDirectories(workingDir);
            Properties secrets = rolePasswords(base.resolve("database-roles.properties"), ownerRole, appRole);
            long started = System.nanoTime();
            // A backend killed without stopping its server leaves it running; the lock tells that from a live one.
            DataDirectoryLock lock = DataDirectoryLock.acquire(base, base.resolve("postgres"));
            EmbeddedPostgres postgres;
            try {
                postgres = startServer(base, workingDir, port);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            String ownerPassword = secrets.getProperty(ownerRole);
            String appPassword = secrets.getProperty(appRole);
            try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                DatabaseRoles.ensure(superuser, DATABASE, ownerRole, ownerPassword, appRole, appPassword);
            } catch (SQLException | RuntimeException e) {
                postgres.close();
                lock.close();
                throw new IllegalStateException("Could not prepare the embedded database roles", e);
            }
            String url = postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
            LOG.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", postgres.getPort(),
                    base.resolve("postgres"), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(postgres, lock,
                    new ConnectionCoordinates(url, ownerRole, ownerPassword),
                    new ConnectionCoordinates(url, appRole, appPassword));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + base, e);
        }
    }

    private static EmbeddedPostgres startServer(Path base, Path workingDir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(base.resolve("postgres").toFile())
                .setCleanDataDirectory(false)
                // Zonky unpacks its binaries here; the default (/tmp/embedded-pg) is shared by everyone.
                .setOverrideWorkingDirectory(workingDir.toFile())
                .setPort(port)
                .setServerConfig("listen_addresses", "localhost")
                // Zonky defaults to -F (no fsync) for throw-away test servers; this one keeps data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    public ConnectionCoordinates owner() {
        return owner;
    }

    public ConnectionCoordinates app() {
        return app;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        } finally {
            lock.close();
        }
    }

    private static Properties rolePasswords(Path file, String... roles) throws IOException {
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
        }
        boolean changed = false;
        for (String role : roles) {
            if (props.getProperty(role) == null) {
                props.setProperty(role, randomPassword());
                changed = true;
            }
        }
        if (changed) {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Generated passwords of the embedded database roles. Local only; never commit.");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return props;
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
