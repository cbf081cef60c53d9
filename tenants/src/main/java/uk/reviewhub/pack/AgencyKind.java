package uk.reviewhub.pack;

import java.util.Set;

public enum AgencyKind {
    LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, CAFCASS, HOUSING, PROBATION, YOUTH_JUSTICE, LEGAL,
    DISTRICT_COUNCIL, PARTNERSHIP_TEAM, OTHER;

    /** The kinds of the three statutory safeguarding partners. */
    public static final Set<AgencyKind> STATUTORY = Set.of(LOCAL_AUTHORITY, POLICE, HEALTH);
}
