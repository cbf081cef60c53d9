package uk.reviewhub.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Checks the access token of every request. Its signature is verified and its claims parsed once
 * on this replica, the first time the token is seen (Micronaut's own validator, with every claims
 * validator); after that each request runs every claims validator again on the parsed claims:
 * expiry on the application's clock ({@link ClockedExpirationValidator}), and that the person still
 * holds what the token claims and has not signed it out ({@code access.CurrentAccessValidator}).
 * So what a request may do is decided exactly as before; only the parsing and the HMAC are not
 * repeated (about a tenth of a simple read's cost, issue 14).
 *
 * <p>Keyed by the whole token text, so a token changed in any character is verified afresh. A token
 * refused by a validator leaves the cache. At most {@code reviewhub.security.verified-tokens}
 * (default 20000) are kept: past that the expired ones go, and if none had expired, all of them
 * (the next request of each is verified again).
 *
 * <p>The checks run where the request arrived (the Netty event loop) only when none of them would
 * read the database; a token seen for the first time, or a person whose standing is due to be read
 * again ({@link ReadsDatabase}), is checked on the blocking executor, so that no database read, nor a
 * wait for a pooled connection, ever holds up the event loop.
 *
 * <p>Micronaut's reactive validator, which would verify every token again, is switched off in
 * {@code application.yml} ({@code micronaut.security.token.jwt.nimbus.reactive-validator: false}).
 */
@Singleton
@Requires(property = "micronaut.security.token.jwt.nimbus.reactive-validator", value = "false")
final class VerifiedTokens implements TokenValidator<HttpRequest<?>> {

    private record Verified(Claims claims, Authentication authentication) {
    }

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> verifier;
    private final JwtAuthenticationFactory authentications;
    private final List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators;
    private final List<ReadsDatabase> readers;
    private final ClockedExpirationValidator<HttpRequest<?>> expiry;
    private final int limit;
    private final ExecutorService blocking;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JsonWebTokenValidator<JWT, HttpRequest<?>> verifier, JwtAuthenticationFactory authentications,
                   List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators,
                   ClockedExpirationValidator<HttpRequest<?>> expiry,
                   @Value("${reviewhub.security.verified-tokens:20000}") int limit,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.verifier = verifier;
        this.authentications = authentications;
        this.claimsValidators = List.copyOf(claimsValidators);
        this.readers = this.claimsValidators.stream()
                .filter(ReadsDatabase.class::isInstance).map(ReadsDatabase.class::cast).toList();
        this.expiry = expiry;
        this.limit = limit;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Verified known = verified.get(token);
        if (known != null && !wouldRead(known)) {
            return checked(token, known, request).map(Publishers::just).orElseGet(Publishers::empty);
        }
        return Publishers.fromCompletableFuture(() ->
                CompletableFuture.supplyAsync(() -> authenticate(token, request).orElse(null), blocking));
    }

    /** True when checking this token now may read the database (a new token, or a standing due to be read). */
    boolean wouldRead(String token) {
        Verified known = verified.get(token);
        return known == null || wouldRead(known);
    }

    private boolean wouldRead(Verified known) {
        for (ReadsDatabase reader : readers) {
            if (reader.wouldRead(known.claims())) {
                return true;
            }
        }
        return false;
    }

    Optional<Authentication> authenticate(String token, HttpRequest<?> request) {
        Verified known = verified.get(token);
        if (known != null) {
            return checked(token, known, request);
        }
        Optional<JWT> jwt = verifier.validate(token, request); // signature and every claims validator
        if (jwt.isEmpty()) {
            return Optional.empty();
        }
        Optional<Authentication> authentication = authentications.createAuthentication(jwt.get());
        authentication.ifPresent(found -> remember(token, jwt.get(), found));
        return authentication;
    }

    /** A token verified before: every claims validator again on its parsed claims. */
    private Optional<Authentication> checked(String token, Verified known, HttpRequest<?> request) {
        for (GenericJwtClaimsValidator<HttpRequest<?>> validator : claimsValidators) {
            if (!validator.validate(known.claims(), request)) {
                verified.remove(token);
                return Optional.empty();
            }
        }
        return Optional.of(known.authentication());
    }

    /** How many verified tokens this replica holds (for the spec). */
    int size() {
        return verified.size();
    }

    private void remember(String token, JWT jwt, Authentication authentication) {
        Claims claims;
        try {
            claims = new JwtClaimsSetAdapter(jwt.getJWTClaimsSet());
        } catch (ParseException unreadable) {
            return; // verified above, so not expected; the token is then verified at each use
        }
        if (verified.size() >= limit) {
            verified.values().removeIf(entry -> !expiry.validate(entry.claims(), null));
            if (verified.size() >= limit) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(claims, authentication));
    }
}
