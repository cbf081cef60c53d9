package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which request field a form field stands for, so that the backend's refusal naming it (problem+json
 * {@code errors[].field}) is shown on it. The fields made from the contract say so themselves
 * ({@link Dates#picker(String, Class, String, java.time.Clock)}, {@link ContractLimits#limit}); others
 * are named with {@link #standsFor}. {@link FormErrors} and {@link FormFeedback} find a form's
 * fields among the components beside them.
 */
public final class RequestFields {

    private static final String KEY = "rh-request-field";

    private RequestFields() {
    }

    /** Names the request field {@code field} stands for. Returns the field. */
    public static <C extends Component> C standsFor(C field, String requestField) {
        ComponentUtil.setData(field, KEY, requestField);
        return field;
    }

    /** The request field {@code field} stands for, if it was named. */
    public static Optional<String> of(Component field) {
        return Optional.ofNullable((String) ComponentUtil.getData(field, KEY));
    }

    /** The form {@code line} answers for: its parent's descendants, in page order. */
    static Stream<Component> formOf(Component line) {
        return line.getParent().map(RequestFields::descendants).orElseGet(Stream::empty);
    }

    /** The visible field in the form that stands for {@code requestField}. */
    static Optional<Component> find(Component line, String requestField) {
        return formOf(line).filter(c -> c instanceof HasValidation && c instanceof Focusable<?> && c.isVisible())
                .filter(c -> of(c).filter(requestField::equals).isPresent()).findFirst();
    }

    /** Gives the focus to the first field of the form marked invalid; true when there was one. */
    static boolean focusFirstInvalid(Component line) {
        Optional<Component> first = formOf(line)
                .filter(c -> c instanceof HasValidation v && v.isInvalid() && c instanceof Focusable<?> && c.isVisible())
                .findFirst();
        first.ifPresent(field -> ((Focusable<?>) field).focus());
        return first.isPresent();
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
