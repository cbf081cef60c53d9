package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a group's terms of reference, with when and by whom it was made, and the review
 * reminder: {@code reviewReminder} is NOT_SET, NOT_DUE, APPROACHING or PASSED, with a sentence.
 */
@Serdeable
public record TermsOfReferenceState(TermsOfReferenceView termsOfReference, @Nullable Instant createdAt,
                                    @Nullable UUID createdBy, String reviewReminder, String reviewReminderText) {
}
