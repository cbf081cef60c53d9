package uk.reviewhub.mail.domain;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code reviewhub.mail.smtp.*}: host (blank: no SMTP, messages stay in the outbox), port,
 * username and password (both blank: no authentication), starttls (required when true) and the
 * from address.
 */
@ConfigurationProperties("reviewhub.mail.smtp")
public record MailSettings(
        @Nullable String host,
        @Nullable Integer port,
        @Nullable String username,
        @Nullable String password,
        @Nullable Boolean starttls,
        @Nullable String from) {

    public boolean smtpConfigured() {
        return host != null && !host.isBlank();
    }

    public int portOrDefault() {
        return port == null ? 25 : port;
    }

    public String fromOrDefault() {
        return from == null || from.isBlank() ? "Review Hub <no-reply@reviewhub.invalid>" : from;
    }

    public boolean authenticated() {
        return username != null && !username.isBlank();
    }
}
