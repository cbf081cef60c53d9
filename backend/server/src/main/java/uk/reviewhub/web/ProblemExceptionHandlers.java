package uk.reviewhub.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import uk.reviewhub.time.DateOutsideCalendarException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exception handlers that turn the exceptions the API expects into problem responses, all through
 * {@link ProblemErrorResponseProcessor}. Micronaut's own handlers for the same exceptions are
 * replaced because their messages quote parser and converter internals.
 */
final class ProblemExceptionHandlers {

    private ProblemExceptionHandlers() {
    }

    private static MutableHttpResponse<?> problem(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                                  HttpStatus status, String detail) {
        return processor.processResponse(ErrorContext.builder(request)
                .cause(new ProblemErrorResponseProcessor.ReadableRequestError(detail))
                .errorMessage(detail)
                .build(), HttpResponse.status(status));
    }

    /** Malformed JSON: 400 with a readable detail and nothing of the parser's message. */
    @Singleton
    @Replaces(JsonExceptionHandler.class)
    static final class MalformedJson implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        MalformedJson(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
            return problem(processor, request, HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
        }
    }

    /** A value that cannot be converted to the expected type (body field, path or query parameter). */
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static final class Unconvertible implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Unconvertible(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            String name = exception.getArgument().getName();
            return problem(processor, request, HttpStatus.BAD_REQUEST,
                    "The value given for '" + name + "' is missing, of the wrong type or not in the expected format.");
        }
    }

    /** Bean validation failures: 400 with one entry per field in {@code errors}. */
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    static final class Invalid implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Invalid(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
            List<Error> errors = exception.getConstraintViolations().stream()
                    .map(violation -> fieldError(field(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(error -> error.getPath().orElse("")))
                    .toList();
            return processor.processResponse(ErrorContext.builder(request)
                    .cause(exception)
                    .errors(errors)
                    .build(), HttpResponse.badRequest());
        }

        /** {@code signIn.request.email} becomes {@code email}: the path inside the argument. */
        private static String field(ConstraintViolation<?> violation) {
            List<String> inside = new ArrayList<>();
            String parameter = null;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.getName();
                    inside.clear();
                } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    inside.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
                }
            }
            if (!inside.isEmpty()) {
                return String.join(".", inside);
            }
            return parameter != null ? parameter : violation.getPropertyPath().toString();
        }

        private static Error fieldError(String field, String message) {
            return new Error() {
                @Override
                public java.util.Optional<String> getPath() {
                    return java.util.Optional.of(field);
                }

                @Override
                public String getMessage() {
                    return message;
                }
            };
        }
    }

    /**
     * A date beyond the bank-holiday data that no code on the way caught: 422 saying which year is
     * missing, never a 500. (Clocks read such dates as OUTSIDE_CALENDAR, and the deadline calculator
     * answers 400 itself; this is the net under both.)
     */
    @Singleton
    static final class OutsideCalendar implements ExceptionHandler<DateOutsideCalendarException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        OutsideCalendar(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DateOutsideCalendarException exception) {
            return problem(processor, request, HttpStatus.UNPROCESSABLE_ENTITY, "Working days cannot be counted for "
                    + exception.date() + ": " + exception.reason() + " (the " + exception.division()
                    + " bank-holiday calendar covers " + exception.firstDay() + " to " + exception.lastDay() + ").");
        }
    }

    @Singleton
    static final class Conflict implements ExceptionHandler<ConflictException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Conflict(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConflictException exception) {
            return processor.processResponse(ErrorContext.builder(request)
                    .cause(exception).errorMessage(exception.getMessage()).build(), HttpResponse.status(HttpStatus.CONFLICT));
        }
    }

    @Singleton
    static final class TooMany implements ExceptionHandler<TooManyRequestsException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        TooMany(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, TooManyRequestsException exception) {
            long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
            return processor.processResponse(ErrorContext.builder(request)
                            .cause(exception).errorMessage(exception.getMessage()).build(),
                    HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds)));
        }
    }
}
