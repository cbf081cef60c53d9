package uk.reviewhub.document.domain;

import uk.reviewhub.api.document.TemplateKind;

import java.time.Instant;

/** One saved version of a partnership's template. {@code source}: PACK or EDIT. */
public record StoredTemplate(TemplateKind kind, int version, String source, String body, Instant createdAt) {
    public static final String PACK = "PACK";
    public static final String EDIT = "EDIT";
}
