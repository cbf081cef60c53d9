package uk.reviewhub.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
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
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.problem.ProblemException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.TooLargeException;
import uk.reviewhub.problem.TooManyRequestsException;
import uk.reviewhub.time.DateOutsideCalendarException;

import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.sql.SQLException;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            Optional<SerdeException> serde = causeOf(exception, SerdeException.class);
            String field = serde.map(Unconvertible::field).filter(path -> !path.isEmpty())
                    .orElse(exception.getArgument().getName());
            String message = serde.filter(e -> e.getMessage() != null
                            && e.getMessage().contains(PlainTextDeserializer.CONTROL_CHARACTERS))
                    .map(e -> PlainTextDeserializer.CONTROL_CHARACTERS)
                    .orElse("The value given for '" + field + "' is missing, of the wrong type or not in the expected format.");
            return processor.processResponse(ErrorContext.builder(request)
                    .cause(new ProblemErrorResponseProcessor.ReadableRequestError(message))
                    .errors(List.of(fieldError(field, message)))
                    .build(), HttpResponse.badRequest());
        }

        /** The refused value's place in the body in API words: {@code deputy.post}, {@code links[2]}. */
        private static String field(SerdeException exception) {
            StringBuilder path = new StringBuilder();
            List<ReferencePath> steps = new ArrayList<>(exception.getPath());
            java.util.Collections.reverse(steps);
            for (ReferencePath step : steps) {
                if (step instanceof CollectionItemReferencePath item) {
                    path.append('[').append(item.index()).append(']');
                } else if (step instanceof MapItemReferencePath entry) {
                    path.append(path.isEmpty() ? "" : ".").append(entry.key());
                } else if (step instanceof PropertyReferencePath property) {
                    path.append(path.isEmpty() ? "" : ".").append(property.property().getName());
                }
            }
            return path.toString();
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
                    .map(violation -> fieldError(field(violation), FieldMessages.sentence(field(violation), violation, wholeBody(violation))))
                    .sorted(Comparator.comparing(error -> error.getPath().orElse("")))
                    .toList();
            return processor.processResponse(ErrorContext.builder(request)
                    .cause(exception)
                    .errors(errors)
                    .build(), HttpResponse.badRequest());
        }

        /** The violation is the method argument itself (a missing body), not a field inside it. */
        private static boolean wholeBody(ConstraintViolation<?> violation) {
            boolean parameter = false;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = true;
                } else if (parameter && node.getKind() != ElementKind.METHOD) {
                    return false;
                }
            }
            return parameter && violation.getInvalidValue() == null;
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

    }

    /**
     * A database constraint the request broke, which no check on the way caught (two requests racing
     * to create the same code; a value outside a column's CHECK): a unique violation is 409 naming
     * what is duplicated, text PostgreSQL cannot store (NUL) or a CHECK or NOT NULL violation is 400; the transaction rolled back, so
     * nothing was written. The database out of reach ({@link DatabaseUnavailable}) is 503 with Retry-After.
     * Any other exception stays a 500 with a correlation id.
     */
    @Singleton
    static final class Unanswered implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
        private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z0-9_]+)\"");
        private static final Map<String, String> DUPLICATES = Map.of(
                "agency_tenant_id_code_key", "The partnership already has an agency with this code.",
                "learning_theme_tenant_id_code_key", "The partnership already has a learning theme with this code.",
                "recommendation_tenant_id_review_id_number_key", "The review already has a recommendation with this number.");

        private final ErrorResponseProcessor<?> processor;

        Unanswered(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
            if (DatabaseUnavailable.is(exception)) {
                return processor.processResponse(ErrorContext.builder(request).cause(exception)
                                .errorMessage(DatabaseUnavailable.sentence(request.getMethod())).build(),
                        HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                                .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds())));
            }
            Optional<SQLException> sql = causeOf(exception, SQLException.class);
            String state = sql.map(SQLException::getSQLState).orElse("");
            if (state.equals("23505")) {
                String constraint = constraint(sql.get());
                return problem(processor, request, HttpStatus.CONFLICT, DUPLICATES.getOrDefault(constraint,
                        "This would duplicate something that must be unique: reload to see what is there."));
            }
            if (state.equals("22021") || state.equals("22P05")) {
                // Text the JSON reader's list path let through (NUL cannot be stored in PostgreSQL text).
                return problem(processor, request, HttpStatus.BAD_REQUEST, PlainTextDeserializer.CONTROL_CHARACTERS);
            }
            if (state.equals("23514") || state.equals("23502") || state.equals("22001")) {
                return problem(processor, request, HttpStatus.BAD_REQUEST,
                        "A value in the request is outside what is allowed for it.");
            }
            return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                    HttpResponse.serverError());
        }

        private static String constraint(SQLException exception) {
            Matcher m = CONSTRAINT.matcher(String.valueOf(exception.getMessage()));
            return m.find() ? m.group(1) : "";
        }
    }

    static <T extends Throwable> Optional<T> causeOf(Throwable exception, Class<T> type) {
        return causes(exception).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** {@code exception}, then its cause, and so on. */
    static Stream<Throwable> causes(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }

    /** A field at fault, named in API words, with a sentence for the person who sent it. */
    static Error fieldError(String field, String message) {
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

    /**
     * The one mapping of domain refusals: each meaning ({@link ProblemException}'s subclasses) has
     * one status in every feature. The README's "Errors" section shows the same table.
     */
    @Singleton
    static final class DomainProblem implements ExceptionHandler<ProblemException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        DomainProblem(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        static HttpStatus status(ProblemException exception) {
            return switch (exception) {
                case InvalidFieldException ignored -> HttpStatus.BAD_REQUEST;
                case NotSignedInException ignored -> HttpStatus.UNAUTHORIZED;
                case ForbiddenException ignored -> HttpStatus.FORBIDDEN;
                case NotFoundException ignored -> HttpStatus.NOT_FOUND;
                case ConflictException ignored -> HttpStatus.CONFLICT;
                case TooLargeException ignored -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
                case RuleNotMetException ignored -> HttpStatus.UNPROCESSABLE_ENTITY;
                case TooManyRequestsException ignored -> HttpStatus.TOO_MANY_REQUESTS;
            };
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
            ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
            if (exception instanceof InvalidFieldException invalid) {
                context.errors(invalid.fields().stream().map(f -> fieldError(f.field(), f.message())).toList());
            } else {
                context.errorMessage(exception.getMessage());
            }
            MutableHttpResponse<?> response = HttpResponse.status(status(exception));
            if (exception instanceof TooManyRequestsException tooMany) {
                long seconds = Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000);
                response.header("Retry-After", Long.toString(seconds));
            }
            return processor.processResponse(context.build(), response);
        }
    }
}
