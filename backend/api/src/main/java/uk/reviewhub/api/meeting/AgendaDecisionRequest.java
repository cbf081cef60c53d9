package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The chair accepts or rejects an item; {@code version} as last read. */
@Serdeable
public record AgendaDecisionRequest(int version, @NotNull @Pattern(regexp = "ACCEPTED|REJECTED") String decision,
                                    @Nullable @Size(max = 2000) String reason) {
}
