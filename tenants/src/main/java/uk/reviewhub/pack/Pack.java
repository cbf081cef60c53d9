package uk.reviewhub.pack;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated partnership pack. {@code contentHash} is the SHA-256 of the pack's files (entry point,
 * group files and template files, not demo users), so a loader can tell an unchanged pack from a changed one.
 *
 * @param placeNames       other names of the partnership's places that its texts use (a county, a
 *                         former area, a nickname), beyond its name, short names and boroughs; a
 *                         copied shape has them replaced like the names (onboarding)
 * @param calendarDivision whose bank holidays make the partnership's working days
 *                         ({@code england-and-wales} unless the pack names another)
 * @param clocks           the partnership's own clock rules, code -> rule text (e.g.
 *                         {@code rapid-review -> "10 working days after"}), in pack order; empty when none
 * @param safeguardingService the child protection and looked-after service, or null when the pack
 *                         does not run one
 * @param issueResolution the Issue Resolution Process (stages, their clocks, Cafcass), or null when the
 *                         pack does not turn it on
 * @param scrutiny         independent scrutiny (pieces, observation framework), or null when the pack
 *                         does not turn it on
 * @param national         region, child population and statistical neighbours for national benchmarking;
 *                         null when the pack has no {@code national:} section
 */
public record Pack(
        String slug,
        String name,
        String shortName,
        String formerName,
        String formerShortName,
        LocalDate arrangementsPublished,
        List<String> boroughs,
        List<String> placeNames,
        String decisionMakers,
        Scrutiny scrutiny,
        List<Agency> agencies,
        List<ReviewGroup> groups,
        String calendarDivision,
        Map<String, String> clocks,
        SafeguardingService safeguardingService,
        IssueResolution issueResolution,
        NationalComparators national,
        String contentHash) {

    public Pack {
        calendarDivision = calendarDivision == null ? ClockOverrides.ENGLAND_AND_WALES : calendarDivision;
        clocks = Collections.unmodifiableMap(new LinkedHashMap<>(clocks));
        boroughs = List.copyOf(boroughs);
        placeNames = placeNames == null ? List.of() : List.copyOf(placeNames);
        agencies = List.copyOf(agencies);
        groups = List.copyOf(groups);
    }

    public Optional<Agency> agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<ReviewGroup> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public List<Agency> statutoryPartners() {
        return agencies.stream().filter(Agency::statutoryPartner).toList();
    }
}
