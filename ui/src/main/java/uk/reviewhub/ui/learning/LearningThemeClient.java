package uk.reviewhub.ui.learning;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.api.learning.NewThemeRequest;
import uk.reviewhub.api.learning.ThemeAttachRequest;
import uk.reviewhub.api.learning.ThemeRenameRequest;
import uk.reviewhub.api.learning.ThemeSummary;
import uk.reviewhub.ui.backend.Backend;

import java.util.List;
import java.util.UUID;

/** The learning themes API, as the signed-in user. */
@Singleton
public class LearningThemeClient {

    private static final Argument<List<LearningThemeView>> THEMES = Argument.listOf(LearningThemeView.class);

    private final Backend backend;

    LearningThemeClient(Backend backend) {
        this.backend = backend;
    }

    /** Every theme of the partnership, retired ones included. */
    public List<LearningThemeView> all() {
        return backend.get(ApiPaths.LEARNING_THEMES, THEMES);
    }

    public ThemeSummary summary(int financialYearStart) {
        return backend.get(ApiPaths.LEARNING_THEME_SUMMARY + "?year=" + financialYearStart, ThemeSummary.class);
    }

    public List<LearningThemeView> ofCase(UUID caseId) {
        return backend.get(caseThemes(caseId), THEMES);
    }

    public List<LearningThemeView> ofReview(UUID caseId) {
        return backend.get(reviewThemes(caseId), THEMES);
    }

    public List<LearningThemeView> attachToCase(UUID caseId, UUID themeId) {
        return List.of(backend.post(caseThemes(caseId), new ThemeAttachRequest(themeId), LearningThemeView[].class));
    }

    public List<LearningThemeView> attachToReview(UUID caseId, UUID themeId) {
        backend.post(reviewThemes(caseId), new ThemeAttachRequest(themeId), String.class);
        return ofReview(caseId);
    }

    public List<LearningThemeView> detachFromCase(UUID caseId, UUID themeId) {
        return backend.delete(caseThemes(caseId) + "/" + themeId, THEMES);
    }

    public List<LearningThemeView> detachFromReview(UUID caseId, UUID themeId) {
        return backend.delete(reviewThemes(caseId) + "/" + themeId, THEMES);
    }

    public LearningThemeView add(String code, String title) {
        return backend.post(ApiPaths.LEARNING_THEMES, new NewThemeRequest(code, title), LearningThemeView.class);
    }

    public LearningThemeView rename(LearningThemeView theme, String title) {
        UUID themeId = theme.id();
        return backend.put(ApiPaths.LEARNING_THEME.replace("{themeId}", themeId.toString()), new ThemeRenameRequest(title, theme.version()),
                LearningThemeView.class);
    }

    public LearningThemeView retire(UUID themeId) {
        return backend.post(ApiPaths.LEARNING_THEME_RETIREMENT.replace("{themeId}", themeId.toString()), java.util.Map.of(),
                LearningThemeView.class);
    }

    private static String caseThemes(UUID caseId) {
        return ApiPaths.CASE_THEMES.replace("{caseId}", caseId.toString());
    }

    private static String reviewThemes(UUID caseId) {
        return ApiPaths.REVIEW_THEMES.replace("{caseId}", caseId.toString());
    }
}
