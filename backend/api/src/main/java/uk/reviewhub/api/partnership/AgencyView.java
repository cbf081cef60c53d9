package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A member agency. {@code kind} is LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, ... */
@Serdeable
public record AgencyView(
        UUID id,
        String code,
        String name,
        String kind,
        boolean statutoryPartner,
        @Nullable LocalDate compactSignedOn) {
}
