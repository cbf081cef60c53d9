package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.casereview.TimelineStep;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child of the service. {@code chair}: the chair allocated now (null: none yet).
 * {@code nextDue}: the open clock of the child's open episodes due first, if any.
 */
@Serdeable
public record ChildView(
        UUID id,
        String caseReference,
        String initials,
        @Nullable LocalDate bornOn,
        @Nullable LocalDate expectedOn,
        String borough,
        @Nullable UUID siblingGroup,
        @Nullable PersonRef chair,
        @Nullable TimelineStep nextDue,
        int version) {
}
