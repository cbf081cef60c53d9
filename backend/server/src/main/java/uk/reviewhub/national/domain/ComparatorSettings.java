package uk.reviewhub.national.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.national.persistence.ComparatorStore;
import uk.reviewhub.national.persistence.NationalQueries;
import uk.reviewhub.pack.NationalComparatorRules;
import uk.reviewhub.pack.NationalComparators;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bound partnership's national comparators, read by its people and set by its admins, checked by the
 * same rule as a pack's ({@link NationalComparatorRules}): a region of England, a population from 1 with
 * an estimate's year from 2001 to this year, neighbours that are local authorities of England or
 * partnerships on the platform (never itself). A refusal names each field at fault and writes nothing.
 */
@Singleton
public class ComparatorSettings {

    private final ComparatorStore store;
    private final NationalQueries national;
    private final Clock clock;

    ComparatorSettings(ComparatorStore store, NationalQueries national, Clock clock) {
        this.store = store;
        this.national = national;
        this.clock = clock;
    }

    public OwnComparators own() {
        return store.own().orElseThrow(() -> new NotFoundException("No partnership is bound"));
    }

    public OwnComparators set(NationalComparators comparators) {
        OwnComparators current = own();
        Set<String> onPlatform = national.partnerships().stream().map(Comparators::slug).collect(Collectors.toSet());
        var problems = NationalComparatorRules.problems(comparators, current.slug(), onPlatform::contains,
                LondonTime.today(clock).getYear());
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems.stream()
                    .map(p -> new InvalidFieldException.FieldProblem(p.field(), p.reason())).toList());
        }
        store.set(comparators);
        return own();
    }
}
