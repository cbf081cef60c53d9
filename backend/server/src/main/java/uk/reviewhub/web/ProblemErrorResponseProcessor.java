package uk.reviewhub.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.ProblemException;
import uk.reviewhub.api.Problem;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * The one error mapping of the API: every error response (from controllers, exception handlers,
 * routing and security alike) goes through here and leaves as {@code application/problem+json}.
 *
 * <p>Only text known to be written for callers reaches {@code detail}: messages of exceptions our
 * own code throws (the {@link ProblemException}s of domain code, {@link HttpStatusException}) and
 * of the handlers in this package. Everything else gets a
 * fixed text per status. Server errors never show their cause: it is logged under a correlation id
 * that the body repeats.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
    private static final int MAX_DETAIL = 300;

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        HttpRequest<?> request = context.getRequest();
        String title = HttpStatus.valueOf(status).getReason();
        String instance = request.getPath();
        Problem problem;
        if (status >= 500) {
            String correlationId = UUID.randomUUID().toString();
            String said = "Something went wrong on our side.";
            if (status == HttpStatus.SERVICE_UNAVAILABLE.getCode() && context.hasErrors()) {
                // The database out of reach (DatabaseUnavailable): the handler's sentence. One line
                // each, without the stack: an outage answers every request this way.
                said = context.getErrors().getFirst().getMessage();
                LOG.warn("Service unavailable [{}] on {} {}: {}", correlationId, request.getMethodName(), instance,
                        context.getRootCause().map(DatabaseUnavailable::reason).orElse(""));
            } else {
                LOG.error("Server error {} [{}] on {} {}", status, correlationId, request.getMethodName(), instance,
                        context.getRootCause().orElse(null));
            }
            problem = new Problem("about:blank", title, status,
                    said + " Quote reference " + correlationId + " if you report it.", instance, correlationId, null);
        } else {
            List<Problem.FieldError> fieldErrors = context.getErrors().stream()
                    .filter(error -> error.getPath().isPresent())
                    .map(error -> plain(error.getPath().get(), error.getMessage()))
                    .toList();
            String detail = context.getRootCause().filter(cause -> cause instanceof InvalidFieldException || cause instanceof ReadableRequestError)
                    .map(cause -> clip(cause.getMessage()))
                    .orElseGet(() -> fieldErrors.isEmpty() ? detail(context, status) : "The request is not valid.");
            problem = new Problem("about:blank", title, status, detail, instance, null, fieldErrors);
        }
        return response.contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem);
    }

    private static String detail(ErrorContext context, int status) {
        boolean ourOwnText = context.getRootCause()
                .map(cause -> cause instanceof HttpStatusException || cause instanceof ProblemException
                        || cause instanceof ReadableRequestError)
                .orElse(false);
        if (ourOwnText && context.hasErrors()) {
            return clip(context.getErrors().getFirst().getMessage());
        }
        return switch (status) {
            case 400 -> "The request could not be understood.";
            case 401 -> "Authentication is required: sign in and send the access token as a bearer token.";
            case 403 -> "You do not have permission to do this.";
            case 404 -> "The requested resource was not found.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced.";
            case 409 -> "The request conflicts with the current state of the resource.";
            case 413 -> "The request is too large.";
            case 415 -> "This media type is not supported here.";
            case 429 -> "Too many requests: try again later.";
            default -> HttpStatus.valueOf(status).getReason();
        };
    }

    private static final java.util.regex.Pattern REQUIRED_ARGUMENT = java.util.regex.Pattern.compile(
            "Required (?:argument|QueryValue|Header|PathVariable) \\[(?:[\\w.<>, ]+ )?(\\w+)] not specified");

    /**
     * The framework's own words for a missing body or argument ("Required Body [request] not specified") in
     * the words the rest of the API uses: "The request needs a body.", "Status is required.".
     */
    static Problem.FieldError plain(String field, String message) {
        if (message != null && message.startsWith("Required Body")) {
            return new Problem.FieldError("body", "The request needs a body.");
        }
        java.util.regex.Matcher argument = message == null ? null : REQUIRED_ARGUMENT.matcher(message);
        if (argument != null && argument.find()) {
            String name = argument.group(1);
            return new Problem.FieldError(name, FieldMessages.label(name) + " is required.");
        }
        return new Problem.FieldError(field, message);
    }

    private static String clip(String message) {
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() <= MAX_DETAIL ? firstLine : firstLine.substring(0, MAX_DETAIL) + "…";
    }

    /** Marks messages written by this package's handlers for callers to read. */
    static final class ReadableRequestError extends RuntimeException {
        ReadableRequestError(String message) {
            super(message, null, false, false);
        }
    }

    static Error error(String message) {
        return () -> message;
    }
}
