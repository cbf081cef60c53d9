package uk.reviewhub.national.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.national.domain.AggregateRow;
import uk.reviewhub.national.domain.Comparators;
import uk.reviewhub.national.domain.OwnCount;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static uk.reviewhub.database.jooq.Tables.FIGURE_COUNTS;
import static uk.reviewhub.database.jooq.Tables.NATIONAL_FIGURES;
import static uk.reviewhub.database.jooq.Tables.NATIONAL_PARTNERSHIPS;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;

/**
 * The national figures' only way to the data: the owner's security-definer functions of V19
 * ({@code national_figures}, {@code national_partnerships}), which answer aggregates only, and the
 * bound partnership's own counts through {@code figure_counts} under row-level security.
 */
@Singleton
public class NationalQueries {

    private final DSLContext dsl;

    NationalQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every partnership's comparators (no case data). */
    public List<Comparators> partnerships() {
        var p = NATIONAL_PARTNERSHIPS.call();
        return dsl.selectFrom(p).fetch(r -> new Comparators(r.getSlug(), r.getName(), r.getRegion(), r.getChildPopulation(),
                r.getChildPopulationYear(), r.getChildPopulationSource(),
                r.getStatisticalNeighbours() == null ? List.of() : Arrays.asList(r.getStatisticalNeighbours())));
    }

    /** England's, every region's and every partnership's counts for the financial years, suppressed at source. */
    public List<AggregateRow> national(int firstYear, int lastYear, List<LocalDate> bankHolidays, LocalDate today, int suppressUpTo) {
        var f = NATIONAL_FIGURES.call(firstYear, lastYear, bankHolidays.toArray(LocalDate[]::new), today, suppressUpTo);
        return dsl.selectFrom(f).fetch(r -> new AggregateRow(r.getMeasure(), r.getDimension(), r.getCategory(), r.getAreaLevel(),
                r.getArea(), r.getFinancialYear(), r.getQuarter(), r.getValue()));
    }

    /** The bound partnership's own counts, unsuppressed (row-level security keeps them to it). */
    public List<OwnCount> own(int firstYear, int lastYear, List<LocalDate> bankHolidays, LocalDate today) {
        var f = FIGURE_COUNTS.call(firstYear, lastYear, bankHolidays.toArray(LocalDate[]::new), today);
        return dsl.selectFrom(f).fetch(r -> new OwnCount(r.getMeasure(), r.getDimension(), r.getCategory(), r.getFinancialYear(),
                r.getQuarter(), r.getN()));
    }

    /** The bound partnership's slug. */
    public Optional<String> ownSlug() {
        return dsl.select(PARTNERSHIP.SLUG).from(PARTNERSHIP).fetchOptional(PARTNERSHIP.SLUG);
    }
}
