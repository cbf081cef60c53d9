package uk.reviewhub.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The one signature used to sign and to verify access tokens (HS256 over {@link JwtSecret}).
 * Defined here rather than in configuration because the secret may be generated at start-up.
 */
@Factory
class JwtSignatureFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration accessTokenSignature(JwtSecret secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret.asText());
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
