package uk.reviewhub.problem;

import java.util.List;
import java.util.Objects;

/**
 * One or more fields of the request are wrong (answered 400); each is named in API words (the
 * JSON property or query parameter, e.g. {@code endDate} or {@code deputy.to}) with a sentence.
 */
public final class InvalidFieldException extends ProblemException {

    /** A field at fault and why, in a sentence for the person who sent it. */
    public record FieldProblem(String field, String message) {
        public FieldProblem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<FieldProblem> fields;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidFieldException(List<FieldProblem> fields) {
        super(detail(fields));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("name at least one field");
        }
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    private static String detail(List<FieldProblem> fields) {
        return fields.size() == 1 ? fields.getFirst().message()
                : String.join(" ", fields.stream().map(FieldProblem::message).toList());
    }
}
