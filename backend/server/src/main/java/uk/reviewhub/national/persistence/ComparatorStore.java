package uk.reviewhub.national.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.national.domain.OwnComparators;
import uk.reviewhub.pack.NationalComparators;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;

/**
 * The bound partnership's national comparators in its own row (row-level security keeps every read and
 * write to it): region, child population with its year and source, statistical neighbours, and who set them.
 */
@Singleton
public class ComparatorStore {

    private final DSLContext dsl;

    ComparatorStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<OwnComparators> own() {
        return dsl.select(PARTNERSHIP.SLUG, PARTNERSHIP.REGION, PARTNERSHIP.CHILD_POPULATION, PARTNERSHIP.CHILD_POPULATION_YEAR,
                        PARTNERSHIP.CHILD_POPULATION_SOURCE, PARTNERSHIP.STATISTICAL_NEIGHBOURS, PARTNERSHIP.COMPARATORS_SET_BY)
                .from(PARTNERSHIP).fetchOptional(r -> new OwnComparators(r.value1(), new NationalComparators(r.value2(),
                        r.value3() == null ? null : new NationalComparators.ChildPopulation(r.value3(), r.value4(), r.value5()),
                        r.value6() == null ? List.of() : Arrays.asList(r.value6())), r.value7()));
    }

    /** Writes them as the admin's (a pack reload leaves them from now on); the number of rows changed (1, or 0 unbound). */
    public int set(NationalComparators comparators) {
        var population = comparators.childPopulation();
        return dsl.update(PARTNERSHIP)
                .set(PARTNERSHIP.REGION, comparators.region())
                .set(PARTNERSHIP.CHILD_POPULATION, population == null ? null : population.count())
                .set(PARTNERSHIP.CHILD_POPULATION_YEAR, population == null ? null : population.year())
                .set(PARTNERSHIP.CHILD_POPULATION_SOURCE, population == null ? null : population.source())
                .set(PARTNERSHIP.STATISTICAL_NEIGHBOURS, comparators.statisticalNeighbours().toArray(String[]::new))
                .set(PARTNERSHIP.COMPARATORS_SET_BY, OwnComparators.ADMIN)
                .execute();
    }
}
