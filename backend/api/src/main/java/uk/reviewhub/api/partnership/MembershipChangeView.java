package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a seat's or an agency's history. {@code subject} is MEMBER or AGENCY; {@code action}
 * ADDED, CHANGED, ENDED or REMOVED (by the pack, a seat never used at a meeting); {@code source}
 * ADMIN (then {@code changedBy} and its name say who) or PACK (a pack load). {@code subjectName}
 * is the seat's post or the agency's name as they are now (null for a seat the pack removed).
 */
@Serdeable
public record MembershipChangeView(
        UUID id,
        String subject,
        UUID subjectId,
        @Nullable String subjectName,
        String action,
        List<FieldChange> changes,
        @Nullable String reason,
        String source,
        @Nullable UUID changedBy,
        @Nullable String changedByName,
        Instant changedAt) {

    /** A field's value before and after, as text (null: not set). */
    @Serdeable
    public record FieldChange(String field, @Nullable String before, @Nullable String after) {
    }
}
