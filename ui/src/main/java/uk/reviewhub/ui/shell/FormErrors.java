package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The error area of a form, placed beside its button: field checks before sending (each failed
 * field says what to enter, and the first takes the focus), and the backend's refusal in its own
 * words (e.g. a 409: "The case was changed by someone else since you read it: reload it and try
 * again."), with the fields it names marked on the fields that stand for them ({@link RequestFields})
 * among the components beside this line. Announced to screen readers.
 */
public final class FormErrors extends Paragraph {

    /** The fields the backend's last refusal marked, cleared with the line. */
    private final List<HasValidation> marked = new ArrayList<>();

    public FormErrors() {
        addClassName("rh-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Says {@code message} here; the first field of the form marked invalid takes the focus. */
    public void show(String message) {
        setText(message);
        setVisible(true);
        RequestFields.focusFirstInvalid(this);
    }

    public void clear() {
        setText("");
        setVisible(false);
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
    }

    /**
     * Checks a form bound with {@code binder} (made by {@link FormFeedback#binder()}) before anything
     * is sent: each field its bindings refuse is marked with the binding's words, and this line says
     * {@code summary}, the first marked field taking the focus. True when the form may be sent.
     */
    public boolean check(com.vaadin.flow.data.binder.Binder<?> binder, String summary) {
        clear();
        if (binder.validate().isOk()) {
            return true;
        }
        show(summary);
        return false;
    }

    /** Marks {@code field} invalid with {@code message} when it is empty; true when it has a value. */
    public static <F extends HasValue<?, ?> & HasValidation> boolean required(F field, String message) {
        boolean ok = !field.isEmpty();
        field.setErrorMessage(ok ? null : message);
        field.setInvalid(!ok);
        return ok;
    }

    /** Runs the backend call; shows its problem here instead of a notification. True when it succeeded. */
    public boolean attempt(Runnable call) {
        clear();
        try {
            call.run();
            return true;
        } catch (uk.reviewhub.ui.backend.BackendProblem problem) {
            if (problem.isUnauthorised()) {
                throw problem;
            }
            show(problem);
            return false;
        }
    }

    /** The fields the refusal names go on the fields standing for them; the rest is said here. */
    private void show(uk.reviewhub.ui.backend.BackendProblem problem) {
        List<String> unplaced = new ArrayList<>();
        for (uk.reviewhub.ui.backend.BackendProblem.FieldError error : problem.fieldErrors()) {
            Optional<Component> field = RequestFields.find(this, error.field());
            if (field.isEmpty()) {
                unplaced.add(error.message());
                continue;
            }
            HasValidation validated = (HasValidation) field.get();
            validated.setErrorMessage(error.message());
            validated.setInvalid(true);
            marked.add(validated);
        }
        if (marked.isEmpty()) {
            show(problem.userMessage());
            return;
        }
        String detail = problem.detail();
        show((detail == null || detail.isBlank() ? "Check the fields marked." : detail)
                + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
    }

    /** As {@link #attempt(Runnable)}, returning the call's value or null. */
    public <T> T attemptGet(Supplier<T> call) {
        Object[] result = new Object[1];
        return attempt(() -> {
            result[0] = call.get();
        }) ? cast(result[0]) : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
