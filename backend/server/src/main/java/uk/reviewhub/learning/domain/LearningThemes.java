package uk.reviewhub.learning.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.learning.persistence.ThemeQueries;
import uk.reviewhub.pack.NationalLearningThemes;

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
    public List<LearningTheme> themes() {
        seedIfEmpty();
        return queries.all();
    }

    public List<LearningTheme> ofCase(UUID caseId) {
        return queries.ofCase(caseId);
    }

    @Transactional
    public List<LearningTheme> attachToCase(UUID user, UUID caseId, UUID themeId) {
        if (!queries.caseExists(caseId)) {
            throw new NotFoundException("No such case in this partnership.");
        }
        requireActiveTheme(themeId);
        queries.attachToCase(caseId, themeId);
        audit.record(user, AuditLog.UPDATE, "case-theme", caseId, Map.of("theme", themeId.toString()));
        return queries.ofCase(caseId);
    }

    @Transactional
    public List<LearningTheme> attachToReview(UUID user, UUID caseId, UUID themeId) {
        UUID reviewId = reviewOf(caseId);
        requireActiveTheme(themeId);
        queries.attachToReview(reviewId, themeId);
        audit.record(user, AuditLog.UPDATE, "review-theme", reviewId, Map.of("theme", themeId.toString(), "case", caseId.toString()));
        return queries.ofReview(reviewId);
    }

    @Transactional
    public List<LearningTheme> caseThemes(UUID user, UUID caseId) {
        requireCase(caseId);
        audit.record(user, AuditLog.READ, "case-theme", caseId);
        return queries.ofCase(caseId);
    }

    @Transactional
    public List<LearningTheme> reviewThemes(UUID user, UUID caseId) {
        UUID reviewId = reviewOf(caseId);
        audit.record(user, AuditLog.READ, "review-theme", reviewId, Map.of("case", caseId.toString()));
        return queries.ofReview(reviewId);
    }

    @Transactional
    public List<LearningTheme> detachFromCase(UUID user, UUID caseId, UUID themeId) {
        requireCase(caseId);
        if (!queries.detachFromCase(caseId, themeId)) {
            throw new NotFoundException("That learning theme is not attached to this case.");
        }
        audit.record(user, AuditLog.UPDATE, "case-theme", caseId, Map.of("detached", themeId.toString()));
        return queries.ofCase(caseId);
    }

    @Transactional
    public List<LearningTheme> detachFromReview(UUID user, UUID caseId, UUID themeId) {
        UUID reviewId = reviewOf(caseId);
        if (!queries.detachFromReview(reviewId, themeId)) {
            throw new NotFoundException("That learning theme is not attached to this review.");
        }
        audit.record(user, AuditLog.UPDATE, "review-theme", reviewId, Map.of("detached", themeId.toString(), "case", caseId.toString()));
        return queries.ofReview(reviewId);
    }

    /** A theme of the partnership's own; its code must be new to the partnership (national codes included). */
    @Transactional
    public LearningTheme add(UUID user, String code, String title) {
        seedIfEmpty();
        if (queries.codeTaken(code)) {
            throw new ConflictException("The partnership already has a learning theme with the code \"" + code + "\".");
        }
        UUID id = queries.insert(code, title.strip());
        audit.record(user, AuditLog.CREATE, "learning-theme", id, Map.of("code", code));
        return queries.theme(id).orElseThrow();
    }

    @Transactional
    public LearningTheme rename(UUID user, UUID themeId, String title, Integer version) {
        requireTheme(themeId);
        if (!queries.rename(themeId, title.strip(), version)) {
            throw new ConflictException("The theme was changed by someone else since you read it: reload and try again.");
        }
        audit.record(user, AuditLog.UPDATE, "learning-theme", themeId, Map.of("title", title.strip()));
        return queries.theme(themeId).orElseThrow();
    }

    /** Retired themes stay on the cases and reviews that have them but can no longer be attached. Retiring twice is harmless. */
    @Transactional
    public LearningTheme retire(UUID user, UUID themeId) {
        requireTheme(themeId);
        queries.retire(themeId);
        audit.record(user, AuditLog.UPDATE, "learning-theme", themeId, Map.of("retired", true));
        return queries.theme(themeId).orElseThrow();
    }

    @Transactional
    public ThemeYear summary(UUID user, FinancialYear year) {
        seedIfEmpty();
        List<ThemeTally> counts = queries.counts(year.from(), year.to());
        audit.record(user, AuditLog.READ, "theme-summary", null, Map.of("financialYear", year.label()));
        return new ThemeYear(year, counts);
    }

    public FinancialYear yearOf(Integer startYear, LocalDate today) {
        return startYear == null ? FinancialYear.containing(today) : new FinancialYear(startYear);
    }

    private LearningTheme requireTheme(UUID themeId) {
        seedIfEmpty();
        return queries.theme(themeId).orElseThrow(() -> new NotFoundException("No such learning theme in this partnership."));
    }

    private void requireActiveTheme(UUID themeId) {
        if (!requireTheme(themeId).active()) {
            throw new RuleNotMetException("That learning theme is retired: it stays on past cases but cannot be attached again.");
        }
    }

    private void requireCase(UUID caseId) {
        if (!queries.caseExists(caseId)) {
            throw new NotFoundException("No such case in this partnership.");
        }
    }

    private UUID reviewOf(UUID caseId) {
        requireCase(caseId);
        return queries.reviewOfCase(caseId).orElseThrow(() -> new NotFoundException("No commissioned review on this case."));
    }

    private void seedIfEmpty() {
        if (queries.none()) {
            national.forEach(t -> queries.insertNational(t.code(), t.title()));
        }
    }
}
