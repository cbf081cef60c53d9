package uk.reviewhub.api.sso;

import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.SignInMethod;

/**
 * How to sign in with an email: {@code ORGANISATION} when its domain belongs to a partnership using
 * single sign-on, {@code PASSWORD} otherwise. {@code passwordSignIn}: whether a password is taken
 * too (false only where that partnership signs in through its organisation alone). Answered from
 * the domain alone, never from whether the email is known.
 */
@Serdeable
public record SignInMethodAnswer(SignInMethod method, boolean passwordSignIn) {
}
