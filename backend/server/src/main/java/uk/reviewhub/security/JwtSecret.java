package uk.reviewhub.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.database.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HS256 signing secret for access tokens.
 *
 * <p>Taken from {@code reviewhub.security.jwt-secret} (env {@code REVIEWHUB_JWT_SECRET}). When it
 * is absent and the database is the embedded one ({@link DatabaseSettings#embedded()}), a random
 * secret is generated once and kept in {@code <data-dir>/jwt-secret} (owner read/write only), so
 * tokens survive a restart of a local run. With a real database a missing secret is a deployment
 * mistake: start-up fails rather than silently minting a secret each replica disagrees on.
 */
@Singleton
public final class JwtSecret {

    static final int MINIMUM_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    private final byte[] secret;

    JwtSecret(SecuritySettings settings, DatabaseSettings database, @Value("${reviewhub.data-dir:data}") String dataDir) {
        this.secret = resolve(settings.jwtSecret(), database.embedded(), Path.of(dataDir));
    }

    static byte[] resolve(@Nullable String configured, boolean embeddedDatabase, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MINIMUM_BYTES) {
                throw new ConfigurationException("reviewhub.security.jwt-secret (REVIEWHUB_JWT_SECRET) must be at least "
                        + MINIMUM_BYTES + " bytes long");
            }
            return bytes;
        }
        if (!embeddedDatabase) {
            throw new ConfigurationException("reviewhub.security.jwt-secret (REVIEWHUB_JWT_SECRET) is not set. "
                    + "It is required when a database URL is configured: set it to a random string of at least "
                    + MINIMUM_BYTES + " bytes, the same on every replica.");
        }
        return generatedOnce(dataDir.resolve("jwt-secret"));
    }

    /**
     * A random secret kept in {@code file} (owner read/write only), generated the first time: the
     * one home of local secrets for a run on the embedded database (this one and {@link SecretsKey}).
     */
    static byte[] generatedOnce(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] kept = Files.readString(file, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
                if (kept.length >= MINIMUM_BYTES) {
                    return kept;
                }
                LOG.warn("{} holds a secret shorter than {} bytes; generating a new one", file, MINIMUM_BYTES);
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warn("Cannot restrict permissions of {} on this file system", file);
            }
            Files.writeString(temporary, encoded, StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated a secret for the embedded database in {}", file.toAbsolutePath());
            return encoded.getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT secret file " + file, e);
        }
    }

    /** The secret as text, the form Micronaut's secret signature takes (never logged). */
    String asText() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "JwtSecret[redacted]";
    }
}
