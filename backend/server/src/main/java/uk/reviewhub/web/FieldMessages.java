package uk.reviewhub.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The one catalogue of field messages for bean-validation refusals: plain English naming the
 * field ("Title must be at most 5,000 characters", "The request needs a body"), never a
 * validator's own text ("size must be between 0 and 5000", "must not be null"). A constraint not
 * listed here keeps its annotation's message, prefixed with the field's name.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    static String sentence(String field, ConstraintViolation<?> violation, boolean wholeBody) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        String constraint = descriptor == null ? "" : descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> a = descriptor == null ? Map.of() : descriptor.getAttributes();
        if (wholeBody && (constraint.equals("NotNull") || constraint.equals("NotBlank"))) {
            return "The request needs a body.";
        }
        String name = label(field);
        Object value = violation.getInvalidValue();
        boolean many = value instanceof Collection<?> || value instanceof Map<?, ?> || (value != null && value.getClass().isArray());
        String unit = many ? " items" : " characters";
        return switch (constraint) {
            case "NotNull" -> name + " is required.";
            case "NotBlank" -> name + " is required: give some text.";
            case "NotEmpty" -> name + " is required: give at least one.";
            case "Size" -> {
                long min = number(a.get("min"));
                long max = number(a.get("max"));
                if (min <= 0) {
                    yield name + " must be at most " + grouped(max) + (max == 1 && !many ? " character" : unit) + ".";
                }
                if (max >= Integer.MAX_VALUE) {
                    yield name + " must be at least " + grouped(min) + unit + ".";
                }
                yield name + " must be " + grouped(min) + " to " + grouped(max) + unit + ".";
            }
            case "Min", "DecimalMin" -> name + " must be at least " + a.get("value") + ".";
            case "Max", "DecimalMax" -> name + " must be at most " + a.get("value") + ".";
            case "Positive" -> name + " must be 1 or more.";
            case "PositiveOrZero" -> name + " must be 0 or more.";
            case "Negative", "NegativeOrZero" -> name + " must be below 0.";
            case "Email" -> name + " must be an email address, such as name@example.org.";
            case "Pattern" -> name + " is not in the expected form.";
            case "Past", "PastOrPresent" -> name + " cannot be a day still to come.";
            case "Future", "FutureOrPresent" -> name + " must be a day still to come.";
            case "Digits" -> name + " has too many digits.";
            case "DateWindow" -> name + " " + violation.getMessage() + ".";
            default -> name + ": " + violation.getMessage() + ".";
        };
    }

    /** Abbreviations in field names, as people write them. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "la", "local authority", "cp", "child protection", "iro", "IRO", "rag", "RAG", "id", "ID",
            "ids", "IDs", "url", "URL", "lcspr", "LCSPR", "sin", "serious incident notification");

    /**
     * {@code laCaseReference} reads "Local authority case reference"; {@code deputy.to} reads "Deputy to";
     * {@code links[2]} "Links 3"; {@code agencyId} "Agency ID".
     */
    static String label(String field) {
        if (field == null || field.isBlank()) {
            return "This value";
        }
        StringBuilder words = new StringBuilder();
        String last = field;
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        String plain = index.replaceAll(m -> " " + (Integer.parseInt(m.group(1)) + 1));
        for (char c : plain.replace('.', ' ').toCharArray()) {
            if (Character.isUpperCase(c) && !words.isEmpty() && words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        StringBuilder expanded = new StringBuilder();
        for (String word : words.toString().trim().split(" ")) {
            expanded.append(expanded.isEmpty() ? "" : " ").append(ABBREVIATIONS.getOrDefault(word, word));
        }
        String text = expanded.toString().trim();
        return text.isEmpty() ? last : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static String grouped(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }
}
