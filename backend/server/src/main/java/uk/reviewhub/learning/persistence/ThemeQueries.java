package uk.reviewhub.learning.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import uk.reviewhub.learning.domain.LearningTheme;
import uk.reviewhub.learning.domain.ThemeTally;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.CASE_LEARNING_THEME;
import static uk.reviewhub.database.jooq.Tables.COMMISSIONED_REVIEW;
import static uk.reviewhub.database.jooq.Tables.LEARNING_THEME;
import static uk.reviewhub.database.jooq.Tables.REVIEW_CASE;
import static uk.reviewhub.database.jooq.Tables.REVIEW_LEARNING_THEME;

/** The partnership's learning themes and their links to cases and reviews (row-level security scopes every query). */
@Singleton
public class ThemeQueries {

    private static final SelectField<?>[] THEME = {LEARNING_THEME.ID, LEARNING_THEME.CODE, LEARNING_THEME.TITLE,
            LEARNING_THEME.NATIONAL, LEARNING_THEME.ACTIVE, LEARNING_THEME.VERSION};

    private final DSLContext dsl;

    ThemeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<LearningTheme> all() {
        return dsl.select(THEME).from(LEARNING_THEME).orderBy(LEARNING_THEME.TITLE).fetch(ThemeQueries::theme);
    }

    public boolean none() {
        return !dsl.fetchExists(LEARNING_THEME);
    }

    public void insertNational(String code, String title) {
        dsl.insertInto(LEARNING_THEME)
                .set(LEARNING_THEME.TENANT_ID, currentTenantId())
                .set(LEARNING_THEME.ID, UUID.randomUUID())
                .set(LEARNING_THEME.CODE, code)
                .set(LEARNING_THEME.TITLE, title)
                .set(LEARNING_THEME.NATIONAL, true)
                .onConflict(LEARNING_THEME.TENANT_ID, LEARNING_THEME.CODE).doNothing()
                .execute();
    }

    public Optional<LearningTheme> theme(UUID themeId) {
        return dsl.select(THEME).from(LEARNING_THEME).where(LEARNING_THEME.ID.eq(themeId)).fetchOptional(ThemeQueries::theme);
    }

    public boolean codeTaken(String code) {
        return dsl.fetchExists(LEARNING_THEME, LEARNING_THEME.CODE.eq(code));
    }

    public UUID insert(String code, String title) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(LEARNING_THEME)
                .set(LEARNING_THEME.TENANT_ID, currentTenantId())
                .set(LEARNING_THEME.ID, id)
                .set(LEARNING_THEME.CODE, code)
                .set(LEARNING_THEME.TITLE, title)
                .set(LEARNING_THEME.NATIONAL, false)
                .execute();
        return id;
    }

    /** Whether the theme was renamed: false when {@code version} is given and no longer current. */
    public boolean rename(UUID themeId, String title, Integer version) {
        return dsl.update(LEARNING_THEME)
                .set(LEARNING_THEME.TITLE, title)
                .set(LEARNING_THEME.VERSION, LEARNING_THEME.VERSION.plus(1))
                .where(LEARNING_THEME.ID.eq(themeId))
                .and(version == null ? noCondition() : LEARNING_THEME.VERSION.eq(version))
                .execute() > 0;
    }

    public void retire(UUID themeId) {
        dsl.update(LEARNING_THEME)
                .set(LEARNING_THEME.ACTIVE, false)
                .set(LEARNING_THEME.VERSION, LEARNING_THEME.VERSION.plus(1))
                .where(LEARNING_THEME.ID.eq(themeId))
                .execute();
    }

    public List<LearningTheme> ofReview(UUID reviewId) {
        return dsl.select(THEME).from(REVIEW_LEARNING_THEME)
                .join(LEARNING_THEME).on(LEARNING_THEME.TENANT_ID.eq(REVIEW_LEARNING_THEME.TENANT_ID)
                        .and(LEARNING_THEME.ID.eq(REVIEW_LEARNING_THEME.THEME_ID)))
                .where(REVIEW_LEARNING_THEME.REVIEW_ID.eq(reviewId))
                .orderBy(LEARNING_THEME.TITLE)
                .fetch(ThemeQueries::theme);
    }

    /** Whether a link was removed. */
    public boolean detachFromCase(UUID caseId, UUID themeId) {
        return dsl.deleteFrom(CASE_LEARNING_THEME)
                .where(CASE_LEARNING_THEME.CASE_ID.eq(caseId), CASE_LEARNING_THEME.THEME_ID.eq(themeId))
                .execute() > 0;
    }

    public boolean detachFromReview(UUID reviewId, UUID themeId) {
        return dsl.deleteFrom(REVIEW_LEARNING_THEME)
                .where(REVIEW_LEARNING_THEME.REVIEW_ID.eq(reviewId), REVIEW_LEARNING_THEME.THEME_ID.eq(themeId))
                .execute() > 0;
    }

    public List<LearningTheme> ofCase(UUID caseId) {
        return dsl.select(THEME).from(CASE_LEARNING_THEME)
                .join(LEARNING_THEME).on(LEARNING_THEME.TENANT_ID.eq(CASE_LEARNING_THEME.TENANT_ID)
                        .and(LEARNING_THEME.ID.eq(CASE_LEARNING_THEME.THEME_ID)))
                .where(CASE_LEARNING_THEME.CASE_ID.eq(caseId))
                .orderBy(LEARNING_THEME.TITLE)
                .fetch(ThemeQueries::theme);
    }

    public boolean themeExists(UUID themeId) {
        return dsl.fetchExists(LEARNING_THEME, LEARNING_THEME.ID.eq(themeId));
    }

    public boolean caseExists(UUID caseId) {
        return dsl.fetchExists(REVIEW_CASE, REVIEW_CASE.ID.eq(caseId));
    }

    public Optional<UUID> reviewOfCase(UUID caseId) {
        return dsl.select(COMMISSIONED_REVIEW.ID).from(COMMISSIONED_REVIEW).where(COMMISSIONED_REVIEW.CASE_ID.eq(caseId))
                .fetchOptional(COMMISSIONED_REVIEW.ID);
    }

    public void attachToCase(UUID caseId, UUID themeId) {
        dsl.insertInto(CASE_LEARNING_THEME)
                .set(CASE_LEARNING_THEME.TENANT_ID, currentTenantId())
                .set(CASE_LEARNING_THEME.CASE_ID, caseId)
                .set(CASE_LEARNING_THEME.THEME_ID, themeId)
                .onConflictDoNothing()
                .execute();
    }

    public void attachToReview(UUID reviewId, UUID themeId) {
        dsl.insertInto(REVIEW_LEARNING_THEME)
                .set(REVIEW_LEARNING_THEME.TENANT_ID, currentTenantId())
                .set(REVIEW_LEARNING_THEME.REVIEW_ID, reviewId)
                .set(REVIEW_LEARNING_THEME.THEME_ID, themeId)
                .onConflictDoNothing()
                .execute();
    }

    /** Per theme: cases the local authority became aware of, and reviews commissioned, between the dates (inclusive). */
    public List<ThemeTally> counts(LocalDate from, LocalDate to) {
        Field<Integer> cases = field(selectCount().from(CASE_LEARNING_THEME)
                .join(REVIEW_CASE).on(REVIEW_CASE.TENANT_ID.eq(CASE_LEARNING_THEME.TENANT_ID).and(REVIEW_CASE.ID.eq(CASE_LEARNING_THEME.CASE_ID)))
                .where(CASE_LEARNING_THEME.THEME_ID.eq(LEARNING_THEME.ID), REVIEW_CASE.AWARE_ON.between(from, to))).as("cases");
        Field<Integer> reviews = field(selectCount().from(REVIEW_LEARNING_THEME)
                .join(COMMISSIONED_REVIEW).on(COMMISSIONED_REVIEW.TENANT_ID.eq(REVIEW_LEARNING_THEME.TENANT_ID)
                        .and(COMMISSIONED_REVIEW.ID.eq(REVIEW_LEARNING_THEME.REVIEW_ID)))
                .where(REVIEW_LEARNING_THEME.THEME_ID.eq(LEARNING_THEME.ID), COMMISSIONED_REVIEW.COMMISSIONED_ON.between(from, to))).as("reviews");
        return dsl.select(LEARNING_THEME.ID, LEARNING_THEME.CODE, LEARNING_THEME.TITLE, cases, reviews)
                .from(LEARNING_THEME)
                .orderBy(LEARNING_THEME.TITLE)
                .fetch(r -> new ThemeTally(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private static LearningTheme theme(Record r) {
        return new LearningTheme(r.get(LEARNING_THEME.ID), r.get(LEARNING_THEME.CODE), r.get(LEARNING_THEME.TITLE),
                r.get(LEARNING_THEME.NATIONAL), r.get(LEARNING_THEME.ACTIVE), r.get(LEARNING_THEME.VERSION));
    }
}
