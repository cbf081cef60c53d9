package uk.reviewhub.ui.backend;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

/**
 * Around every {@link BackendCall} client method: when the backend answers 401 to a call made with
 * an access token, renews the sign-in once and makes the call again; a second 401 signs the session out.
 */
@Singleton
@InterceptorBean(BackendCall.class)
class BackendCallInterceptor implements MethodInterceptor<Object, Object> {

    private final BeanProvider<Tokens> tokens;

    BackendCallInterceptor(BeanProvider<Tokens> tokens) {
        this.tokens = tokens;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (BackendProblem problem) {
            if (!problem.isUnauthorised() || context.hasStereotype(BackendCall.Anonymous.class)) {
                throw problem;
            }
            tokens.get().renewAfterRefusal();
            try {
                return context.proceed(this);
            } catch (BackendProblem again) {
                if (again.isUnauthorised()) {
                    tokens.get().refusedAgain();
                }
                throw again;
            }
        }
    }
}
