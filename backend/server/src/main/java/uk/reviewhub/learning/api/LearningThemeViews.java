package uk.reviewhub.learning.api;

import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.api.learning.ThemeCount;
import uk.reviewhub.api.learning.ThemeSummary;
import uk.reviewhub.learning.domain.LearningTheme;
import uk.reviewhub.learning.domain.ThemeTally;
import uk.reviewhub.learning.domain.ThemeYear;

import java.util.List;

/** Learning themes as the API shows them: made here, at the edge, from the domain's records. */
public final class LearningThemeViews {

    private LearningThemeViews() {
    }

    public static LearningThemeView view(LearningTheme t) {
        return new LearningThemeView(t.id(), t.code(), t.title(), t.national(), t.active(), t.version());
    }

    public static List<LearningThemeView> views(List<LearningTheme> themes) {
        return themes.stream().map(LearningThemeViews::view).toList();
    }

    static ThemeSummary summary(ThemeYear year) {
        return new ThemeSummary(year.year().label(), year.year().from(), year.year().to(),
                year.tallies().stream().map(LearningThemeViews::count).toList());
    }

    private static ThemeCount count(ThemeTally t) {
        return new ThemeCount(t.themeId(), t.code(), t.title(), t.cases(), t.reviews());
    }
}
