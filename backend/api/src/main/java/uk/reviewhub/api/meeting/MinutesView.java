package uk.reviewhub.api.meeting;

import uk.reviewhub.api.vocabulary.MinutesStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current minutes of a meeting: {@code number} 1 is the original; higher numbers are
 * amendments, each approved when recorded. {@code status} DRAFT or APPROVED; approved minutes are
 * {@code locked}. {@code circulation} is the clock of the terms of reference's minutes deadline,
 * null where the terms set none. Approved minutes carry {@code minuted}, the attendance, quorum
 * verdict and actions as they stood at approval (null for a draft), and {@code approvedBy}, the
 * name of who approved them (for an amendment: who recorded it, with {@code amendmentReason}).
 */
@Serdeable
public record MinutesView(
        UUID id,
        UUID meetingId,
        int number,
        MinutesStatus status,
        boolean locked,
        @Nullable String amendmentReason,
        @Nullable Instant approvedAt,
        @Nullable UUID approvedAtMeetingId,
        @Nullable LocalDate circulatedOn,
        @Nullable ClockView circulation,
        List<MinuteEntryView> entries,
        int version,
        @Nullable MinutedView minuted,
        @Nullable String approvedBy) {
}
