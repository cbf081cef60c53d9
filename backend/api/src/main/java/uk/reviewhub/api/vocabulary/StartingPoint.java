package uk.reviewhub.api.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a new partnership starts from (self-service onboarding): the statutory minimum, or the shape
 * of one of the reference partnerships without its names or people. JSON carries {@link #code()}.
 */
public enum StartingPoint {
    STATUTORY_MINIMUM("statutory-minimum", "The statutory minimum",
            "The three statutory partners, one review group with starting terms of reference, the national learning "
                    + "themes, the statutory clocks and the default templates. Add the rest as you go."),
    NORFOLK("norfolk", "The shape of Norfolk's partnership",
            "Its agencies by kind, its Safeguarding Practice Review Group with its seats, terms of reference and the "
                    + "chair's days, and its clocks and scrutiny settings, without its names or people."),
    SOUTHAMPTON("southampton", "The shape of Southampton's partnership",
            "Its agencies by kind and its serious case review group with its seats and terms of reference, without its "
                    + "names or people."),
    SALFORD("salford", "The shape of Salford's partnership",
            "Its agencies by kind and its case review and audit group with its seats and terms of reference, without "
                    + "its names or people (the default templates, not Salford's own)."),
    TRI_BOROUGH("tri-borough", "The shape of the 3 Borough partnership",
            "Its agencies by kind, its safeguarding review service with its seats and terms of reference, and its "
                    + "clocks, without its names or people.");

    private final String code;
    private final String label;
    private final String description;

    StartingPoint(String code, String label, String description) {
        this.code = code;
        this.label = label;
        this.description = description;
    }

    /** As JSON carries it: {@code statutory-minimum}. */
    public String code() {
        return code;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }

    /** What the partnership gets, in a sentence or two. */
    public String description() {
        return description;
    }

    /** The reference partnership whose shape this starts from (its pack's slug), or null for the statutory minimum. */
    public String reference() {
        return this == STATUTORY_MINIMUM ? null : code;
    }

    public static Optional<StartingPoint> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
