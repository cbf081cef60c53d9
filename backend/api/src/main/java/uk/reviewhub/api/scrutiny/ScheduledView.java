package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.ObservedSettingKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An observation on the schedule: the piece it serves, the team, service or meeting, when (London
 * time), by whom, where; whether it was cancelled and why; and the other planned observations
 * its scrutineer would be at the same time ({@code clashesWith}, empty when none).
 */
@Serdeable
public record ScheduledView(UUID id, UUID pieceId, String pieceTitle, LocalDate observedOn, LocalTime startsAt,
                            LocalTime endsAt, String setting, ObservedSettingKind settingKind, PersonName observer,
                            @Nullable String location, boolean cancelled, @Nullable String cancelReason,
                            List<UUID> clashesWith) {
}
