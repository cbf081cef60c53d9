package uk.reviewhub.learning.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.api.learning.ThemeCount;
import uk.reviewhub.api.learning.ThemeSummary;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.learning.persistence.ThemeQueries;
import uk.reviewhub.pack.NationalLearningThemes;
import uk.reviewhub.web.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The partnership's taxonomy of learning themes: seeded from the national default list the first
 * time it is used, attached to cases and reviews, summarised per financial year.
 */
@Singleton
public class LearningThemes {

    private final ThemeQueries queries;
    private final AuditLog audit;
    private final List<NationalLearningThemes.Theme> national = NationalLearningThemes.load();

    LearningThemes(ThemeQueries queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    @Transactional
    public List<LearningThemeView> themes() {
        seedIfEmpty();
        return queries.all();
    }

    public List<LearningThemeView> ofCase(UUID caseId) {
        return queries.ofCase(caseId);
    }

    @Transactional
    public List<LearningThemeView> attachToCase(UUID user, UUID caseId, UUID themeId) {
        if (!queries.caseExists(caseId)) {
            throw new NotFoundException("No such case in this partnership.");
        }
        requireTheme(themeId);
        queries.attachToCase(caseId, themeId);
        audit.record(user, AuditLog.UPDATE, "case-theme", caseId, Map.of("theme", themeId.toString()));
        return queries.ofCase(caseId);
    }

    @Transactional
    public void attachToReview(UUID user, UUID caseId, UUID themeId) {
        UUID reviewId = queries.reviewOfCase(caseId).orElseThrow(() -> new NotFoundException("No commissioned review on this case."));
        requireTheme(themeId);
        queries.attachToReview(reviewId, themeId);
        audit.record(user, AuditLog.UPDATE, "review-theme", reviewId, Map.of("theme", themeId.toString(), "case", caseId.toString()));
    }

    @Transactional
    public ThemeSummary summary(UUID user, FinancialYear year) {
        seedIfEmpty();
        List<ThemeCount> counts = queries.counts(year.from(), year.to());
        audit.record(user, AuditLog.READ, "theme-summary", null, Map.of("financialYear", year.label()));
        return new ThemeSummary(year.label(), year.from(), year.to(), counts);
    }

    public FinancialYear yearOf(Integer startYear, LocalDate today) {
        return startYear == null ? FinancialYear.containing(today) : new FinancialYear(startYear);
    }

    private void requireTheme(UUID themeId) {
        seedIfEmpty();
        if (!queries.themeExists(themeId)) {
            throw new NotFoundException("No such learning theme in this partnership.");
        }
    }

    private void seedIfEmpty() {
        if (queries.none()) {
            national.forEach(t -> queries.insertNational(t.code(), t.title()));
        }
    }
}
