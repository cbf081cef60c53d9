package uk.reviewhub.partnership.domain;

import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.MembershipKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One seat in a review group (the API shows it as {@code GroupMemberView}), named by the post it
 * holds. A seat is current on a day when it has started (or has no start date) and has not ended
 * (no end date, or the end date is that day or later); {@code current} says so for the day it was
 * read. {@code source} is PACK or ADMIN; {@code version} is what an update must send back.
 */
public record GroupMember(UUID id, Agency agency, String positionTitle, GroupRole groupRole, MembershipKind membershipKind,
                          LocalDate startDate, LocalDate endDate, UUID userId, String endReason, Deputy deputy, String source,
                          int version, boolean current) {

    /** Whether the seat is filled on {@code day}. */
    public boolean currentOn(LocalDate day) {
        return filledOn(startDate, endDate, day);
    }

    /** The one rule for a dated seat or role: started (or no start) and not ended (no end, or ending that day or later). */
    public static boolean filledOn(LocalDate start, LocalDate end, LocalDate day) {
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }
}
