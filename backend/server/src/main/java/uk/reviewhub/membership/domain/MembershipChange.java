package uk.reviewhub.membership.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a seat's, an agency's or a person's roles' history (the API shows it as
 * {@code MembershipChangeView}): {@code subject} MEMBER, AGENCY or ROLE; {@code action} ADDED,
 * CHANGED, ENDED or REMOVED; {@code source} ADMIN (then {@code changedBy} says who) or PACK.
 */
public record MembershipChange(UUID id, String subject, UUID subjectId, String subjectName, String action, List<FieldChange> changes,
                               String reason, String source, UUID changedBy, String changedByName, Instant changedAt) {

    /** A field's value before and after, as text (null: not set). */
    public record FieldChange(String field, String before, String after) {
    }
}
