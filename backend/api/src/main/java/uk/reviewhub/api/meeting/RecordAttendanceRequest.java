package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How a seat was filled: {@code status} PRESENT, APOLOGIES, ABSENT or DEPUTY (then {@code deputyName}
 * and whether the deputy holds delegated authority). {@code version}: the seat's version as last
 * read, or null to record it whatever it was.
 */
@Serdeable
public record RecordAttendanceRequest(
        @NotNull @Pattern(regexp = "PRESENT|APOLOGIES|ABSENT|DEPUTY") String status,
        @Nullable @Size(max = 200) String deputyName,
        boolean delegatedAuthority,
        @Nullable Integer version) {
}
