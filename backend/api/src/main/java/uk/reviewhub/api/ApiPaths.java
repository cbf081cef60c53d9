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

    /** {@code GET} the current template of every kind (partnership admins). */
    public static final String TEMPLATES = "/api/templates";
    /** {@code GET} the current template of a kind; {@code PUT} a new version ({@code TemplateUpdate}). */
    public static final String TEMPLATE = "/api/templates/{kind}";
    /** {@code POST} a template text: rendered against sample data, not saved. */
    public static final String TEMPLATE_PREVIEW = "/api/templates/{kind}/preview";
    /** {@code GET} the sample data a template of the kind is checked against (the fields it may use). */
    public static final String TEMPLATE_SAMPLE = "/api/templates/{kind}/sample";
    /** {@code GET /api/documents/terms-of-reference/{groupId}.pdf} or {@code .docx}. */
    public static final String TERMS_OF_REFERENCE_DOCUMENT = "/api/documents/terms-of-reference/{file}";
    /** {@code GET} the partnership's sent and held messages, newest first (partnership admins). */
    public static final String OUTBOX = "/api/outbox";

    private ApiPaths() {
    }
}
