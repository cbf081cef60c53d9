package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.ObservedSettingKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** An observation to plan on the schedule. */
public record NewScheduled(LocalDate observedOn, LocalTime startsAt, LocalTime endsAt, String setting, ObservedSettingKind settingKind,
                           UUID observerId, String location, boolean noNamesConfirmed) {
}
