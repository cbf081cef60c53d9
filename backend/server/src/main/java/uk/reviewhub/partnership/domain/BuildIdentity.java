package uk.reviewhub.partnership.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * This build's identity: a SHA-256 over the server's classes and resources (code and migrations), the
 * uk.reviewhub modules it depends on by content (the tenants module carries the shipped packs) and
 * every other library by its coordinates. The build writes it ({@code backend/server/src/build/BuildIdentity.groovy},
 * at process-classes); classes compiled outside Maven have none, or a stale one, so only a start that
 * reads no demo accounts (production) relies on it.
 */
final class BuildIdentity {

    static final String RESOURCE = "META-INF/reviewhub/build-identity";
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    private BuildIdentity() {
    }

    /** This build's identity, if the build wrote one. */
    static Optional<String> current() {
        return of(BuildIdentity.class.getClassLoader());
    }

    /** The identity the build wrote where {@code loader} finds it; empty when there is none or it is not a SHA-256. */
    static Optional<String> of(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readNBytes(128), StandardCharsets.US_ASCII).strip();
            return SHAPE.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
