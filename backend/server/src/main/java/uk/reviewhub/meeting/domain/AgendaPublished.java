package uk.reviewhub.meeting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (with Micronaut's {@code ApplicationEventPublisher}) when a chair publishes a
 * meeting's agenda, first or again. This is the hook for the AGENDA_PUBLISHED notice: a listener
 * (the reminders feature) sends it to the group. It is published inside the publishing
 * transaction; a listener that sends mail should use {@code @TransactionalEventListener} so nothing
 * goes out for a publication that was rolled back. {@code tenantId} is the partnership, for
 * listeners that work outside the request ({@code TenantContext.runAs}).
 */
public record AgendaPublished(UUID tenantId, UUID meetingId, UUID groupId, int revision, UUID publishedBy, Instant publishedAt) {
}
