package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import uk.reviewhub.ui.shell.FormErrors;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A step's form on the case page: a button that opens it, the labelled fields, and Save / Cancel.
 * Fields are checked first (each says what is missing); the backend's refusal (an illegal step, a
 * stale version) is shown in its words above the buttons and the form stays open.
 */
final class StepForm<T> extends Div {

    private final Button open;
    private final Div body = new Div();
    private final FormErrors errors = new FormErrors();

    StepForm(String openText, String saveText, List<Component> fields, BooleanSupplier fieldsValid,
             Supplier<T> save, Consumer<T> saved) {
        addClassName("rh-step-form-holder");
        open = new Button(openText, event -> show(fields));
        body.addClassNames("rh-form", "rh-step-form");
        body.setVisible(false);
        fields.forEach(body::add);
        Button submit = new Button(saveText, event -> {
            if (!fieldsValid.getAsBoolean()) {
                errors.show("Check the fields marked: some are missing or wrong.");
                return;
            }
            T result = errors.attemptGet(save);
            if (result != null) {
                saved.accept(result);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> {
            errors.clear();
            body.setVisible(false);
            open.setVisible(true);
            open.focus();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(submit, cancel);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        body.add(errors, buttons);
        add(open, body);
    }

    /**
     * Gives the opening button an accessible name naming what it acts on (for a button repeated in
     * each row of a table, where the visible text alone, "Edit", would be ambiguous).
     */
    StepForm<T> named(String accessibleName) {
        open.getElement().setAttribute("aria-label", accessibleName);
        return this;
    }

    private void show(List<Component> fields) {
        open.setVisible(false);
        body.setVisible(true);
        fields.stream().filter(Focusable.class::isInstance).findFirst().ifPresent(field -> ((Focusable<?>) field).focus());
    }
}
