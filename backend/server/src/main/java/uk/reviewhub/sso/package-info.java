/**
 * Single sign-on per partnership (issue 11 items 6 and 8): a partnership admin sets up OpenID
 * Connect with the partnership's Microsoft Entra ID tenant (the client secret sealed with
 * {@code SecretsKey}); people sign in through it by the authorization code flow with state, nonce
 * and PKCE, every setting read per sign-in (no restart); the sign-in page asks for the email first
 * and answers the way to sign in from its domain.
 */
package uk.reviewhub.sso;
