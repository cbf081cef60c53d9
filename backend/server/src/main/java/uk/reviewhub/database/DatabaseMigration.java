package uk.reviewhub.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Applies the Flyway migrations in {@code db/migration} as the owner role. The placeholder
 * {@code appRole} names the application role the migrations grant to. Idempotent.
 *
 * <p>Most starts find the schema already up to date, and Flyway takes about 0.45 s to find that out
 * (its plugins, its scan of the class path, its validation). So {@link #migrate} first asks the
 * schema history itself ({@link #upToDate}): when every migration shipped is there, applied
 * successfully, with the checksum Flyway gives the shipped file (Flyway's own calculation), and
 * nothing else is, there is nothing to do. Anything else (a new migration, a failed one, a changed
 * file, a database newer than this build, no history yet) goes to Flyway exactly as before, which
 * applies, or refuses with its own message.
 */
public final class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";
    private static final String FOLDER = "db/migration";
    /** Flyway's name for a versioned SQL migration: V, version, two underscores, description. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__[^/]+\\.sql");

    /**
     * What a start found.
     *
     * @param applied migrations applied now
     * @param byFlyway false when the schema history showed there was nothing to do, without Flyway
     */
    public record Outcome(int applied, boolean byFlyway) {
    }

    /** A shipped migration: its file name, its version as the schema history writes it, its checksum. */
    record Shipped(String script, String version, int checksum) {
    }

    private DatabaseMigration() {
    }

    public static Outcome migrate(ConnectionCoordinates owner, String appRole) {
        if (upToDate(owner)) {
            return new Outcome(0, false);
        }
        int applied = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(owner.url(), owner.user(), owner.password())
                .locations(LOCATION)
                .placeholders(Map.of("appRole", appRole))
                .load()
                .migrate()
                .migrationsExecuted;
        return new Outcome(applied, true);
    }

    /**
     * True only when the schema history holds exactly the shipped migrations, each applied
     * successfully with the shipped file's checksum. Any doubt (a file Flyway would read in
     * another way, no history table, an error) is false, and Flyway decides.
     */
    static boolean upToDate(ConnectionCoordinates owner) {
        Optional<List<Shipped>> shipped = shipped();
        if (shipped.isEmpty()) {
            return false;
        }
        Map<String, Shipped> expected = new HashMap<>();
        shipped.get().forEach(s -> expected.put(s.version(), s));
        if (expected.size() != shipped.get().size()) {
            return false; // two files of one version: Flyway refuses them, with its own message
        }
        try (Connection connection = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return false;
                }
            }
            int matched = 0;
            try (ResultSet rows = statement.executeQuery(
                    "select version, script, checksum, type, success from flyway_schema_history")) {
                while (rows.next()) {
                    Shipped file = expected.get(rows.getString("version"));
                    Object checksum = rows.getObject("checksum");
                    if (file == null || !"SQL".equals(rows.getString("type")) || !rows.getBoolean("success")
                            || !file.script().equals(rows.getString("script"))
                            || !(checksum instanceof Integer c) || c != file.checksum()) {
                        return false;
                    }
                    matched++;
                }
            }
            return matched == expected.size();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The versioned migrations in {@code db/migration} with Flyway's checksums; empty when the
     * folder holds anything else (a repeatable or Java migration, a second copy on the class path),
     * so that Flyway reads it.
     */
    static Optional<List<Shipped>> shipped() {
        try {
            Enumeration<URL> folders = DatabaseMigration.class.getClassLoader().getResources(FOLDER);
            List<URL> all = Collections.list(folders);
            if (all.size() != 1) {
                return Optional.empty();
            }
            List<String> names = names(all.getFirst());
            List<Shipped> shipped = new ArrayList<>();
            for (String name : names) {
                var matcher = VERSIONED.matcher(name);
                if (!matcher.matches()) {
                    return Optional.empty();
                }
                String version = matcher.group(1).replace('_', '.');
                shipped.add(new Shipped(name, version, ChecksumCalculator.calculate(new ShippedFile(name))));
            }
            return shipped.isEmpty() ? Optional.empty() : Optional.of(shipped);
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static List<String> names(URL folder) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        switch (folder.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(f -> names.add(Files.isDirectory(f) ? f.getFileName() + "/" : f.getFileName().toString()));
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = FOLDER + "/";
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(prefix) && name.length() > prefix.length()) {
                            names.add(name.substring(prefix.length()));
                        }
                    }
                }
            }
            default -> throw new IOException("not a folder or a jar: " + folder);
        }
        return names;
    }

    /** A shipped file as Flyway reads it for its checksum (UTF-8, Flyway's default encoding). */
    private static final class ShippedFile extends LoadableResource {
        private final String name;

        ShippedFile(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            var in = DatabaseMigration.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name);
            if (in == null) {
                throw new UncheckedIOException(new IOException(FOLDER + "/" + name + " cannot be read"));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
