package uk.reviewhub.api.document;

import io.micronaut.serde.annotation.Serdeable;

/** A template rendered against its kind's sample data: an HTML fragment. */
@Serdeable
public record TemplatePreview(TemplateKind kind, String html) {
}
