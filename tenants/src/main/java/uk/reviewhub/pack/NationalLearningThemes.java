package uk.reviewhub.pack;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The national default list of learning themes ({@code national-learning-themes.yaml} beside the
 * packs, on the classpath under {@code packs/}). Every partnership's taxonomy starts as a copy.
 */
public final class NationalLearningThemes {

    public static final String RESOURCE = "packs/national-learning-themes.yaml";

    public record Theme(String code, String title) {
    }

    private NationalLearningThemes() {
    }

    @SuppressWarnings("unchecked")
    public static List<Theme> load() {
        try (InputStream in = NationalLearningThemes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The national learning themes (" + RESOURCE + ") are not on the classpath");
            }
            Map<String, Object> document = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            List<Map<String, Object>> themes = (List<Map<String, Object>>) document.get("themes");
            return themes.stream().map(t -> new Theme((String) t.get("code"), (String) t.get("title"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
