package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * The child's participation (attended; views shared and how; advocate offered) and the parents'
 * (attended; views). {@code version}: the conference's version read.
 */
@Serdeable
public record ParticipationRequest(
        @Nullable Boolean childAttended,
        @Nullable @Size(max = 2000) String childViews,
        @Nullable Boolean advocateOffered,
        @Nullable Boolean parentsAttended,
        @Nullable @Size(max = 2000) String parentsViews,
        @Nullable Integer version) {
}
