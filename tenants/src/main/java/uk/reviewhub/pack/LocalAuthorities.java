package uk.reviewhub.pack;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local authorities of England with children's services, by code, each with its region
 * ({@code local-authorities.yaml} beside the packs, on the classpath under {@code packs/}): what a
 * statistical neighbour may name besides a partnership on the platform.
 */
public final class LocalAuthorities {

    public static final String RESOURCE = "packs/local-authorities.yaml";

    private static final Map<String, String> REGION_BY_CODE = load();

    private LocalAuthorities() {
    }

    /** Every code, with its region, in the order of the file (region by region). */
    public static Map<String, String> regionByCode() {
        return REGION_BY_CODE;
    }

    public static boolean known(String code) {
        return REGION_BY_CODE.containsKey(code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> load() {
        try (InputStream in = LocalAuthorities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The local authorities of England (" + RESOURCE + ") are not on the classpath");
            }
            Map<String, Object> document = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            Map<String, List<String>> regions = (Map<String, List<String>>) document.get("regions");
            Map<String, String> byCode = new LinkedHashMap<>();
            regions.forEach((region, codes) -> codes.forEach(code -> byCode.put(code, region)));
            return Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
