package uk.reviewhub.audit.domain;

import java.util.List;

/** A page of the audit log, newest first, with the total count of events. */
public record AuditEvents(List<AuditEvent> items, int page, int size, long total) {
}
