package uk.reviewhub.mail.domain;

import java.time.Instant;

/** One notice of the partnership's notice log: its key, kind, recipient, status and attempts. */
public record NoticeLogEntry(String key, String kind, String recipient, String status, int attempts, String subject, String failure,
                             Instant createdAt, Instant sentAt) {
}
