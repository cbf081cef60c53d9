package uk.reviewhub.scrutiny.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.reviewhub.scrutiny.domain.Observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Tables.CHAIR_ALLOCATION;
import static uk.reviewhub.database.jooq.Tables.CHAIR_DAY;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_EVIDENCE;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FRAMEWORK;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FRAMEWORK_DOMAIN;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_OBSERVATION;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_RATING;

/**
 * What the annual summary of scrutiny counts over a period (London dates, both included), in the
 * bound partnership: observations with their ratings, other evidence by kind, and the days logged
 * on the chair's days allocation. The pieces themselves come from {@link ScrutinyStore}.
 */
@Singleton
public class ScrutinyReportStore {

    /** The chair's days logged on a group's allocation in a period: on scrutiny, and in all. */
    public record DaysUsed(BigDecimal scrutiny, BigDecimal all) {
    }

    /** One allocation of the chair's days: from when (null: from the start), how many days a year, on what basis. */
    public record Allocation(LocalDate effectiveFrom, BigDecimal daysPerYear, String basis) {
    }

    private final DSLContext dsl;

    ScrutinyReportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The bound partnership's name and short name, as documents print them. */
    public Map<String, String> partnershipNames() {
        var row = dsl.select(PARTNERSHIP.NAME, PARTNERSHIP.SHORT_NAME).from(PARTNERSHIP).fetchOne();
        return row == null ? Map.of("name", "", "shortName", "") : Map.of("name", row.value1(), "shortName", row.value2());
    }

    /** The observations made in the period, each with its ratings (the other fields left empty: counting needs none). */
    public List<Observation> observationsBetween(LocalDate from, LocalDate to) {
        Map<UUID, Observation> observations = new LinkedHashMap<>();
        dsl.select(SCRUTINY_OBSERVATION.ID, SCRUTINY_OBSERVATION.PIECE_ID, SCRUTINY_OBSERVATION.OBSERVED_ON, SCRUTINY_FRAMEWORK.VERSION)
                .from(SCRUTINY_OBSERVATION)
                .join(SCRUTINY_FRAMEWORK).on(SCRUTINY_FRAMEWORK.ID.eq(SCRUTINY_OBSERVATION.FRAMEWORK_ID))
                .where(SCRUTINY_OBSERVATION.OBSERVED_ON.between(from, to))
                .orderBy(SCRUTINY_OBSERVATION.OBSERVED_ON, SCRUTINY_OBSERVATION.ID)
                .forEach(r -> observations.put(r.value1(), new Observation(r.value1(), r.value2(), r.value3(), null, null, r.value4(),
                        new ArrayList<>(), null, null, null, null, null)));
        if (observations.isEmpty()) {
            return List.of();
        }
        dsl.select(SCRUTINY_RATING.OBSERVATION_ID, SCRUTINY_RATING.DOMAIN_CODE, SCRUTINY_FRAMEWORK_DOMAIN.NAME, SCRUTINY_RATING.RATING)
                .from(SCRUTINY_RATING)
                .join(SCRUTINY_OBSERVATION).on(SCRUTINY_OBSERVATION.ID.eq(SCRUTINY_RATING.OBSERVATION_ID))
                .join(SCRUTINY_FRAMEWORK_DOMAIN).on(SCRUTINY_FRAMEWORK_DOMAIN.FRAMEWORK_ID.eq(SCRUTINY_OBSERVATION.FRAMEWORK_ID)
                        .and(SCRUTINY_FRAMEWORK_DOMAIN.CODE.eq(SCRUTINY_RATING.DOMAIN_CODE)))
                .where(SCRUTINY_OBSERVATION.OBSERVED_ON.between(from, to))
                .orderBy(SCRUTINY_RATING.OBSERVATION_ID, SCRUTINY_FRAMEWORK_DOMAIN.POSITION)
                .forEach(r -> observations.get(r.value1()).ratings().add(new Observation.Rating(r.value2(), r.value3(), r.value4())));
        return List.copyOf(observations.values());
    }

    /** How many pieces of evidence of each kind (EvidenceKind's names) were gathered in the period. */
    public Map<String, Integer> evidenceBetween(LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        dsl.select(SCRUTINY_EVIDENCE.KIND, DSL.count()).from(SCRUTINY_EVIDENCE)
                .where(SCRUTINY_EVIDENCE.GATHERED_ON.between(from, to))
                .groupBy(SCRUTINY_EVIDENCE.KIND)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** The days logged on the group's allocation in the period: those on pieces of scrutiny, and all of them. */
    public DaysUsed daysBetween(UUID groupId, LocalDate from, LocalDate to) {
        var row = dsl.select(DSL.sum(CHAIR_DAY.DAYS).filterWhere(CHAIR_DAY.SCRUTINY_PIECE_ID.isNotNull()), DSL.sum(CHAIR_DAY.DAYS))
                .from(CHAIR_DAY)
                .where(CHAIR_DAY.GROUP_ID.eq(groupId)).and(CHAIR_DAY.WORKED_ON.between(from, to))
                .fetchOne();
        return new DaysUsed(row == null || row.value1() == null ? BigDecimal.ZERO : row.value1(),
                row == null || row.value2() == null ? BigDecimal.ZERO : row.value2());
    }

    /** The group's allocations of the chair's days. */
    public List<Allocation> allocations(UUID groupId) {
        return dsl.select(CHAIR_ALLOCATION.EFFECTIVE_FROM, CHAIR_ALLOCATION.DAYS_PER_YEAR, CHAIR_ALLOCATION.BASIS)
                .from(CHAIR_ALLOCATION).where(CHAIR_ALLOCATION.GROUP_ID.eq(groupId))
                .fetch(r -> new Allocation(r.value1(), r.value2(), r.value3()));
    }
}
