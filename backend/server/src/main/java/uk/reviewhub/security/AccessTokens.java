package uk.reviewhub.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Issues the short-lived signed access tokens (JWT, HS256). */
@Singleton
public class AccessTokens {

    private final SignatureGeneratorConfiguration signature;
    private final Clock clock;
    private final Duration lifetime;

    AccessTokens(@Named("generator") SignatureGeneratorConfiguration signature, Clock clock, SecuritySettings settings) {
        this.signature = signature;
        this.clock = clock;
        this.lifetime = settings.accessTokenLifetime();
    }

    /** A token and how long it lives. */
    public record Issued(String token, Duration lifetime) {
    }

    /**
     * @param userId   the subject
     * @param tenantId the partnership the token works in, or null for platform-only users
     * @param roles    partnership roles in that tenant plus platform roles
     */
    public Issued issue(UUID userId, @Nullable UUID tenantId, List<String> roles, String name, String email) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(userId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.ROLES, List.copyOf(roles))
                .claim(TokenClaims.NAME, name)
                .claim(TokenClaims.EMAIL, email);
        if (tenantId != null) {
            claims.claim(TokenClaims.TENANT, tenantId.toString());
        }
        try {
            return new Issued(signature.sign(claims.build()).serialize(), lifetime);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }
}
