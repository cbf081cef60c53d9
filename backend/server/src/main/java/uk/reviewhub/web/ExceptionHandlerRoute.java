package uk.reviewhub.web;

import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Optional;

/**
 * Unchecked exceptions and malformed JSON, whatever request they end, reach their
 * {@link ExceptionHandler} through these global error routes, which find the handler's definition
 * once per exception class and keep it.
 *
 * <p>Why: without an error route, Micronaut looks the handler up anew for every error answer, with
 * a qualifier ({@code Qualifiers.byTypeArgumentsClosest}) that has no {@code equals}, so its bean
 * cache never hits and every 400, 401, 403, 404, 409 and 422 searched all the application's bean
 * definitions: about 70% of the backend's CPU under a flood of requests without a token, a 401
 * costing as much as a signed-in read that makes four round trips to the database. The handler
 * chosen is the one Micronaut would choose (same lookup, same qualifier), and its bean is asked of
 * the context each time, as Micronaut does, so its scope holds. The fix belongs in Micronaut (the
 * qualifier needs {@code equals} and {@code hashCode}, as {@code TypeArgumentQualifier} has); when
 * it has them, these routes can go, and {@code ProblemJsonSpec} says whether errors still answer.
 *
 * <p>Other checked exceptions and {@link java.lang.Error}s are left to Micronaut's own path, which
 * treats a client that hung up (a connection reset, a closed channel) quietly; they are rare. Every
 * unchecked exception has a handler ({@code ProblemExceptionHandlers.Unanswered} takes any
 * {@link RuntimeException}), so Micronaut's path had no other branch for them.
 *
 * <p>Error routes run after the security filter has decided, and only for requests that already
 * failed; this controller has no route of its own, so nothing is reachable through it.
 */
@Controller
@Secured(SecurityRule.DENY_ALL)
final class ExceptionHandlerRoute {

    private final BeanContext beans;
    private final ErrorResponseProcessor<?> processor;
    /** The handler's definition, kept: its bean is asked of the context each time, so its scope holds. */
    private final ClassValue<Optional<BeanDefinition<ExceptionHandler>>> handlers = new ClassValue<>() {
        @Override
        protected Optional<BeanDefinition<ExceptionHandler>> computeValue(Class<?> type) {
            return beans.findBeanDefinition(ExceptionHandler.class, Qualifiers.byTypeArgumentsClosest(type, Object.class));
        }
    };

    ExceptionHandlerRoute(BeanContext beans, ErrorResponseProcessor<?> processor) {
        this.beans = beans;
        this.processor = processor;
    }

    @Error(global = true, exception = RuntimeException.class)
    Object unchecked(HttpRequest<?> request, RuntimeException error) {
        return handle(request, error);
    }

    @Error(global = true, exception = JsonSyntaxException.class)
    Object malformedJson(HttpRequest<?> request, JsonSyntaxException error) {
        return handle(request, error);
    }

    @SuppressWarnings("unchecked")
    private Object handle(HttpRequest<?> request, Exception error) {
        Optional<BeanDefinition<ExceptionHandler>> handler = handlers.get(error.getClass());
        if (handler.isPresent()) {
            return ((ExceptionHandler<Exception, ?>) beans.getBean(handler.get())).handle(request, error);
        }
        return processor.processResponse(ErrorContext.builder(request).cause(error).build(), HttpResponse.serverError());
    }
}
