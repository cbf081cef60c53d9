package uk.reviewhub.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where pack files come from: the classpath ({@code packs/...}) in the application, a folder in tests and tools. */
@FunctionalInterface
public interface PackSource {

    /** The text of the file at {@code path} (relative to the packs root, '/'-separated), if it exists. */
    Optional<String> read(String path);

    /** The packs bundled by the tenants module, under {@code packs/} on the classpath. */
    static PackSource classpath() {
        return classpath(PackSource.class.getClassLoader(), "packs/");
    }

    static PackSource classpath(ClassLoader loader, String prefix) {
        return path -> {
            try (InputStream in = loader.getResourceAsStream(prefix + path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static PackSource directory(Path root) {
        return path -> {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
