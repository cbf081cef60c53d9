package uk.reviewhub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the API answers.
 *
 * @param correlationId for server errors: the reference under which the cause was logged
 * @param errors        for validation errors: which field is wrong and why
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable String correlationId,
        @Nullable List<FieldError> errors) {

    @Serdeable
    public record FieldError(String field, String message) {
    }
}
