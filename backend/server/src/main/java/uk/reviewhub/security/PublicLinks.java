package uk.reviewhub.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one home of the UI's address as people reach it ({@code reviewhub.public-url},
 * {@code REVIEWHUB_PUBLIC_URL}) and of the links mailed with a token in them: registration,
 * set-up and invitation links are {@code <public url>/<route>?token=<token>}.
 */
@Singleton
public final class PublicLinks {

    private final String base;

    PublicLinks(@Value("${reviewhub.public-url:`http://localhost:8080`}") String base) {
        String trimmed = base.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The UI's address, without a trailing slash. */
    public String base() {
        return base;
    }

    /** A link to the UI's {@code route} carrying {@code token}. */
    public String withToken(String route, String token) {
        return base + "/" + route + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
