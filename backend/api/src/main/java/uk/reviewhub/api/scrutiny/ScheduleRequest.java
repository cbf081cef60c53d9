package uk.reviewhub.api.scrutiny;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.ObservedSettingKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An observation planned on the schedule: which team, service or meeting ({@code setting}, of
 * {@code settingKind}), on which day, from and to when (London time), by which of the piece's
 * scrutineers ({@code observerId}), and where. No child's or family member's name and no case
 * number: text that looks like one is refused at its field (400) unless {@code noNamesConfirmed}.
 */
@Serdeable
public record ScheduleRequest(@NotNull @DateWindow LocalDate observedOn,
                              @NotNull LocalTime startsAt,
                              @NotNull LocalTime endsAt,
                              @NotBlank @Size(max = 200) String setting,
                              @NotNull ObservedSettingKind settingKind,
                              @NotNull UUID observerId,
                              @Nullable @Size(max = 200) String location,
                              boolean noNamesConfirmed) {
}
