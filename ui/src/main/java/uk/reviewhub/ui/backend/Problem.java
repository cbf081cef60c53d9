package uk.reviewhub.ui.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The fields of an RFC 9457 application/problem+json body that the UI shows. */
@Serdeable
record Problem(@Nullable String type, @Nullable String title, @Nullable Integer status, @Nullable String detail) {
}
