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
                    + "themes, the statutory clocks and the default templates. Add the rest as you go.");

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

    public static Optional<StartingPoint> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
