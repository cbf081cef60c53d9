package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Size;

import java.lang.reflect.RecordComponent;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Text limits shown before typing, taken from the HTTP contract itself (the {@code @Size(max)} of a
 * request record's component in backend/api), so the form and the backend's refusal agree: the
 * field takes no more than the limit and says it ("Up to 2,000 characters.").
 */
public final class ContractLimits {

    private ContractLimits() {
    }

    /** The largest length {@code request}'s {@code component} accepts, if the contract sets one. */
    public static OptionalInt maxLength(Class<? extends Record> request, String component) {
        return Arrays.stream(request.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .map(ContractLimits::max).orElseThrow(() -> new IllegalArgumentException(
                        request.getSimpleName() + " has no component " + component));
    }

    /** Sets the field's maximum length from the contract and says it in the field's helper text. */
    public static TextField limit(TextField field, Class<? extends Record> request, String component) {
        apply(field, field::setMaxLength, request, component);
        return field;
    }

    /** As {@link #limit(TextField, Class, String)}, for a text area. */
    public static TextArea limit(TextArea field, Class<? extends Record> request, String component) {
        apply(field, field::setMaxLength, request, component);
        return field;
    }

    /** As {@link #limit(TextField, Class, String)}, for an email field. */
    public static EmailField limit(EmailField field, Class<? extends Record> request, String component) {
        apply(field, field::setMaxLength, request, component);
        return field;
    }

    /**
     * A list the contract limits ({@code @Size(max = n) List<@Size(max = m) String>}) typed one item a
     * line: the area takes at most n lines of m characters, and says both before typing. The backend
     * still refuses a longer line, naming the field.
     */
    public static TextArea limitLines(TextArea field, Class<? extends Record> request, String component) {
        RecordComponent list = Arrays.stream(request.getRecordComponents()).filter(c -> c.getName().equals(component))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(request.getSimpleName() + " has no component " + component));
        RequestFields.standsFor(field, component);
        OptionalInt items = max(list);
        OptionalInt each = list.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType type
                ? size(type.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class)) : OptionalInt.empty();
        if (items.isEmpty() || each.isEmpty()) {
            throw new IllegalArgumentException(request.getSimpleName() + "." + component + " is not a list whose size and items the contract limits");
        }
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        field.setMaxLength(items.getAsInt() * (each.getAsInt() + 1) - 1);
        String limit = "One a line: up to " + number.format(items.getAsInt()) + ", each up to " + number.format(each.getAsInt())
                + " characters.";
        String helper = field.getHelperText();
        field.setHelperText(helper == null || helper.isBlank() ? limit : helper + " " + limit);
        return field;
    }

    private static void apply(HasHelper field, IntConsumer setMaxLength, Class<? extends Record> request, String component) {
        RequestFields.standsFor((com.vaadin.flow.component.Component) field, component);
        maxLength(request, component).ifPresent(max -> {
            setMaxLength.accept(max);
            String limit = "Up to " + NumberFormat.getIntegerInstance(Locale.UK).format(max) + " characters.";
            String helper = field.getHelperText();
            field.setHelperText(helper == null || helper.isBlank() ? limit : helper + " " + limit);
        });
    }

    private static OptionalInt max(RecordComponent component) {
        Size size = component.getAnnotation(Size.class);
        if (size == null) {
            size = component.getAccessor().getAnnotation(Size.class);
        }
        if (size == null && component.getAnnotatedType() != null) {
            size = component.getAnnotatedType().getAnnotation(Size.class);
        }
        return size(size);
    }

    private static OptionalInt size(Size size) {
        return size == null || size.max() == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(size.max());
    }
}
