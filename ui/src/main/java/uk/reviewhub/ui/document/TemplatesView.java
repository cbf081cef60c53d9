package uk.reviewhub.ui.document;

import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.document.TemplatePreview;
import uk.reviewhub.api.document.TemplatePreviewRequest;
import uk.reviewhub.api.document.TemplateUpdate;
import uk.reviewhub.api.document.TemplateView;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.RoleNames;
import uk.reviewhub.ui.shell.UserRoles;
import uk.reviewhub.ui.shell.Tables;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The partnership's document templates, for its admins: every kind the backend knows with its
 * current version; for the chosen kind, its text in an editor, a preview rendered by the backend
 * against sample data (shown in a sandboxed frame that runs no scripts), saving as a new version,
 * and the version history. A broken template is refused by the backend with the line where it
 * went wrong, and the last good version stays current.
 */
@Route(value = "templates", layout = MainLayout.class)
@PageTitle("Document templates | Review Hub")
@Menu(title = "Document templates", order = 4)
@Allowed(Capability.ADMINISTER)
@Prototype
public class TemplatesView extends Main implements BeforeEnterObserver {

    static final String KIND_PARAMETER = "kind";

    private final TemplateClient templates;
    private final Div kinds = new Div();
    private final Div editor = new Div();
    private final Paragraph saved = new Paragraph();
    private final Div history = new Div();
    private TemplateView current;

    TemplatesView(TemplateClient templates) {
        this.templates = templates;
        addClassName("rh-view");
        saved.setId("template-saved");
        saved.getElement().setAttribute("role", "status");
        saved.setVisible(false);
        add(new H1("Document templates"), new Paragraph("The partnership's documents are made from these templates. "
                + "They are logic-less: they fill in the fields of each document's data and can do nothing else."), saved, kinds, editor);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kinds.removeAll();
        editor.removeAll();
        if (!UserRoles.administers()) {
            kinds.add(new Paragraph("Only partnership admins manage the document templates."));
            return;
        }
        List<TemplateView> all = templates.all();
        kinds.add(kindTable(all));
        Optional<TemplateKind> asked = event.getLocation().getQueryParameters().getSingleParameter(KIND_PARAMETER)
                .flatMap(name -> all.stream().map(TemplateView::kind).filter(kind -> kind.name().equals(name)).findFirst());
        asked.or(() -> all.stream().map(TemplateView::kind).findFirst()).ifPresent(this::edit);
    }

    /** A document kind as people say it: APOLOGY_FOLLOW_UP_LETTER becomes "Apology follow up letter". */
    static String label(TemplateKind kind) {
        return RoleNames.readable(kind.name());
    }

    static String source(TemplateView template) {
        return switch (template.source()) {
            case "BUILT_IN" -> "Built in";
            case "PACK" -> "From the partnership's pack";
            case "EDIT" -> "Edited by an admin";
            default -> RoleNames.readable(template.source());
        };
    }

    private Section kindTable(List<TemplateView> all) {
        NativeTable table = table("Templates", "Document", "Current version", "Source", "Edit");
        for (TemplateView template : all) {
            Button edit = new Button("Edit", event -> UI.getCurrent().navigate(TemplatesView.class,
                    QueryParameters.of(KIND_PARAMETER, template.kind().name())));
            edit.getElement().setAttribute("aria-label", "Edit the " + label(template.kind()).toLowerCase(Locale.UK) + " template");
            table.getBody().add(row(new Paragraph(label(template.kind())), new Paragraph(String.valueOf(template.version())),
                    new Paragraph(source(template)), edit));
        }
        return new Section(new H2("Templates"), table);
    }

    private void edit(TemplateKind kind) {
        current = templates.current(kind);
        editor.removeAll();
        Paragraph version = new Paragraph();
        version.setId("template-current-version");
        showVersion(version);

        TextArea text = new TextArea("Template text for the " + label(kind).toLowerCase(Locale.UK));
        text.setId("template-text");
        text.setWidthFull();
        text.setMinHeight("18rem");
        ContractLimits.limit(text, uk.reviewhub.api.document.TemplateUpdate.class, "body");
        text.setValue(current.body());
        text.setHelperText("Mustache: {{field}} fills in a value; {{#list}} ... {{/list}} repeats for each item.");

        FormErrors errors = new FormErrors();
        errors.setId("template-errors");
        IFrame preview = new IFrame();
        preview.setId("template-preview");
        // An empty sandbox: no scripts, no forms, no navigation, a unique origin. The backend has
        // already cleaned the HTML; this is the second lock.
        preview.getElement().setAttribute("sandbox", "");
        preview.getElement().setAttribute("title", "Preview of the " + label(kind).toLowerCase(Locale.UK) + " with sample data");
        preview.setWidthFull();
        preview.setHeight("28rem");
        preview.setVisible(false);

        Button show = new Button("Preview", event -> {
            TemplatePreview rendered = errors.attemptGet(() -> templates.preview(kind, new TemplatePreviewRequest(text.getValue())));
            if (rendered != null) {
                preview.setSrcdoc(page(rendered.html()));
                preview.setVisible(true);
            } else {
                preview.setVisible(false);
            }
        });
        show.setId("template-preview-button");
        Button save = new Button("Save as a new version", event -> {
            saved.setVisible(false);
            TemplateView result = errors.attemptGet(() -> templates.update(kind, new TemplateUpdate(current.version(), text.getValue())));
            if (result == null) {
                errors.show("Not saved: " + errors.getText() + " Version " + current.version() + " is still the current one.");
                return;
            }
            saved.setText("Saved the " + label(kind).toLowerCase(Locale.UK) + " template as version " + result.version() + ".");
            saved.setVisible(true);
            current = result;
            showVersion(version);
            kinds.removeAll();
            kinds.add(kindTable(templates.all()));
            showHistory(kind, text);
        });
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(show, save);
        buttons.addClassName("rh-filters");

        Details fields = new Details("Fields this document may use", fieldList(templates.sample(kind)));
        fields.setId("template-fields");
        Div form = new Div(version, text, fields, errors, buttons);
        form.addClassName("rh-form");
        Section previewSection = new Section(new H3("Preview with sample data"), preview);
        history.setId("template-history");
        editor.add(new Section(new H2(label(kind)), form, previewSection, history));
        showHistory(kind, text);
    }

    private void showVersion(Paragraph version) {
        version.setText("Current version: " + current.version() + " (" + source(current).toLowerCase(Locale.UK)
                + (current.createdAt() == null ? "" : ", saved " + Dates.WHEN.format(current.createdAt())) + ").");
    }

    private void showHistory(TemplateKind kind, TextArea text) {
        history.removeAll();
        List<TemplateView> versions = templates.versions(kind);
        NativeTable table = table("Versions", "Version", "Source", "Saved", "Text");
        for (TemplateView version : versions) {
            Button load = new Button("Put in the editor", event -> text.setValue(version.body()));
            // The accessible name starts with the visible words (WCAG 2.5.3, label in name).
            load.getElement().setAttribute("aria-label", "Put in the editor: version " + version.version());
            table.getBody().add(row(new Paragraph(String.valueOf(version.version())), new Paragraph(source(version)),
                    new Paragraph(version.createdAt() == null ? "–" : Dates.WHEN.format(version.createdAt())), load));
        }
        history.add(new H3("Version history"), new Paragraph("To go back to an earlier version, put it in the editor and save it: "
                + "it becomes a new version."), table);
    }

    /**
     * The sample data's fields as a template writes them: {@code {{group.name}}}, and for a list
     * {@code {{#measures}} ... {{/measures}}} with the names used inside it; each with the sample's value.
     */
    static UnorderedList fieldList(Map<String, ?> sample) {
        UnorderedList list = new UnorderedList();
        addFields(list, sample, "");
        return list;
    }

    private static void addFields(UnorderedList list, Map<String, ?> sample, String prefix) {
        sample.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> map) {
                addFields(list, stringKeys(map), name + ".");
                return;
            }
            ListItem item = new ListItem();
            if (value instanceof List<?> items) {
                Object first = items.isEmpty() ? null : items.getFirst();
                item.add(new Code("{{#" + name + "}} ... {{/" + name + "}}"), new Span(first instanceof Map<?, ?>
                        ? ": repeats for each item, which has:" : ": repeats for each item, written {{.}}"));
                if (first instanceof Map<?, ?> map) {
                    item.add(fieldList(stringKeys(map)));
                }
            } else {
                item.add(new Code("{{" + name + "}}"), new Span(value == null ? "" : ", e.g. \"" + value + "\""));
            }
            list.add(item);
        });
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    /** The cleaned fragment in a page of its own, styled as a document. */
    static String page(String fragment) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><style>"
                + "body{font-family:Helvetica,Arial,sans-serif;font-size:11pt;line-height:1.35;color:#111;margin:1rem}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:3pt 5pt;text-align:left;"
                + "vertical-align:top}th{background:#eee}</style></head><body>" + fragment + "</body></html>";
    }

    private static NativeTable table(String caption, String... headers) {
        return Tables.headed(caption, headers);
    }

    private static NativeTableRow row(com.vaadin.flow.component.Component... cells) {
        NativeTableRow row = new NativeTableRow();
        for (com.vaadin.flow.component.Component content : cells) {
            NativeTableCell cell = new NativeTableCell();
            cell.add(content);
            row.add(cell);
        }
        return row;
    }
}
