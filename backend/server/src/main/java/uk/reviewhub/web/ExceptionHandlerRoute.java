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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Optional;

/**
 * Every exception a request ends in reaches its {@link ExceptionHandler} through this one global
 * error route, which finds the handler once per exception class and keeps it.
 *
 * <p>Why: without an error route, Micronaut looks the handler up anew for every error answer, with
 * a qualifier ({@code Qualifiers.byTypeArgumentsClosest}) that has no {@code equals}, so its bean
 * cache never hits and every 401, 403, 404 and 400 searched all the application's bean definitions
 * (measured: about 70% of the backend's CPU under a flood of requests without a token, 2.5 times the
 * CPU of a signed-in read). The handler chosen is the one Micronaut would choose (same lookup, same
 * qualifier); an exception no handler takes is a 500 through {@link ErrorResponseProcessor}, as
 * Micronaut's default answer is.
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

    @Error(global = true, exception = Throwable.class)
    @SuppressWarnings("unchecked")
    Object handle(HttpRequest<?> request, Throwable error) {
        Optional<BeanDefinition<ExceptionHandler>> handler = handlers.get(error.getClass());
        if (handler.isPresent()) {
            return ((ExceptionHandler<Throwable, ?>) beans.getBean(handler.get())).handle(request, error);
        }
        return processor.processResponse(ErrorContext.builder(request).cause(error).build(), HttpResponse.serverError());
    }
}
