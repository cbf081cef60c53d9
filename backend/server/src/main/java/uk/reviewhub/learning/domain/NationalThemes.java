package uk.reviewhub.learning.domain;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The national default list of learning themes, data in the tenants module
 * ({@code tenants/national-learning-themes.yaml}, on the classpath under {@code packs/}).
 */
public final class NationalThemes {

    static final String RESOURCE = "packs/national-learning-themes.yaml";

    public record Theme(String code, String title) {
    }

    private NationalThemes() {
    }

    @SuppressWarnings("unchecked")
    public static List<Theme> load() {
        try (InputStream in = NationalThemes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The national learning themes (" + RESOURCE + ") are not on the classpath");
            }
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> themes = (List<Map<String, Object>>) document.get("themes");
            return themes.stream().map(t -> new Theme((String) t.get("code"), (String) t.get("title"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
