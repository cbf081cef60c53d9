package uk.reviewhub.api.onboarding;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.SignInResponse;

/**
 * Self-service onboarding, the public half: register a partnership, confirm the email, and set it
 * up from the set-up link. Every answer is the same whether a partnership or email is known.
 */
public interface OnboardingApi {

    String REGISTRATIONS = "/api/registrations";
    /** {@code POST} the token of the email's confirmation link. */
    String VERIFICATION = "/api/registrations/verification";
    /** {@code POST} the token of a set-up link: what it offers. */
    String SETUP_OFFER = "/api/registrations/setup-offer";
    /** {@code POST}: set the partnership up and sign its first admin in. */
    String SETUP = "/api/registrations/setup";

    @Post(REGISTRATIONS)
    RegistrationAccepted register(@Body @Valid RegistrationRequest request);

    @Post(VERIFICATION)
    RegistrationAccepted verify(@Body @Valid LinkToken link);

    @Post(SETUP_OFFER)
    SetupOffer setupOffer(@Body @Valid LinkToken link);

    @Post(SETUP)
    SignInResponse setup(@Body @Valid SetupRequest request);
}
