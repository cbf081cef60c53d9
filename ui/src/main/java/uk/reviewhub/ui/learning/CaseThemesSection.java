package uk.reviewhub.ui.learning;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import uk.reviewhub.api.learning.ThemeAttachRequest;
import uk.reviewhub.api.learning.LearningThemeView;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "Learning themes" section of a case page: the themes attached to the case and (when there is
 * one) to its commissioned review, each with a detach button, and a chooser of the active themes to
 * attach, for the roles the backend lets attach (chairs, vice chairs, business support).
 */
public class CaseThemesSection extends Section {

    private final LearningThemeClient themes;
    private final UUID caseId;
    private final boolean hasReview;
    private List<LearningThemeView> taxonomy;

    public CaseThemesSection(LearningThemeClient themes, UUID caseId, List<LearningThemeView> caseThemes, boolean hasReview) {
        this.themes = themes;
        this.caseId = caseId;
        this.hasReview = hasReview;
        setId("learning-themes");
        add(new H2("Learning themes"));
        Part caseThemesPart = new Part("Themes of the case", "case-themes", caseThemes,
                id -> themes.attachToCase(caseId, new ThemeAttachRequest(id)), id -> themes.detachFromCase(caseId, id));
        add(caseThemesPart);
        if (hasReview) {
            add(new Part("Themes of the review", "review-themes", themes.reviewThemes(caseId),
                    id -> {
                        themes.attachToReview(caseId, new ThemeAttachRequest(id));
                        return themes.reviewThemes(caseId);
                    }, id -> themes.detachFromReview(caseId, id)));
        }
    }

    private List<LearningThemeView> taxonomy() {
        if (taxonomy == null) {
            taxonomy = themes.themes();
        }
        return taxonomy;
    }

    /** One list of attached themes (the case's or the review's) with its attach and detach controls. */
    private final class Part extends Div {
        private final String title;
        private final String id;
        private final Function<UUID, List<LearningThemeView>> attach;
        private final Function<UUID, List<LearningThemeView>> detach;
        private final FormErrors errors = new FormErrors();

        Part(String title, String id, List<LearningThemeView> attached, Function<UUID, List<LearningThemeView>> attach,
             Function<UUID, List<LearningThemeView>> detach) {
            this.title = title;
            this.id = id;
            this.attach = attach;
            this.detach = detach;
            show(attached);
        }

        private void show(List<LearningThemeView> attached) {
            removeAll();
            add(new H3(title));
            boolean edits = UserRoles.records();
            if (attached.isEmpty()) {
                add(new Paragraph("None attached."));
            } else {
                UnorderedList list = new UnorderedList();
                list.setId(id);
                for (LearningThemeView theme : attached) {
                    ListItem item = new ListItem(new Span(theme.title() + (theme.active() ? "" : " (retired)")));
                    if (edits) {
                        Button remove = new Button("Detach", event -> {
                            List<LearningThemeView> now = errors.attemptGet(() -> detach.apply(theme.id()));
                            if (now != null) {
                                show(now);
                            }
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        remove.setAriaLabel("Detach " + theme.title() + " from the " + (id.startsWith("case") ? "case" : "review"));
                        item.add(remove);
                    }
                    list.add(item);
                }
                add(list);
            }
            if (edits) {
                Set<UUID> have = attached.stream().map(LearningThemeView::id).collect(Collectors.toSet());
                ComboBox<LearningThemeView> chooser = new ComboBox<>(id.startsWith("case") ? "Attach a theme to the case"
                        : "Attach a theme to the review");
                chooser.setItems(taxonomy().stream().filter(LearningThemeView::active).filter(t -> !have.contains(t.id())).toList());
                chooser.setItemLabelGenerator(LearningThemeView::title);
                Button attachButton = new Button(id.startsWith("case") ? "Attach to the case" : "Attach to the review", event -> {
                    if (!FormErrors.required(chooser, "Choose a theme.")) {
                        return;
                    }
                    List<LearningThemeView> now = errors.attemptGet(() -> attach.apply(chooser.getValue().id()));
                    if (now != null) {
                        show(now);
                    }
                });
                Div row = new Div(chooser, attachButton);
                row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
                add(row);
            }
            add(errors);
        }
    }
}
