package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import uk.reviewhub.ui.backend.BackendProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a form answers its user, placed where the action was (beside the form's button, not
 * at the top of a long page): the fields the backend found wrong (problem+json {@code errors[].field},
 * by the request's field name, as {@link #field} registers it or the field itself says, {@link RequestFields})
 * are marked on the field with the backend's words and the first of
 * them takes the focus; what concerns the whole form is said in this line, announced to screen
 * readers (status for news, alert for problems).
 */
public class FormFeedback extends Paragraph {

    /** A field as the form shows it, under the name the backend gives it in its answer. */
    private final Map<String, Component> fields = new LinkedHashMap<>();
    /** Fields found beside this line ({@link RequestFields}) that the last refusal marked. */
    private final List<HasValidation> marked = new ArrayList<>();

    public FormFeedback(String id) {
        setId(id);
        addClassName("rh-message");
        setVisible(false);
    }

    /** Marks field errors the backend names {@code requestField} on {@code field}. Returns the field. */
    public <F extends Component & HasValidation & Focusable<?>> F field(String requestField, F field) {
        fields.put(requestField, field);
        return field;
    }

    /** Forgets the fields (when the form is drawn again). */
    public void forgetFields() {
        fields.clear();
    }

    /** News: the change was made. Announced politely. */
    public void say(String text) {
        getElement().setAttribute("role", "status");
        removeClassName("rh-error");
        setText(text);
        setVisible(true);
    }

    /**
     * As {@link #say}, and the keyboard focus moves to this line, since the control the user was on
     * may have been drawn again.
     */
    public void done(String text) {
        say(text);
        getElement().setAttribute("tabindex", "-1");
        getElement().callJsFunction("focus");
    }

    /** A problem with the whole form. Announced at once. */
    public void problem(String text) {
        getElement().setAttribute("role", "alert");
        addClassName("rh-error");
        setText("Problem: " + text);
        setVisible(true);
    }

    /** A check before sending: marks {@code field} with {@code message}, gives it the focus, and says so here too. */
    public <F extends Component & HasValidation & Focusable<?>> void invalid(F field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
        problem(message);
    }

    /**
     * A binder for a form this line answers: its bindings say what must be given (in words) before
     * sending; the limits are the contract's, on the fields ({@link ContractLimits}, {@link Dates}),
     * and the backend checks the rest and names the field, so the fields' own default checks (with
     * no words of their own) are off.
     */
    public static <B> Binder<B> binder() {
        Binder<B> binder = new Binder<>();
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }

    /**
     * A choice that must be made, for a {@code Select} or a {@code DateTimePicker}, in place of the
     * binder's {@code asRequired}: that marks the component required, which puts {@code aria-required}
     * on the select's value button and the date-time picker's host, where ARIA does not allow it (axe's
     * {@code aria-allowed-attr}, critical). The check and its words at the field are the same.
     */
    public static <T> com.vaadin.flow.data.binder.Validator<T> chosen(String words) {
        return com.vaadin.flow.data.binder.Validator.from(java.util.Objects::nonNull, words);
    }

    /**
     * Checks a form bound with {@code binder} before anything is sent: each field its bindings refuse
     * is marked with the binding's words (the binder marks it), the first of them in the form's order
     * takes the focus, and this line says {@code summary}, or that field's words when {@code summary}
     * is null. True when the form may be sent.
     */
    public boolean check(Binder<?> binder, String summary) {
        clear();
        BinderValidationStatus<?> status = binder.validate();
        if (status.isOk()) {
            return true;
        }
        BindingValidationStatus<?> first = status.getFieldValidationErrors().stream().findFirst().orElse(null);
        if (first != null && first.getField() instanceof Focusable<?> field) {
            field.focus();
        }
        problem(summary != null ? summary
                : first == null ? "Check the fields marked." : first.getMessage().orElse("Check the fields marked."));
        return false;
    }

    /** Clears the line and every field's mark. */
    public void clear() {
        setText("");
        setVisible(false);
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
    }

    /**
     * Runs a change at the backend. A refusal is shown: fields it names on the fields (the first
     * takes the focus), the rest here. A lost sign-in is passed on. True when the change was made.
     */
    public boolean attempt(Runnable change) {
        clear();
        try {
            change.run();
            return true;
        } catch (BackendProblem refused) {
            if (refused.isUnauthorised()) {
                throw refused;
            }
            show(refused);
            return false;
        }
    }

    private void show(BackendProblem refused) {
        List<String> unplaced = new ArrayList<>();
        Component first = null;
        for (BackendProblem.FieldError error : refused.fieldErrors()) {
            Component field = fields.containsKey(error.field()) ? fields.get(error.field())
                    : RequestFields.find(this, error.field()).orElse(null);
            if (field == null) {
                unplaced.add(error.message());
                continue;
            }
            ((HasValidation) field).setErrorMessage(error.message());
            ((HasValidation) field).setInvalid(true);
            marked.add((HasValidation) field);
            if (first == null) {
                first = field;
            }
        }
        if (first == null) {
            problem(refused.userMessage());
            return;
        }
        String detail = refused.detail();
        problem((detail == null || detail.isBlank() ? "Check the fields marked." : detail)
                + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
        ((Focusable<?>) first).focus();
    }
}
