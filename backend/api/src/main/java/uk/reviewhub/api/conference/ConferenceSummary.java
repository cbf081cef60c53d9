package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.AbuseCategory;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;

import java.time.LocalDate;
import java.util.UUID;

/** A conference or review in a list: what, which one, when planned and held, quorate, outcome. */
@Serdeable
public record ConferenceSummary(
        UUID id,
        UUID episodeId,
        ConferenceKind kind,
        int number,
        String title,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate heldOn,
        @Nullable Boolean quorate,
        @Nullable ConferenceOutcome outcome,
        @Nullable AbuseCategory category) {
}
