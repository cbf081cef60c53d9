package uk.reviewhub.api.auth;

/** Role names as they appear in tokens and in {@code @Secured}. */
public final class Roles {
    public static final String PARTNERSHIP_ADMIN = "PARTNERSHIP_ADMIN";
    public static final String CHAIR = "CHAIR";
    public static final String VICE_CHAIR = "VICE_CHAIR";
    public static final String MEMBER = "MEMBER";
    public static final String BUSINESS_SUPPORT = "BUSINESS_SUPPORT";
    /** A Safeguarding and Reviewing Chair (independent reviewing officer): the children allocated to them. */
    public static final String SAFEGUARDING_CHAIR = "SAFEGUARDING_CHAIR";
    /** The Safeguarding Service Manager: allocates chairs, sees every child and caseload of the service. */
    public static final String SAFEGUARDING_MANAGER = "SAFEGUARDING_MANAGER";
    /** The safeguarding service's business support: schedules, invites, sends records; sees the service's children. */
    public static final String SAFEGUARDING_SUPPORT = "SAFEGUARDING_SUPPORT";
    /** An independent scrutineer: leads and works on pieces of scrutiny, observes frontline practice (where the pack turns scrutiny on). */
    public static final String SCRUTINEER = "SCRUTINEER";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String NATIONAL_VIEWER = "NATIONAL_VIEWER";

    private Roles() {
    }
}
