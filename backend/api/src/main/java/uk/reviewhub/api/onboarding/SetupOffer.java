package uk.reviewhub.api.onboarding;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What a valid set-up link offers: the partnership and person it is for, and the starting points to choose from. */
@Serdeable
public record SetupOffer(String partnershipName, String requesterName, String email, List<Option> startingPoints) {

    /** {@code code} is what {@link SetupRequest#startingPoint()} takes. */
    @Serdeable
    public record Option(String code, String label, String description) {
    }
}
