package uk.reviewhub.learning.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.api.learning.NewThemeRequest;
import uk.reviewhub.api.learning.ThemeRenameRequest;
import uk.reviewhub.api.learning.ThemeAttachRequest;
import uk.reviewhub.api.learning.ThemeSummary;
import uk.reviewhub.learning.domain.LearningThemes;
import uk.reviewhub.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Learning themes. The taxonomy itself is no case data (any partnership role may read it); links
 * to cases and the summary are, so they follow the case roles: chairs, vice chairs and business
 * support attach themes, members read.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Learning themes")
class LearningThemeController {

    private final LearningThemes themes;
    private final Clock clock;

    LearningThemeController(LearningThemes themes, Clock clock) {
        this.themes = themes;
        this.clock = clock;
    }

    @Get(ApiPaths.LEARNING_THEMES)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The partnership's learning themes (seeded from the national list)")
    List<LearningThemeView> themes() {
        return LearningThemeViews.views(themes.themes());
    }

    @Get(ApiPaths.LEARNING_THEME_SUMMARY)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Themes of cases and reviews in a financial year (year=2025: 1 April 2025 to 31 March 2026)")
    ThemeSummary summary(@Nullable @QueryValue Integer year, Authentication authentication) {
        return LearningThemeViews.summary(themes.summary(user(authentication), themes.yearOf(year, uk.reviewhub.time.LondonTime.today(clock))));
    }

    @Post(ApiPaths.CASE_THEMES)
    @Status(HttpStatus.OK)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Attach a learning theme to a case; answers the case's themes")
    List<LearningThemeView> attachToCase(@PathVariable UUID caseId, @Body @Valid ThemeAttachRequest request, Authentication authentication) {
        return LearningThemeViews.views(themes.attachToCase(user(authentication), caseId, request.themeId()));
    }

    @Post(ApiPaths.REVIEW_THEMES)
    @Status(HttpStatus.NO_CONTENT)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Attach a learning theme to the case's commissioned review")
    void attachToReview(@PathVariable UUID caseId, @Body @Valid ThemeAttachRequest request, Authentication authentication) {
        themes.attachToReview(user(authentication), caseId, request.themeId());
    }

    @Get(ApiPaths.CASE_THEMES)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The case's learning themes")
    List<LearningThemeView> caseThemes(@PathVariable UUID caseId, Authentication authentication) {
        return LearningThemeViews.views(themes.caseThemes(user(authentication), caseId));
    }

    @Get(ApiPaths.REVIEW_THEMES)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The learning themes of the case's commissioned review (404 without one)")
    List<LearningThemeView> reviewThemes(@PathVariable UUID caseId, Authentication authentication) {
        return LearningThemeViews.views(themes.reviewThemes(user(authentication), caseId));
    }

    @Delete(ApiPaths.CASE_THEME)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Detach a learning theme from a case; answers the case's themes")
    List<LearningThemeView> detachFromCase(@PathVariable UUID caseId, @PathVariable UUID themeId, Authentication authentication) {
        return LearningThemeViews.views(themes.detachFromCase(user(authentication), caseId, themeId));
    }

    @Delete(ApiPaths.REVIEW_THEME)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Detach a learning theme from the case's commissioned review; answers the review's themes")
    List<LearningThemeView> detachFromReview(@PathVariable UUID caseId, @PathVariable UUID themeId, Authentication authentication) {
        return LearningThemeViews.views(themes.detachFromReview(user(authentication), caseId, themeId));
    }

    @Post(ApiPaths.LEARNING_THEMES)
    @Status(HttpStatus.CREATED)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add a theme of the partnership's own (409 if the code is taken)")
    LearningThemeView add(@Body @Valid NewThemeRequest request, Authentication authentication) {
        return LearningThemeViews.view(themes.add(user(authentication), request.code(), request.title()));
    }

    @Put(ApiPaths.LEARNING_THEME)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Rename a theme")
    LearningThemeView rename(@PathVariable UUID themeId, @Body @Valid ThemeRenameRequest request, Authentication authentication) {
        return LearningThemeViews.view(themes.rename(user(authentication), themeId, request.title(), request.version()));
    }

    @Post(ApiPaths.LEARNING_THEME_RETIREMENT)
    @Status(HttpStatus.OK)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Retire a theme: it stays on past cases and reviews but can no longer be attached")
    LearningThemeView retire(@PathVariable UUID themeId, Authentication authentication) {
        return LearningThemeViews.view(themes.retire(user(authentication), themeId));
    }

    private static UUID user(Authentication authentication) {
        return CurrentUser.of(authentication).userId();
    }
}
