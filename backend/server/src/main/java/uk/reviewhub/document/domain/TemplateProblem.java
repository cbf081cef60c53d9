package uk.reviewhub.document.domain;

/**
 * A template that does not compile, or that fails to render against its kind's sample data. The
 * message is written for the admin who edits the template: it names the line (and the column where
 * it is known) and never carries internal detail.
 */
public class TemplateProblem extends RuntimeException {

    private final Integer line;
    private final Integer column;

    public TemplateProblem(String message, Integer line, Integer column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    /** 1-based, or null if unknown. */
    public Integer line() {
        return line;
    }

    /** 1-based, or null if unknown. */
    public Integer column() {
        return column;
    }
}
