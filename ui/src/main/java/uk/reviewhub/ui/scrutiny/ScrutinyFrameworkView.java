package uk.reviewhub.ui.scrutiny;

import uk.reviewhub.ui.shell.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.scrutiny.FrameworkRequest;
import uk.reviewhub.api.scrutiny.FrameworkView;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The partnership's observation framework: each version (the pack's starting one, then the
 * scrutineers'), with its domains, prompts, rating scales and guidance. A past observation keeps the
 * version it used, so every version stays readable here. Scrutineers write a new version over the
 * latest one.
 */
@Route(value = "scrutiny/framework", layout = MainLayout.class)
@PageTitle("Observation framework | Review Hub")
@Allowed(Capability.SCRUTINY)
@Prototype
public class ScrutinyFrameworkView extends Main implements BeforeEnterObserver {


    private final ScrutinyClient scrutiny;
    private final Select<FrameworkView> version = new Select<>();
    private final Div content = new Div();
    private final FormFeedback feedback = new FormFeedback("scrutiny-framework-message");
    private int latest;

    ScrutinyFrameworkView(ScrutinyClient scrutiny) {
        this.scrutiny = scrutiny;
        addClassName("rh-view");
        version.setLabel("Version");
        version.setId("scrutiny-framework-version");
        version.setItemLabelGenerator(v -> "Version " + v.version() + " (" + (v.createdBy() == null ? "from the pack"
                : "by " + v.createdBy().name()) + ", " + Dates.DAY.format(v.createdAt()) + ")");
        version.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                show(event.getValue());
            }
        });
        add(new H1("Observation framework"), new Paragraph(new RouterLink("Back to the scrutiny programme",
                ScrutinyProgrammeView.class)), version, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        List<FrameworkView> versions = scrutiny.frameworkVersions();
        if (versions.isEmpty()) {
            version.setVisible(false);
            content.removeAll();
            content.add(new Paragraph("This partnership has no observation framework yet."));
            return;
        }
        latest = versions.getFirst().version();
        version.setItems(versions);
        version.setValue(versions.getFirst());
    }

    private void show(FrameworkView framework) {
        content.removeAll();
        Section section = new Section(new H2(framework.name()));
        section.setId("scrutiny-framework");
        if (framework.guidance() != null) {
            section.add(new Paragraph(framework.guidance()));
        }
        for (FrameworkView.Domain domain : framework.domains()) {
            Div one = new Div(new H3(domain.name()));
            if (domain.guidance() != null) {
                one.add(new Paragraph(domain.guidance()));
            }
            if (!domain.prompts().isEmpty()) {
                UnorderedList prompts = new UnorderedList();
                domain.prompts().forEach(p -> prompts.add(new ListItem(p)));
                one.add(new Paragraph("Prompts:"), prompts);
            }
            one.add(new Paragraph("Rating scale, best first: " + String.join(", ", domain.ratingScale()) + "."));
            section.add(one);
        }
        content.add(section);
        if (Capability.SCRUTINY_WORK.granted() && framework.version() == latest) {
            content.add(editor(framework));
        }
    }

    /**
     * The editor: a new version written over the latest (the one shown). Each domain is a block of
     * fields; one empty block adds a domain, and a block whose code and name are emptied is left out.
     */
    private Section editor(FrameworkView base) {
        feedback.forgetFields();
        Section section = new Section(new H2("Write a new version"));
        section.setId("scrutiny-framework-editor");
        section.add(new Paragraph("A new version leaves past observations as they were: each keeps the version it used."));
        TextField name = feedback.field("name", ContractLimits.limit(new TextField("Framework name"), FrameworkRequest.class, "name"));
        name.setValue(base.name());
        TextArea guidance = feedback.field("guidance", ContractLimits.limit(new TextArea("Guidance (optional)"),
                FrameworkRequest.class, "guidance"));
        guidance.setValue(base.guidance() == null ? "" : base.guidance());
        Div fields = new Div(name, guidance);
        fields.addClassName("rh-form");
        List<DomainFields> blocks = new ArrayList<>();
        List<FrameworkView.Domain> domains = new ArrayList<>(base.domains());
        domains.add(null);
        for (int i = 0; i < domains.size(); i++) {
            DomainFields block = new DomainFields(i, domains.get(i));
            blocks.add(block);
            fields.add(block.fieldset);
        }
        Button save = new Button("Save as version " + (base.version() + 1), event -> {
            List<FrameworkRequest.Domain> kept = new ArrayList<>();
            for (DomainFields block : blocks) {
                if (!block.empty()) {
                    block.register(kept.size());
                    kept.add(block.request());
                }
            }
            FrameworkView[] saved = new FrameworkView[1];
            if (feedback.attempt(() -> saved[0] = scrutiny.reviseFramework(new FrameworkRequest(name.getValue().strip(),
                    guidance.getValue().isBlank() ? null : guidance.getValue().strip(), kept, base.version())))) {
                load();
                feedback.done("Version " + saved[0].version() + " saved.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(fields, save, feedback);
        return section;
    }

    /** One domain's fields in the editor. */
    private final class DomainFields {
        final FieldSet fieldset;
        final TextField code = ContractLimits.limit(new TextField("Code"), FrameworkRequest.Domain.class, "code");
        final TextField name = ContractLimits.limit(new TextField("Name"), FrameworkRequest.Domain.class, "name");
        final TextArea guidance = ContractLimits.limit(new TextArea("Guidance (optional)"), FrameworkRequest.Domain.class, "guidance");
        final TextArea prompts = new TextArea("Prompts (one a line, optional)");
        final TextArea scale = new TextArea("Rating scale (one a line, best first)");

        DomainFields(int index, FrameworkView.Domain domain) {
            code.setHelperText("Lower-case words joined by hyphens, e.g. voice-of-the-child");
            if (domain != null) {
                code.setValue(domain.code());
                name.setValue(domain.name());
                guidance.setValue(domain.guidance() == null ? "" : domain.guidance());
                prompts.setValue(String.join("\n", domain.prompts()));
                scale.setValue(String.join("\n", domain.ratingScale()));
            }
            fieldset = new FieldSet(domain == null ? "A new domain (optional)" : "Domain " + (index + 1) + ": " + domain.name());
            if (domain == null) {
                fieldset.setId("scrutiny-framework-new-domain");
            }
            fieldset.add(code, name, guidance, prompts, scale);
        }

        boolean empty() {
            return code.getValue().isBlank() && name.getValue().isBlank();
        }

        void register(int index) {
            String at = "domains[" + index + "].";
            feedback.field(at + "code", code);
            feedback.field(at + "name", name);
            feedback.field(at + "guidance", guidance);
            feedback.field(at + "prompts", prompts);
            feedback.field(at + "ratingScale", scale);
        }

        FrameworkRequest.Domain request() {
            return new FrameworkRequest.Domain(code.getValue().strip(), name.getValue().strip(),
                    guidance.getValue().isBlank() ? null : guidance.getValue().strip(), lines(prompts.getValue()), lines(scale.getValue()));
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
