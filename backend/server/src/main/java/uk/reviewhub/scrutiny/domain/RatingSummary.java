package uk.reviewhub.scrutiny.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The themes across a piece's observations: for each domain (by code, named as the newest version
 * used names it, in the order first met), how many observations gave each rating, the ratings in
 * the order of the scale they came from (a rating only an older scale had comes after). A domain no
 * observation rated is left out; a rating no observation gave is 0 when its scale is known.
 */
public final class RatingSummary {

    /** One domain's counts: rating -> number of observations, in scale order. */
    public record DomainCounts(String domain, String domainName, Map<String, Integer> counts) {
    }

    private RatingSummary() {
    }

    /**
     * @param observations the piece's observations
     * @param scales       each framework version's scale by domain code (version -> code -> ratings best first)
     */
    public static List<DomainCounts> of(List<Observation> observations, Map<Integer, Map<String, List<String>>> scales) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> newest = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Observation o : observations) {
            for (Observation.Rating r : o.ratings()) {
                Map<String, Integer> byRating = counts.computeIfAbsent(r.domain(), k -> new LinkedHashMap<>());
                if (!newest.containsKey(r.domain()) || newest.get(r.domain()) < o.frameworkVersion()) {
                    newest.put(r.domain(), o.frameworkVersion());
                    names.put(r.domain(), r.domainName());
                }
                byRating.merge(r.rating(), 1, Integer::sum);
            }
        }
        List<DomainCounts> summary = new ArrayList<>();
        counts.forEach((domain, byRating) -> {
            List<String> scale = scales.getOrDefault(newest.get(domain), Map.of()).getOrDefault(domain, List.of());
            Map<String, Integer> ordered = new LinkedHashMap<>();
            scale.forEach(rating -> ordered.put(rating, byRating.getOrDefault(rating, 0)));
            byRating.forEach(ordered::putIfAbsent);
            summary.add(new DomainCounts(domain, names.get(domain), ordered));
        });
        return summary;
    }
}
