package uk.reviewhub.api.document;

/** The documents a partnership makes from its own templates. */
public enum TemplateKind {
    AGENDA,
    MINUTES,
    APOLOGY_FOLLOW_UP_LETTER,
    TERMS_OF_REFERENCE,
    /** A group's performance measures over a period, for the partnership's coordination group. */
    PERFORMANCE_REPORT
}
