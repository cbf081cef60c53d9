package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.casereview.TimelineStep;

import java.util.UUID;

/**
 * One line of a diary: a child's open clock (a conference or review due or planned, a record to
 * issue, an issue of the Issue Resolution Process to be answered or resolved) with the child's
 * reference and initials and the chair allocated; {@code episodeId} is null for an issue's clock.
 */
@Serdeable
public record DiaryEntry(UUID childId, String caseReference, String initials, @Nullable PersonRef chair,
                         @Nullable UUID episodeId, TimelineStep step) {
}
