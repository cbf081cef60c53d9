package uk.reviewhub.api.document;

/** The documents a partnership makes from its own templates. */
public enum TemplateKind {
    AGENDA,
    MINUTES,
    APOLOGY_FOLLOW_UP_LETTER,
    TERMS_OF_REFERENCE,
    /** A group's performance measures over a period, for the partnership's coordination group. */
    PERFORMANCE_REPORT,
    /** The decision letter of a child protection conference or looked-after review (the safeguarding service). */
    CP_DECISION_LETTER,
    /** The full record of a child protection conference or looked-after review (the safeguarding service). */
    CP_FULL_RECORD,
    /** A piece of scrutiny's report to the statutory partners and the Partnership Group, with the themes across its observations as a chart. */
    SCRUTINY_REPORT,
    /** The annual summary of independent scrutiny in a financial year. */
    SCRUTINY_ANNUAL_SUMMARY
}
