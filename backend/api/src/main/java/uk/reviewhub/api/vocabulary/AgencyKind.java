package uk.reviewhub.api.vocabulary;

import java.util.Set;

/** What kind of organisation a member agency is. The three statutory safeguarding partners are {@link #STATUTORY}. */
public enum AgencyKind {
    LOCAL_AUTHORITY("Local authority"),
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    CAFCASS("Cafcass"),
    HOUSING("Housing"),
    PROBATION("Probation"),
    YOUTH_JUSTICE("Youth justice"),
    LEGAL("Legal"),
    DISTRICT_COUNCIL("District council"),
    PARTNERSHIP_TEAM("Partnership team"),
    OTHER("Other");

    /** The kinds of the three statutory safeguarding partners. */
    public static final Set<AgencyKind> STATUTORY = Set.of(LOCAL_AUTHORITY, POLICE, HEALTH);

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    /** In words, as a label: "Local authority". */
    public String label() {
        return label;
    }
}
