package uk.reviewhub.pack;

import java.util.List;

/**
 * Independent scrutiny, when a pack turns it on with {@code scrutiny:}: pieces of scrutiny
 * commissioned by the statutory partners, led by the partnership's scrutineers (role
 * {@code SCRUTINEER}), observations of frontline practice against the partnership's observation
 * framework.
 *
 * @param description what scrutiny is in this partnership, in words
 * @param daysGroup   the code of the group whose chair's days allocation the scrutineers' days count
 *                    against (one allocation covers chairing and scrutiny); null: days are not logged
 * @param framework   the starting observation framework (version 1); null: the partnership writes its own
 * @param findingRatings how the partnership rates a finding of a piece of scrutiny, best first
 *                    ({@code findingRatings:}; {@link #DEFAULT_FINDING_RATINGS} when the pack sets none)
 */
public record Scrutiny(String description, String daysGroup, Framework framework, List<String> findingRatings) {

    /** The finding rating scale of a pack that sets none, best first. */
    public static final List<String> DEFAULT_FINDING_RATINGS = List.of("A strength", "Adequate", "Requires improvement", "A concern");

    public Scrutiny {
        findingRatings = findingRatings == null || findingRatings.isEmpty() ? DEFAULT_FINDING_RATINGS : List.copyOf(findingRatings);
    }

    /** An observation framework: its name, guidance and domains. */
    public record Framework(String name, String guidance, List<Domain> domains) {
        public Framework {
            domains = List.copyOf(domains);
        }
    }

    /**
     * A domain of practice observed: its prompts and its rating scale (best first), with guidance.
     */
    public record Domain(String code, String name, String guidance, List<String> prompts, List<String> ratingScale) {
        public Domain {
            prompts = List.copyOf(prompts);
            ratingScale = List.copyOf(ratingScale);
        }
    }
}
