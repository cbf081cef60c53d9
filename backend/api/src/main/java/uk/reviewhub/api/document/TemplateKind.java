package uk.reviewhub.api.document;

/** The documents a partnership makes from its own templates. */
public enum TemplateKind {
    AGENDA,
    MINUTES,
    APOLOGY_FOLLOW_UP_LETTER,
    TERMS_OF_REFERENCE
}
