package uk.reviewhub.document.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.document.TemplatePreview;
import uk.reviewhub.api.document.TemplatePreviewRequest;
import uk.reviewhub.api.document.TemplatesApi;
import uk.reviewhub.api.document.TemplateUpdate;
import uk.reviewhub.api.document.TemplateView;
import uk.reviewhub.document.domain.HtmlDocument;
import uk.reviewhub.document.domain.SampleData;
import uk.reviewhub.document.domain.StoredTemplate;
import uk.reviewhub.document.domain.Templates;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.Map;

/**
 * The partnership's document templates, for its admins: read, preview against sample data, and
 * save a new version. A template that does not compile or render is answered 400 with the line
 * where it went wrong, and nothing is saved; an edit of a version that is no longer current, 409.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNERSHIP_ADMIN)
@Tag(name = "Templates")
class TemplateController implements TemplatesApi {

    private final Templates templates;
    private final SecurityService security;

    TemplateController(Templates templates, SecurityService security) {
        this.templates = templates;
        this.security = security;
    }

    @Override
    @Operation(summary = "The current template of every kind")
    public List<TemplateView> all() {
        return templates.all().stream().map(TemplateController::view).toList();
    }

    @Override
    @Operation(summary = "The current template of a kind (version 0: the built-in default)")
    public TemplateView current(TemplateKind kind) {
        return view(templates.current(kind));
    }

    @Override
    @Operation(summary = "Every version of a template kind, newest first, ending with the built-in default (version 0)")
    public List<TemplateView> versions(TemplateKind kind) {
        return templates.versions(kind).stream().map(TemplateController::view).toList();
    }

    @Override
    @Operation(summary = "The sample data templates of a kind are checked against: the fields they may use")
    public Map<String, Object> sample(TemplateKind kind) {
        return SampleData.of(kind);
    }

    @Override
    @Operation(summary = "Render a template text against sample data, without saving it")
    public TemplatePreview preview(TemplateKind kind, @Valid @Body TemplatePreviewRequest request) {
        return new TemplatePreview(kind, HtmlDocument.clean(templates.preview(kind, request.body())));
    }

    @Override
    @Operation(summary = "Save a new version of a template, quoting the version read")
    public TemplateView update(TemplateKind kind, @Valid @Body TemplateUpdate update) {
        return view(templates.update(kind, update.version(), update.body(), CurrentUser.of(security.getAuthentication()
                .orElseThrow(() -> new NotSignedInException("Sign in first."))).userId()));
    }

    /** A saved version (or the built-in default) as the API shows it. */
    private static TemplateView view(StoredTemplate t) {
        return new TemplateView(t.kind(), t.version(), t.source(), t.body(), t.createdAt());
    }
}
