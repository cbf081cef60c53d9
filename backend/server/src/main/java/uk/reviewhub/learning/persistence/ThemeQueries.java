package uk.reviewhub.learning.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.api.learning.ThemeCount;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The partnership's learning themes and their links to cases and reviews (row-level security scopes every query). */
@Singleton
public class ThemeQueries {

    private final DSLContext dsl;

    ThemeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<LearningThemeView> all() {
        return dsl.fetch("select id, code, title, national, active, version from learning_theme order by title").map(ThemeQueries::theme);
    }

    public boolean none() {
        return !dsl.fetchExists(dsl.selectOne().from("learning_theme"));
    }

    public void insertNational(String code, String title) {
        dsl.execute("""
                insert into learning_theme (tenant_id, id, code, title, national)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, true) on conflict (tenant_id, code) do nothing""", code, title);
    }

    public Optional<LearningThemeView> theme(UUID themeId) {
        return dsl.fetchOptional("select id, code, title, national, active, version from learning_theme where id = ?", themeId).map(ThemeQueries::theme);
    }

    public boolean codeTaken(String code) {
        return dsl.fetchExists(dsl.selectOne().from("learning_theme").where("code = ?", code));
    }

    public UUID insert(String code, String title) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into learning_theme (tenant_id, id, code, title, national) values (current_tenant_id(), ?, ?, ?, false)", id, code, title);
        return id;
    }

    /** Whether the theme was renamed: false when {@code version} is given and no longer current. */
    public boolean rename(UUID themeId, String title, Integer version) {
        return dsl.execute("update learning_theme set title = ?, version = version + 1 where id = ? and (?::integer is null or version = ?)",
                title, themeId, version, version) > 0;
    }

    public void retire(UUID themeId) {
        dsl.execute("update learning_theme set active = false, version = version + 1 where id = ?", themeId);
    }

    public List<LearningThemeView> ofReview(UUID reviewId) {
        return dsl.fetch("""
                select t.id, t.code, t.title, t.national, t.active, t.version from review_learning_theme l
                  join learning_theme t on t.tenant_id = l.tenant_id and t.id = l.theme_id
                 where l.review_id = ? order by t.title""", reviewId).map(ThemeQueries::theme);
    }

    /** Whether a link was removed. */
    public boolean detachFromCase(UUID caseId, UUID themeId) {
        return dsl.execute("delete from case_learning_theme where case_id = ? and theme_id = ?", caseId, themeId) > 0;
    }

    public boolean detachFromReview(UUID reviewId, UUID themeId) {
        return dsl.execute("delete from review_learning_theme where review_id = ? and theme_id = ?", reviewId, themeId) > 0;
    }

    public List<LearningThemeView> ofCase(UUID caseId) {
        return dsl.fetch("""
                select t.id, t.code, t.title, t.national, t.active, t.version from case_learning_theme l
                  join learning_theme t on t.tenant_id = l.tenant_id and t.id = l.theme_id
                 where l.case_id = ? order by t.title""", caseId).map(ThemeQueries::theme);
    }

    public boolean themeExists(UUID themeId) {
        return dsl.fetchExists(dsl.selectOne().from("learning_theme").where("id = ?", themeId));
    }

    public boolean caseExists(UUID caseId) {
        return dsl.fetchExists(dsl.selectOne().from("review_case").where("id = ?", caseId));
    }

    public Optional<UUID> reviewOfCase(UUID caseId) {
        return dsl.fetchOptional("select id from commissioned_review where case_id = ?", caseId).map(r -> r.get(0, UUID.class));
    }

    public void attachToCase(UUID caseId, UUID themeId) {
        dsl.execute("""
                insert into case_learning_theme (tenant_id, case_id, theme_id) values (current_tenant_id(), ?, ?)
                on conflict do nothing""", caseId, themeId);
    }

    public void attachToReview(UUID reviewId, UUID themeId) {
        dsl.execute("""
                insert into review_learning_theme (tenant_id, review_id, theme_id) values (current_tenant_id(), ?, ?)
                on conflict do nothing""", reviewId, themeId);
    }

    /** Per theme: cases the local authority became aware of, and reviews commissioned, between the dates (inclusive). */
    public List<ThemeCount> counts(LocalDate from, LocalDate to) {
        return dsl.fetch("""
                select t.id, t.code, t.title,
                       (select count(*) from case_learning_theme l join review_case c on c.tenant_id = l.tenant_id and c.id = l.case_id
                         where l.theme_id = t.id and c.aware_on between ? and ?) as cases,
                       (select count(*) from review_learning_theme l
                          join commissioned_review r on r.tenant_id = l.tenant_id and r.id = l.review_id
                         where l.theme_id = t.id and r.commissioned_on between ? and ?) as reviews
                  from learning_theme t order by t.title""", from, to, from, to)
                .map(r -> new ThemeCount(r.get("id", UUID.class), r.get("code", String.class), r.get("title", String.class),
                        r.get("cases", Integer.class), r.get("reviews", Integer.class)));
    }

    private static LearningThemeView theme(Record r) {
        return new LearningThemeView(r.get("id", UUID.class), r.get("code", String.class), r.get("title", String.class),
                r.get("national", Boolean.class), r.get("active", Boolean.class), r.get("version", Integer.class));
    }
}
