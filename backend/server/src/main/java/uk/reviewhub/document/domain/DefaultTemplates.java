package uk.reviewhub.document.domain;

import uk.reviewhub.api.document.TemplateKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in templates, used for a kind until the partnership has one of its own (from its pack
 * or saved by an admin). They ship with the application under {@code uk/reviewhub/document/defaults/}.
 */
public final class DefaultTemplates {

    private static final Map<TemplateKind, String> TEXTS = new EnumMap<>(TemplateKind.class);

    static {
        for (TemplateKind kind : TemplateKind.values()) {
            String name = "/uk/reviewhub/document/defaults/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".mustache";
            try (InputStream in = DefaultTemplates.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Built-in template " + name + " is missing");
                }
                TEXTS.put(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private DefaultTemplates() {
    }

    public static String of(TemplateKind kind) {
        return TEXTS.get(kind);
    }
}
