package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Serdeable
public record ReviewGroupSummary(
        UUID id,
        String code,
        String name,
        @Nullable String shortName,
        @Nullable String formerName) {
}
