package uk.reviewhub.document.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.document.persistence.TemplateStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bound partnership's templates. A template is saved only once it compiles and renders against
 * its kind's {@link SampleData}; a broken one is refused with a {@link TemplateProblem} and the last
 * good version stays current. Versions only ever grow: an edit quotes the version it replaces and is
 * refused ({@link ConflictException}) if another came first.
 */
@Singleton
public class Templates {
    private static final Logger LOG = LoggerFactory.getLogger(Templates.class);
    public static final String BUILT_IN = "BUILT_IN";

    private final TemplateStore store;
    private final TemplateEngine engine = new TemplateEngine();

    Templates(TemplateStore store) {
        this.store = store;
    }

    public TemplateEngine engine() {
        return engine;
    }

    /** The current template of {@code kind}: the partnership's latest version, or the built-in default (version 0). */
    public StoredTemplate current(TemplateKind kind) {
        return store.current(kind).orElseGet(() -> builtIn(kind));
    }

    public List<StoredTemplate> all() {
        Map<TemplateKind, StoredTemplate> own = store.currentOfEachKind().stream()
                .collect(Collectors.toMap(StoredTemplate::kind, Function.identity()));
        return Arrays.stream(TemplateKind.values())
                .map(kind -> own.getOrDefault(kind, builtIn(kind)))
                .toList();
    }

    /** Every saved version of {@code kind}, newest first; the built-in default (version 0) last. */
    public List<StoredTemplate> versions(TemplateKind kind) {
        List<StoredTemplate> versions = new ArrayList<>(store.history(kind));
        versions.add(builtIn(kind));
        return versions;
    }

    /** Renders {@code body} against the kind's sample data without saving it; a {@link TemplateProblem} if it is broken. */
    public String preview(TemplateKind kind, String body) {
        return checked(body, kind);
    }

    /** The rendered sample; a broken template is the request's field {@code body} at fault. */
    private String checked(String body, TemplateKind kind) {
        try {
            return engine.check(body, SampleData.of(kind));
        } catch (TemplateProblem problem) {
            throw new InvalidFieldException("body", problem.getMessage());
        }
    }

    /** Saves {@code body} as the next version after {@code readVersion}, by {@code userId}. */
    public StoredTemplate update(TemplateKind kind, int readVersion, String body, UUID userId) {
        checked(body, kind);
        return store.add(kind, readVersion, body, StoredTemplate.EDIT, userId)
                .orElseThrow(() -> new ConflictException("The " + label(kind) + " template was changed by someone else since version "
                        + readVersion + " was read: reload it and make your change again."));
    }

    /**
     * Takes the pack's text for {@code kind} as a new version when it differs from the last text
     * taken from the pack (so reloading an unchanged pack changes nothing, and an admin's later
     * edits stand until the pack itself changes). A pack template that does not pass the check is
     * logged and skipped; the current version stays. Answers whether a version was added.
     */
    public boolean takeFromPack(String slug, TemplateKind kind, String body) {
        if (store.lastFromPack(kind).filter(body::equals).isPresent()) {
            return false;
        }
        try {
            engine.check(body, SampleData.of(kind));
        } catch (TemplateProblem problem) {
            LOG.error("Partnership pack '{}': the {} template was not loaded: {}", slug, kind, problem.getMessage());
            return false;
        }
        int current = store.current(kind).map(StoredTemplate::version).orElse(0);
        Optional<StoredTemplate> added = store.add(kind, current, body, StoredTemplate.PACK, null);
        return added.isPresent();
    }

    static String label(TemplateKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The built-in default of {@code kind}, as version 0 (never saved, so no time). */
    private static StoredTemplate builtIn(TemplateKind kind) {
        return new StoredTemplate(kind, 0, BUILT_IN, DefaultTemplates.of(kind), null);
    }
}
