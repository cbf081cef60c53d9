package uk.reviewhub.security;

/** Names of the claims in the access token (beyond the registered {@code sub}, {@code iat}, {@code exp}). */
public final class TokenClaims {
    /** The partnership (tenant) id the token works in; absent for platform-only users. */
    public static final String TENANT = "tenant";
    /** Partnership roles in that tenant plus platform roles. */
    public static final String ROLES = "roles";
    public static final String NAME = "name";
    public static final String EMAIL = "email";

    private TokenClaims() {
    }
}
