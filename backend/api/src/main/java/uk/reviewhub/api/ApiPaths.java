package uk.reviewhub.api;

/** The backend's HTTP paths, shared by its controllers and the UI's clients. */
public final class ApiPaths {
    public static final String SIGN_IN = "/api/auth/sign-in";
    public static final String REFRESH = "/api/auth/refresh";
    public static final String SIGN_OUT = "/api/auth/sign-out";
    public static final String ME = "/api/me";
    public static final String PARTNERSHIP = "/api/partnership";
    public static final String AGENCIES = "/api/agencies";
    public static final String GROUPS = "/api/groups";
    /** {@code /api/groups/{groupId}/members} */
    public static final String GROUP_MEMBERS = "/api/groups/{groupId}/members";
    /** {@code /api/groups/{groupId}/terms-of-reference} */
    public static final String GROUP_TERMS_OF_REFERENCE = "/api/groups/{groupId}/terms-of-reference";

    /** {@code GET /api/calendar/due?start=YYYY-MM-DD&workingDays=N} (N may be negative) or {@code &months=N}. */
    public static final String CALENDAR_DUE = "/api/calendar/due";

    private ApiPaths() {
    }
}
