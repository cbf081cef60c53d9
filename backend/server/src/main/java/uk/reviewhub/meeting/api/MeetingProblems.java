package uk.reviewhub.meeting.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import uk.reviewhub.meeting.domain.MeetingNotFoundException;
import uk.reviewhub.meeting.domain.MeetingRuleException;

/** The meeting feature's own exceptions as problem responses, through the one error mapping. */
final class MeetingProblems {

    private MeetingProblems() {
    }

    private static HttpResponse<?> problem(ErrorResponseProcessor<?> processor, HttpRequest<?> request, HttpStatus status,
                                           String detail) {
        // An HttpStatusException cause marks the detail as written for callers.
        return processor.processResponse(ErrorContext.builder(request)
                .cause(new HttpStatusException(status, detail)).errorMessage(detail).build(), HttpResponse.status(status));
    }

    @Singleton
    static final class NotFound implements ExceptionHandler<MeetingNotFoundException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        NotFound(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, MeetingNotFoundException exception) {
            return problem(processor, request, HttpStatus.NOT_FOUND, exception.getMessage());
        }
    }

    @Singleton
    static final class Unprocessable implements ExceptionHandler<MeetingRuleException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Unprocessable(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, MeetingRuleException exception) {
            return problem(processor, request, HttpStatus.UNPROCESSABLE_ENTITY, exception.getMessage());
        }
    }
}
