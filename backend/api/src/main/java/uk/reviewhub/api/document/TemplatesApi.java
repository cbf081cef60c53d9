package uk.reviewhub.api.document;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.Map;

/** The partnership's document templates (partnership admins): read, preview against sample data, save a version. */
public interface TemplatesApi {

    /** The current template of every kind the backend knows. */
    @Get(ApiPaths.TEMPLATES)
    List<TemplateView> all();

    /** The current template of a kind (version 0: the built-in default). */
    @Get(ApiPaths.TEMPLATE)
    TemplateView current(@PathVariable TemplateKind kind);

    /** Every version, newest first, ending with the built-in default (version 0). */
    @Get(ApiPaths.TEMPLATE_VERSIONS)
    List<TemplateView> versions(@PathVariable TemplateKind kind);

    /** The sample data templates of the kind are checked against: the fields they may use. */
    @Get(ApiPaths.TEMPLATE_SAMPLE)
    Map<String, Object> sample(@PathVariable TemplateKind kind);

    /** The text rendered against the kind's sample data (a cleaned HTML fragment), nothing saved. */
    @Post(ApiPaths.TEMPLATE_PREVIEW)
    TemplatePreview preview(@PathVariable TemplateKind kind, @Valid @Body TemplatePreviewRequest request);

    /** Saves the text as the version after the version read (409 if that is no longer current). */
    @Put(ApiPaths.TEMPLATE)
    TemplateView update(@PathVariable TemplateKind kind, @Valid @Body TemplateUpdate update);
}
