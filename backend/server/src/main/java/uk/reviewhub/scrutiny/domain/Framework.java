package uk.reviewhub.scrutiny.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A version of the observation framework. {@code createdBy} is null for the pack's. */
public record Framework(UUID id, int version, String name, String guidance, String source, Person createdBy,
                        Instant createdAt, List<Domain> domains) {

    /** A domain of practice with its prompts and rating scale, best first. */
    public record Domain(String code, String name, String guidance, List<String> prompts, List<String> ratingScale) {
    }

    public Optional<Domain> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
