package uk.reviewhub.ui.backend;

import io.micronaut.aop.Around;
import io.micronaut.http.annotation.FilterMatcher;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On every declarative client of the backend (beside {@code @Client(id = "backend")}). Its calls
 * pass {@link BackendFilter}, which adds the signed-in user's access token (renewing it first when it
 * is about to expire) unless the client is {@link Anonymous}, and turns an error answer into a
 * {@link BackendProblem} (a 404 too, which a declarative client would otherwise answer as null).
 * {@link BackendCallInterceptor} renews the sign-in once and tries again when the backend answers 401.
 */
@Around
@FilterMatcher
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BackendCall {

    /** On the sign-in and refresh client only: its calls carry no access token. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Anonymous {
    }
}
