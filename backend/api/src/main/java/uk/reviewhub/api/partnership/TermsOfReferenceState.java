package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a group's terms of reference, with when and by whom it was made, and the review
 * reminder: {@code reviewReminder} is NOT_SET, NOT_DUE, APPROACHING or PASSED, with a sentence.
 * {@code source} is PACK (loaded from the partnership's pack) or ADMIN (an admin's edit, by
 * {@code createdBy}). A pack reload does not write over an admin's edit: on the current version,
 * {@code packChangeNotApplied} then says that the pack's change was not applied, and why.
 */
@Serdeable
public record TermsOfReferenceState(TermsOfReferenceView termsOfReference, @Nullable Instant createdAt,
                                    @Nullable UUID createdBy, String reviewReminder, String reviewReminderText,
                                    String source, @Nullable String packChangeNotApplied) {
}
