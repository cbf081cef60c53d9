package uk.reviewhub.api.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * The current template of one kind. {@code version} is what an edit must quote
 * ({@link TemplateUpdate#version()}); 0 while the partnership has none of its own and the built-in
 * default ({@code source} BUILT_IN) applies. {@code source}: BUILT_IN, PACK (from the partnership's
 * pack) or EDIT (saved by an admin).
 */
@Serdeable
public record TemplateView(
        TemplateKind kind,
        int version,
        String source,
        String body,
        @Nullable Instant createdAt) {
}
