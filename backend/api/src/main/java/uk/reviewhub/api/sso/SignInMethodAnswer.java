package uk.reviewhub.api.sso;

import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.SignInMethod;

/**
 * How to sign in with an email: {@code ORGANISATION} when its domain belongs to a partnership using
 * single sign-on, {@code PASSWORD} otherwise. {@code passwordSignIn}: whether that partnership takes
 * a password too (false only where it signs in through its organisation alone). Even then a password
 * still opens the person's other partnerships that keep passwords on, and the token issued carries
 * one of those only, so a sign-in page offers the password for another partnership on request.
 * Answered from the domain alone, never from whether the email is known.
 */
@Serdeable
public record SignInMethodAnswer(SignInMethod method, boolean passwordSignIn) {
}
