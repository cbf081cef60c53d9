package uk.reviewhub.onboarding.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.StartingPoint;
import uk.reviewhub.pack.PackSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The packs a new partnership starts from: the statutory minimum, kept as classpath resources
 * ({@code onboarding/statutory-minimum/}), or the shape of a reference partnership's shipped pack
 * ({@link ReferenceShapes}); each made into the new partnership's pack in memory: its slug,
 * name, short name and local authorities filled in, so that it is then read, validated and stored by
 * the pack loader like every pack. Nothing is written into {@code tenants/}.
 */
@Singleton
public class StartingPacks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<StartingPoint, List<String>> FILES = Map.of(
            StartingPoint.STATUTORY_MINIMUM, List.of("pack.yaml", "group-case-review.yaml"));

    /** The new partnership's pack files under {@code <slug>/}, as a pack source. */
    public PackSource source(StartingPoint point, String slug, String name, List<String> localAuthorities) {
        if (point.reference() != null) {
            return ReferenceShapes.derive(point.reference(), slug, name, shortName(name), localAuthorities);
        }
        Map<String, String> values = Map.of(
                "{{slug}}", slug,
                "{{name}}", json(name),
                "{{shortName}}", json(shortName(name)),
                "{{localAuthorities}}", json(localAuthorities));
        Map<String, String> files = new HashMap<>();
        for (String file : FILES.get(point)) {
            String text = resource("onboarding/" + point.code() + "/" + file);
            for (var value : values.entrySet()) {
                text = text.replace(value.getKey(), value.getValue());
            }
            files.put(slug + "/" + file, text);
        }
        return path -> Optional.ofNullable(files.get(path));
    }

    /** A slug from the name: lower-case letters and digits joined by single hyphens, at most 60 characters. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "partnership" : slug;
    }

    /** The name itself when short, otherwise its initials ("Little Town Safeguarding Children Partnership" is "LTSCP"). */
    static String shortName(String name) {
        if (name.length() <= 30) {
            return name;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.isEmpty() ? name.substring(0, 30) : initials.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = StartingPacks.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing starting pack file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
