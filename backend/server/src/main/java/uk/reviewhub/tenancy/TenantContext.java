package uk.reviewhub.tenancy;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The tenant (partnership id) whose rows the current work may see.
 *
 * <p>Inside an HTTP request it is the {@code tenant} attribute of the authenticated principal
 * (the JWT claim). Work outside a request (pack loading, jobs) binds it explicitly for the
 * duration of a call with {@link #callAs} or {@link #runAs}; an explicit binding wins over the
 * request's. The binding is read when a connection is taken ({@link TenantBindingDataSource}: from
 * the pool, or inside a request from the request's own connection, bound again if the tenant
 * differs), so bind before opening a transaction, not inside one.
 */
public final class TenantContext {

    /** Claim / principal attribute carrying the partnership id. */
    public static final String TENANT_ATTRIBUTE = "tenant";

    private static final ScopedValue<Optional<UUID>> BOUND = ScopedValue.newInstance();

    private TenantContext() {
    }

    /** The tenant bound to this work, if any. */
    public static Optional<UUID> current() {
        if (BOUND.isBound()) {
            return BOUND.get();
        }
        return ServerRequestContext.currentRequest().flatMap(TenantContext::fromRequest);
    }

    /** Runs {@code work} with {@code tenantId} bound, whatever the surrounding binding. */
    public static <T> T callAs(UUID tenantId, Callable<T> work) throws Exception {
        Objects.requireNonNull(tenantId, "tenantId");
        return ScopedValue.where(BOUND, Optional.of(tenantId)).call(work::call);
    }

    /** Runs {@code work} with {@code tenantId} bound; checked exceptions are not expected. */
    public static void runAs(UUID tenantId, Runnable work) {
        Objects.requireNonNull(tenantId, "tenantId");
        ScopedValue.where(BOUND, Optional.of(tenantId)).run(work);
    }

    /**
     * Runs {@code work} with no tenant bound, even inside a request: only global tables and the
     * narrow platform functions are usable.
     */
    public static <T> T callWithoutTenant(Callable<T> work) throws Exception {
        return ScopedValue.where(BOUND, Optional.<UUID>empty()).call(work::call);
    }

    private static Optional<UUID> fromRequest(HttpRequest<Object> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getAttributes().get(TENANT_ATTRIBUTE))
                .map(TenantContext::toUuid);
    }

    private static UUID toUuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        // A malformed claim must not fall back to "no tenant" silently: fail the work.
        return UUID.fromString(value.toString());
    }
}
