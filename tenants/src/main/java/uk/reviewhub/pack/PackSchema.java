package uk.reviewhub.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code pack.schema.json}, bundled on the class path: validates a document against one of its
 * definitions ({@code $defs}). The pack reader validates whole files with it, and
 * {@link TermsOfReferenceRules} an edited terms of reference, so both obey the same schema.
 */
public final class PackSchema {
    public static final String SCHEMA = "pack.schema.json";
    private static final String SCHEMA_ID = "https://reviewhub.uk/schemas/pack.schema.json";

    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private PackSchema() {
        String schemaText = bundledSchema();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(SCHEMA_ID, schemaText))));
    }

    /**
     * The schema shipped with the packs, made when first asked for: a start that finds nothing to read
     * in the packs (PartnershipStartup) never builds the validator.
     */
    public static PackSchema bundled() {
        return Bundled.SCHEMA;
    }

    private static final class Bundled {
        static final PackSchema SCHEMA = new PackSchema();
    }

    /** The problems of {@code document} against the definition {@code def} (e.g. {@code termsOfReference}). */
    public Set<ValidationMessage> validate(String def, JsonNode document) {
        return schemas.computeIfAbsent(def, d -> factory.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + d)))
                .validate(document);
    }

    private static String bundledSchema() {
        try (InputStream in = PackSchema.class.getResourceAsStream("/packs/" + SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("packs/" + SCHEMA + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
