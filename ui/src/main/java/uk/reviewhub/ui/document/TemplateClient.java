package uk.reviewhub.ui.document;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.document.TemplatePreview;
import uk.reviewhub.api.document.TemplatePreviewRequest;
import uk.reviewhub.api.document.TemplateUpdate;
import uk.reviewhub.api.document.TemplateView;
import uk.reviewhub.ui.backend.Backend;

import java.util.List;
import java.util.Map;

/** The partnership's document templates, as the signed-in admin. */
@Singleton
public class TemplateClient {

    private final Backend backend;

    TemplateClient(Backend backend) {
        this.backend = backend;
    }

    /** The current template of every kind the backend knows. */
    public List<TemplateView> all() {
        return backend.get(ApiPaths.TEMPLATES, Argument.listOf(TemplateView.class));
    }

    public TemplateView current(TemplateKind kind) {
        return backend.get(path(ApiPaths.TEMPLATE, kind), TemplateView.class);
    }

    /** Every version, newest first, ending with the built-in default (version 0). */
    public List<TemplateView> versions(TemplateKind kind) {
        return backend.get(path(ApiPaths.TEMPLATE_VERSIONS, kind), Argument.listOf(TemplateView.class));
    }

    /** The sample data templates of the kind are checked against: the fields they may use. */
    public Map<String, Object> sample(TemplateKind kind) {
        return backend.get(path(ApiPaths.TEMPLATE_SAMPLE, kind), Argument.mapOf(String.class, Object.class));
    }

    /** The text rendered against the kind's sample data (a cleaned HTML fragment), nothing saved. */
    public TemplatePreview preview(TemplateKind kind, String body) {
        return backend.post(path(ApiPaths.TEMPLATE_PREVIEW, kind), new TemplatePreviewRequest(body), TemplatePreview.class);
    }

    /** Saves the text as the version after {@code readVersion}. */
    public TemplateView save(TemplateKind kind, int readVersion, String body) {
        return backend.put(path(ApiPaths.TEMPLATE, kind), new TemplateUpdate(readVersion, body), TemplateView.class);
    }

    private static String path(String template, TemplateKind kind) {
        return template.replace("{kind}", kind.name());
    }
}
