package uk.reviewhub.membership.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import uk.reviewhub.membership.domain.MembershipProblem;
import uk.reviewhub.api.Problem;

import java.util.List;

/**
 * A refused membership request as a problem response, through the one error mapping; the
 * sentence is the detail, and a field at fault is named in {@code errors} as well.
 */
@Singleton
final class MembershipProblems implements ExceptionHandler<MembershipProblem, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    MembershipProblems(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MembershipProblem problem) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        // An HttpStatusException cause marks the detail as written for callers.
        MutableHttpResponse<?> response = processor.processResponse(ErrorContext.builder(request)
                .cause(new HttpStatusException(status, problem.getMessage())).errorMessage(problem.getMessage()).build(),
                HttpResponse.status(status));
        if (problem.field() != null && response.getBody().orElse(null) instanceof Problem p) {
            return response.body(new Problem(p.type(), p.title(), p.status(), p.detail(), p.instance(), p.correlationId(),
                    List.of(new Problem.FieldError(problem.field(), problem.getMessage()))));
        }
        return response;
    }
}
