package uk.reviewhub.sso.domain;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.problem.RuleNotMetException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenID Connect provider of one partnership, spoken to by hand (Micronaut registers its OIDC
 * clients at start-up; these are read per sign-in): its metadata from
 * {@code <issuer>/.well-known/openid-configuration}, whose {@code issuer} must be the partnership's;
 * the code exchanged at its token endpoint (client secret and PKCE verifier); the ID token
 * verified with a key from its JWKS (RS256 or ES256), and its issuer, audience (the partnership's
 * client id), {@code tid} (the partnership's Entra tenant), nonce and expiry checked. A token that
 * fails a check is refused (401) and the reason logged without the token.
 */
@Singleton
public class OpenIdProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OpenIdProvider.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String REFUSED = "Your organisation's sign-in was not accepted. Start again from the sign-in page.";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock;

    OpenIdProvider(Clock clock) {
        this.clock = clock;
    }

    /** The provider's endpoints, read from its metadata. */
    public record Endpoints(String issuer, String authorization, String token, String jwks) {
    }

    public Endpoints endpoints(String issuer) {
        Map<String, Object> metadata = json(get(issuer + "/.well-known/openid-configuration"));
        if (!issuer.equals(metadata.get("issuer"))) {
            LOG.warn("The provider's metadata names issuer {}, not the partnership's {}", metadata.get("issuer"), issuer);
            throw unreachable();
        }
        return new Endpoints(issuer, text(metadata, "authorization_endpoint"), text(metadata, "token_endpoint"),
                text(metadata, "jwks_uri"));
    }

    /** The provider's sign-in page for this attempt. */
    public String authorizationUrl(Endpoints endpoints, String clientId, String redirectUri, String state, String nonce,
                                   String codeChallenge, String loginHint) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("response_type", "code");
        query.put("redirect_uri", redirectUri);
        query.put("response_mode", "query");
        query.put("scope", "openid profile email");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        query.put("login_hint", loginHint);
        return endpoints.authorization() + (endpoints.authorization().contains("?") ? "&" : "?") + form(query);
    }

    /** The ID token's verified claims, once the code is exchanged. */
    public JWTClaimsSet signIn(Endpoints endpoints, String entraTenantId, String clientId, String clientSecret, String code,
                               String redirectUri, String codeVerifier, String nonce) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("client_id", clientId);
        body.put("client_secret", clientSecret);
        body.put("code_verifier", codeVerifier);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoints.token())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
        if (answer.statusCode() != 200) {
            LOG.info("The provider refused the code exchange with status {}", answer.statusCode());
            throw new NotSignedInException(REFUSED);
        }
        Object idToken = json(answer.body()).get("id_token");
        if (!(idToken instanceof String token)) {
            LOG.info("The provider's token answer holds no ID token");
            throw new NotSignedInException(REFUSED);
        }
        return verify(token, endpoints, entraTenantId, clientId, nonce);
    }

    public JWTClaimsSet verify(String idToken, Endpoints endpoints, String entraTenantId, String clientId, String nonce) {
        try {
            JWKSet keys = JWKSet.parse(get(endpoints.jwks()));
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                    new ImmutableJWKSet<>(keys)));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(Set.of(clientId)),
                    new JWTClaimsSet.Builder().issuer(endpoints.issuer()).claim("tid", entraTenantId).claim("nonce", nonce).build(),
                    new HashSet<>(Set.of("sub", "iat", "exp")), new HashSet<>()) {
                @Override
                protected Date currentTime() {
                    return Date.from(clock.instant());
                }
            });
            return processor.process(idToken, null);
        } catch (ParseException | BadJOSEException e) {
            LOG.info("An ID token was refused: {}", e.getMessage());
            throw new NotSignedInException(REFUSED);
        } catch (com.nimbusds.jose.JOSEException e) {
            LOG.info("An ID token could not be verified: {}", e.getMessage());
            throw new NotSignedInException(REFUSED);
        }
    }

    private String get(String url) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
        if (answer.statusCode() != 200) {
            LOG.warn("The provider answered {} for {}", answer.statusCode(), url);
            throw unreachable();
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warn("The provider at {} could not be reached: {}", request.uri().getHost(), e.toString());
            throw unreachable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable();
        }
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            LOG.warn("The provider answered something other than JSON");
            throw unreachable();
        }
    }

    private static String text(Map<String, Object> metadata, String name) {
        if (metadata.get(name) instanceof String value && value.startsWith("http")) {
            return value;
        }
        LOG.warn("The provider's metadata has no {}", name);
        throw unreachable();
    }

    private static RuleNotMetException unreachable() {
        return new RuleNotMetException("Your organisation's sign-in service did not answer as expected. Try again later, "
                + "or tell your partnership's admin: the single sign-on settings may be wrong.");
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
