package uk.reviewhub.tenancy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;

/** Test-only: authenticates a request carrying {@code X-Test-Tenant} as a user of that tenant. */
@Requires(property = "reviewhub.test.tenant-probe", value = "true")
@Singleton
class HeaderTenantAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String HEADER = "X-Test-Tenant";

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String tenant = request.getHeaders().get(HEADER);
        if (tenant == null) {
            return Publishers.empty();
        }
        return Publishers.just(Authentication.build("probe-user", List.of(),
                Map.of(TenantContext.TENANT_ATTRIBUTE, tenant)));
    }
}
