package uk.reviewhub.learning.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.api.learning.LearningThemesApi;
import uk.reviewhub.api.learning.NewThemeRequest;
import uk.reviewhub.api.learning.ThemeRenameRequest;
import uk.reviewhub.api.learning.ThemeAttachRequest;
import uk.reviewhub.api.learning.ThemeSummary;
import uk.reviewhub.learning.domain.LearningThemes;
import uk.reviewhub.problem.NotSignedInException;
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
class LearningThemeController implements LearningThemesApi {

    private final LearningThemes themes;
    private final Clock clock;
    private final SecurityService security;

    LearningThemeController(LearningThemes themes, Clock clock, SecurityService security) {
        this.themes = themes;
        this.clock = clock;
        this.security = security;
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The partnership's learning themes (seeded from the national list)")
    public List<LearningThemeView> themes() {
        return LearningThemeViews.views(themes.themes());
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Themes of cases and reviews in a financial year (year=2025: 1 April 2025 to 31 March 2026)")
    public ThemeSummary summary(@Nullable Integer year) {
        return LearningThemeViews.summary(themes.summary(user(), themes.yearOf(year, uk.reviewhub.time.LondonTime.today(clock))));
    }

    @Override
    @Status(HttpStatus.OK)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Attach a learning theme to a case; answers the case's themes")
    public List<LearningThemeView> attachToCase(UUID caseId, @Body @Valid ThemeAttachRequest request) {
        return LearningThemeViews.views(themes.attachToCase(user(), caseId, request.themeId()));
    }

    @Override
    @Status(HttpStatus.NO_CONTENT)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Attach a learning theme to the case's commissioned review")
    public void attachToReview(UUID caseId, @Body @Valid ThemeAttachRequest request) {
        themes.attachToReview(user(), caseId, request.themeId());
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The case's learning themes")
    public List<LearningThemeView> caseThemes(UUID caseId) {
        return LearningThemeViews.views(themes.caseThemes(user(), caseId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The learning themes of the case's commissioned review (404 without one)")
    public List<LearningThemeView> reviewThemes(UUID caseId) {
        return LearningThemeViews.views(themes.reviewThemes(user(), caseId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Detach a learning theme from a case; answers the case's themes")
    public List<LearningThemeView> detachFromCase(UUID caseId, UUID themeId) {
        return LearningThemeViews.views(themes.detachFromCase(user(), caseId, themeId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Detach a learning theme from the case's commissioned review; answers the review's themes")
    public List<LearningThemeView> detachFromReview(UUID caseId, UUID themeId) {
        return LearningThemeViews.views(themes.detachFromReview(user(), caseId, themeId));
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add a theme of the partnership's own (409 if the code is taken)")
    public LearningThemeView add(@Body @Valid NewThemeRequest request) {
        return LearningThemeViews.view(themes.add(user(), request.code(), request.title()));
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Rename a theme")
    public LearningThemeView rename(UUID themeId, @Body @Valid ThemeRenameRequest request) {
        return LearningThemeViews.view(themes.rename(user(), themeId, request.title(), request.version()));
    }

    @Override
    @Status(HttpStatus.OK)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Retire a theme: it stays on past cases and reviews but can no longer be attached")
    public LearningThemeView retire(UUID themeId) {
        return LearningThemeViews.view(themes.retire(user(), themeId));
    }

    private UUID user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }
}
