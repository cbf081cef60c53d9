package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of the partnership's observation framework. {@code source}: PACK (the pack's starting
 * framework) or SCRUTINEER (written in the product, by {@code createdBy}).
 */
@Serdeable
public record FrameworkView(UUID id, int version, String name, @Nullable String guidance, String source,
                            @Nullable PersonName createdBy, Instant createdAt, List<Domain> domains) {

    @Serdeable
    public record Domain(String code, String name, @Nullable String guidance, List<String> prompts, List<String> ratingScale) {
    }
}
