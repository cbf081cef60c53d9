package uk.reviewhub.api.auth;

/** Role names as they appear in tokens and in {@code @Secured}. */
public final class Roles {
    public static final String PARTNERSHIP_ADMIN = "PARTNERSHIP_ADMIN";
    public static final String CHAIR = "CHAIR";
    public static final String VICE_CHAIR = "VICE_CHAIR";
    public static final String MEMBER = "MEMBER";
    public static final String BUSINESS_SUPPORT = "BUSINESS_SUPPORT";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String NATIONAL_VIEWER = "NATIONAL_VIEWER";

    private Roles() {
    }
}
