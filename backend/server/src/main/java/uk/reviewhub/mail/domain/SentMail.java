package uk.reviewhub.mail.domain;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** What became of a message: its outbox id and status, and why it failed if it did. */
public record SentMail(UUID id, MailStatus status, @Nullable String failure) {
}
