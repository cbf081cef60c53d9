package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import uk.reviewhub.api.vocabulary.InviteeAttendance;

import java.time.LocalDate;

/** An invitee's attendance and the day their report was received; {@code version}: the invitee's version read. */
@Serdeable
public record AttendanceRequest(@NotNull InviteeAttendance attendance, @Nullable @DateWindow LocalDate reportReceivedOn,
                                @Nullable Integer version) {
}
