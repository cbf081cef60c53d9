package uk.reviewhub.api.partnership;

import uk.reviewhub.api.vocabulary.AgencyKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member agency. {@code kind} is LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, ...; {@code source}
 * is PACK or ADMIN (see {@link GroupMemberView}); {@code version} is what an update must send back.
 */
@Serdeable
public record AgencyView(
        UUID id,
        String code,
        String name,
        AgencyKind kind,
        boolean statutoryPartner,
        @Nullable LocalDate compactSignedOn,
        @Nullable String source,
        @Nullable Integer version) {
}
