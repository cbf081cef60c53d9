package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.ObservedSettingKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** An observation on the schedule, as stored; {@code cancelledAt} null while it stands. */
public record Scheduled(UUID id, UUID pieceId, String pieceTitle, LocalDate observedOn, LocalTime startsAt, LocalTime endsAt,
                        String setting, ObservedSettingKind settingKind, Person observer, String location,
                        Instant cancelledAt, String cancelReason) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** Whether this and {@code other} (both standing) put the same scrutineer in two places at once. */
    public boolean clashesWith(Scheduled other) {
        return !id.equals(other.id) && !cancelled() && !other.cancelled() && observer.id().equals(other.observer.id())
                && observedOn.equals(other.observedOn) && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
