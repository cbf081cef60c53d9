package uk.reviewhub.ui.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The fields of an RFC 9457 application/problem+json body that the UI shows. */
@Serdeable
record Problem(@Nullable String type, @Nullable String title, @Nullable Integer status, @Nullable String detail,
               @Nullable java.util.List<FieldError> errors) {

    /** A validation error of one field of the request. */
    @Serdeable
    record FieldError(@Nullable String field, @Nullable String message) {
    }

    /**
     * The detail, followed by the fields the backend found wrong, if it named any (a field whose
     * message the detail already says is not repeated).
     */
    /** The fields named, for the form to mark (entries without a field name are left out). */
    java.util.List<BackendProblem.FieldError> fieldErrors() {
        return errors == null ? java.util.List.of() : errors.stream().filter(e -> e.field() != null && !e.field().isBlank())
                .map(e -> new BackendProblem.FieldError(e.field(), e.message() == null ? "" : e.message())).toList();
    }

    String detailWithFields() {
        java.util.List<FieldError> more = errors == null ? java.util.List.of()
                : errors.stream().filter(e -> detail == null || !detail.equals(e.message())).toList();
        if (more.isEmpty()) {
            return detail;
        }
        String fields = String.join("; ", more.stream().map(e -> e.field() + ": " + e.message()).toList());
        return (detail == null ? "" : detail + " ") + fields + ".";
    }
}
