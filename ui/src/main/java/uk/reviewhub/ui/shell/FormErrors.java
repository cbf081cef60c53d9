package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

import java.util.function.Supplier;

/**
 * The error area of a form: field checks before sending (each failed field says what to enter),
 * and the backend's refusal in its own words (e.g. a 409: "The case was changed by someone else
 * since you read it: reload it and try again."). Announced to screen readers.
 */
public final class FormErrors extends Paragraph {

    public FormErrors() {
        addClassName("rh-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(String message) {
        setText(message);
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
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
            show(problem.userMessage());
            return false;
        }
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
