package uk.reviewhub.api.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/** The partnership's learning themes, their links to cases and commissioned reviews, and the year's summary. */
public interface LearningThemesApi {

    /** Every theme of the partnership, retired ones included. */
    @Get(ApiPaths.LEARNING_THEMES)
    List<LearningThemeView> themes();

    /** Themes of cases and reviews in the financial year from 1 April of {@code year} (default the current one). */
    @Get(ApiPaths.LEARNING_THEME_SUMMARY)
    ThemeSummary summary(@Nullable @QueryValue Integer year);

    /** Attaches a theme to a case; answers the case's themes. */
    @Post(ApiPaths.CASE_THEMES)
    List<LearningThemeView> attachToCase(@PathVariable UUID caseId, @Body @Valid ThemeAttachRequest request);

    /** Attaches a theme to the case's commissioned review (204). */
    @Post(ApiPaths.REVIEW_THEMES)
    void attachToReview(@PathVariable UUID caseId, @Body @Valid ThemeAttachRequest request);

    @Get(ApiPaths.CASE_THEMES)
    List<LearningThemeView> caseThemes(@PathVariable UUID caseId);

    /** The themes of the case's commissioned review (404 without one). */
    @Get(ApiPaths.REVIEW_THEMES)
    List<LearningThemeView> reviewThemes(@PathVariable UUID caseId);

    /** Detaches a theme from a case; answers the case's themes. */
    @Delete(ApiPaths.CASE_THEME)
    List<LearningThemeView> detachFromCase(@PathVariable UUID caseId, @PathVariable UUID themeId);

    /** Detaches a theme from the case's commissioned review; answers the review's themes. */
    @Delete(ApiPaths.REVIEW_THEME)
    List<LearningThemeView> detachFromReview(@PathVariable UUID caseId, @PathVariable UUID themeId);

    /** Adds a theme of the partnership's own (201; 409 if the code is taken). */
    @Post(ApiPaths.LEARNING_THEMES)
    LearningThemeView add(@Body @Valid NewThemeRequest request);

    /** Renames a theme, with the version read. */
    @Put(ApiPaths.LEARNING_THEME)
    LearningThemeView rename(@PathVariable UUID themeId, @Body @Valid ThemeRenameRequest request);

    /** Retires a theme: it stays on past cases and reviews but can no longer be attached. */
    @Post(ApiPaths.LEARNING_THEME_RETIREMENT)
    LearningThemeView retire(@PathVariable UUID themeId);
}
