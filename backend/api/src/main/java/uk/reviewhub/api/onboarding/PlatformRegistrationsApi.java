package uk.reviewhub.api.onboarding;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** Platform admins decide on requests for new partnerships. */
public interface PlatformRegistrationsApi {

    String REGISTRATIONS = "/api/platform/registrations";
    String APPROVAL = "/api/platform/registrations/{registrationId}/approve";
    String REJECTION = "/api/platform/registrations/{registrationId}/reject";

    /** Verified requests waiting for a decision first, then the decided ones, newest first. */
    @Get(REGISTRATIONS)
    List<RegistrationView> registrations();

    @Post(APPROVAL)
    RegistrationView approve(@PathVariable UUID registrationId);

    @Post(REJECTION)
    RegistrationView reject(@PathVariable UUID registrationId, @Body @Valid RejectionRequest request);
}
