package uk.reviewhub.ui.learning;

import uk.reviewhub.ui.shell.ContractLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.learning.ThemeRenameRequest;
import uk.reviewhub.api.learning.NewThemeRequest;
import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.api.learning.ThemeSummary;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.Clock;
import java.util.List;

/**
 * Learning themes: how often each theme was attached to cases and reviews in a financial year
 * (1 April to 31 March), for the review group; and, for partnership admins and chairs, the
 * partnership's taxonomy: add a theme, rename one, retire one (it stays on past cases).
 */
@Route(value = "learning-themes", layout = MainLayout.class)
@PageTitle("Learning themes | Review Hub")
@Menu(title = "Learning themes", order = 13)
@Prototype
public class LearningThemesView extends Main implements BeforeEnterObserver {

    /** How many financial years back the chooser offers. */
    static final int YEARS_BACK = 10;

    private final LearningThemeClient themes;
    private final Clock clock;
    private final Select<Integer> year = new Select<>();
    private final Div summary = new Div();
    private final Div taxonomy = new Div();

    LearningThemesView(LearningThemeClient themes, Clock clock) {
        this.themes = themes;
        this.clock = clock;
        addClassName("rh-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Learning themes"));
        if (UserRoles.reportsProgress()) {
            int current = FinancialYear.containing(Dates.today(clock)).startYear();
            year.setLabel("Financial year");
            year.setItems(FinancialYear.recentStartYears(Dates.today(clock), YEARS_BACK));
            year.setItemLabelGenerator(start -> new FinancialYear(start).label());
            year.setValue(current);
            year.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    showSummary(change.getValue());
                }
            });
            Section yearly = new Section(new H2("Summary by financial year"), year, summary);
            if (Capability.SCRUTINY.granted()) {
                yearly.add(new Paragraph(new com.vaadin.flow.router.RouterLink("The annual summary of independent scrutiny",
                        uk.reviewhub.ui.scrutiny.ScrutinyAnnualSummaryPage.class)));
            }
            add(yearly);
            showSummary(current);
        }
        if (UserRoles.managesThemes()) {
            add(new Section(new H2("The partnership's themes"), taxonomy));
            showTaxonomy();
        }
    }

    private void showSummary(int startYear) {
        summary.removeAll();
        ThemeSummary s = themes.summary(startYear);
        List<List<?>> rows = s.themes().stream().<List<?>>map(t -> List.of(t.title(), t.cases(), t.reviews())).toList();
        NativeTable table = Tables.of("Learning themes of cases and reviews in " + s.financialYear() + " ("
                + Dates.numeric(s.from()) + " to " + Dates.numeric(s.to()) + ")", true, List.of("Theme", "Cases", "Reviews"), rows);
        table.setId("theme-summary");
        summary.add(new Paragraph("Cases count by the date the local authority became aware; reviews by the date commissioned."), table);
    }

    private void showTaxonomy() {
        taxonomy.removeAll();
        List<LearningThemeView> all = themes.themes();
        List<List<?>> rows = all.stream().<List<?>>map(t -> List.of(t.title(), t.code(), t.national() ? "National" : "Partnership",
                t.active() ? "Active" : "Retired")).toList();
        NativeTable table = Tables.of("The partnership's learning themes", false, List.of("Theme", "Code", "From", "Status"), rows);
        table.setId("theme-taxonomy");
        taxonomy.add(table);

        FormErrors addErrors = new FormErrors();
        TextField code = new TextField("Code");
        code.setHelperText("Lower case words joined by hyphens, e.g. county-lines");
        ContractLimits.limit(code, NewThemeRequest.class, "code");
        code.setRequiredIndicatorVisible(true);
        TextField title = new TextField("Title");
        ContractLimits.limit(title, NewThemeRequest.class, "title");
        title.setRequiredIndicatorVisible(true);
        Button add = new Button("Add the theme", event -> {
            if (!(FormErrors.required(code, "Enter a code.") & FormErrors.required(title, "Enter a title."))) {
                return;
            }
            LearningThemeView added = addErrors.attemptGet(() -> themes.add(new NewThemeRequest(code.getValue().strip(), title.getValue().strip())));
            if (added != null) {
                done("The theme " + added.title() + " was added.");
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        taxonomy.add(new Section(new com.vaadin.flow.component.html.H3("Add a theme"), div(code, title), addErrors, add));

        FormErrors changeErrors = new FormErrors();
        ComboBox<LearningThemeView> theme = new ComboBox<>("Theme");
        theme.setItems(all.stream().filter(LearningThemeView::active).toList());
        theme.setItemLabelGenerator(LearningThemeView::title);
        theme.setRequiredIndicatorVisible(true);
        TextField newTitle = new TextField("New title");
        ContractLimits.limit(newTitle, ThemeRenameRequest.class, "title");
        Button rename = new Button("Rename", event -> {
            if (!(FormErrors.required(theme, "Choose a theme.") & FormErrors.required(newTitle, "Enter the new title."))) {
                return;
            }
            LearningThemeView renamed = changeErrors.attemptGet(() -> themes.rename(theme.getValue().id(),
                    new ThemeRenameRequest(newTitle.getValue().strip(), theme.getValue().version())));
            if (renamed != null) {
                done("The theme is now called " + renamed.title() + ".");
            }
        });
        Button retire = new Button("Retire", event -> {
            if (!FormErrors.required(theme, "Choose a theme.")) {
                return;
            }
            LearningThemeView retired = changeErrors.attemptGet(() -> themes.retire(theme.getValue().id()));
            if (retired != null) {
                done("The theme " + retired.title() + " was retired: it stays on past cases but can no longer be attached.");
            }
        });
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        taxonomy.add(new Section(new com.vaadin.flow.component.html.H3("Rename or retire a theme"),
                div(theme, newTitle), changeErrors, div(rename, retire)));
    }

    /** The taxonomy is drawn again; the news stands under its table, before the forms, announced and focused. */
    private void done(String message) {
        showTaxonomy();
        if (UserRoles.reportsProgress() && year.getValue() != null) {
            showSummary(year.getValue());
        }
        FormFeedback news = new FormFeedback("theme-news");
        taxonomy.addComponentAtIndex(1, news);
        news.done(message);
    }

    private static Div div(com.vaadin.flow.component.Component... parts) {
        Div row = new Div(parts);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        return row;
    }
}
