package uk.reviewhub.document.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.document.TemplateView;
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
    public TemplateView current(TemplateKind kind) {
        return store.current(kind).map(Templates::view)
                .orElseGet(() -> new TemplateView(kind, 0, BUILT_IN, DefaultTemplates.of(kind), null));
    }

    public List<TemplateView> all() {
        Map<TemplateKind, TemplateView> own = store.currentOfEachKind().stream().map(Templates::view)
                .collect(Collectors.toMap(TemplateView::kind, Function.identity()));
        return Arrays.stream(TemplateKind.values())
                .map(kind -> own.getOrDefault(kind, new TemplateView(kind, 0, BUILT_IN, DefaultTemplates.of(kind), null)))
                .toList();
    }

    /** Every saved version of {@code kind}, newest first; the built-in default (version 0) last. */
    public List<TemplateView> versions(TemplateKind kind) {
        List<TemplateView> versions = new ArrayList<>(store.history(kind).stream().map(Templates::view).toList());
        versions.add(new TemplateView(kind, 0, BUILT_IN, DefaultTemplates.of(kind), null));
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
    public TemplateView update(TemplateKind kind, int readVersion, String body, UUID userId) {
        checked(body, kind);
        return store.add(kind, readVersion, body, StoredTemplate.EDIT, userId).map(Templates::view)
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

    private static TemplateView view(StoredTemplate t) {
        return new TemplateView(t.kind(), t.version(), t.source(), t.body(), t.createdAt());
    }
}
