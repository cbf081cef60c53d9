package uk.reviewhub.api.invitation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/** A partnership's invitations, for its admins: list, invite, resend (a new link; the old one dies), revoke. */
public interface InvitationsApi {

    @Get(ApiPaths.INVITATIONS)
    List<InvitationView> invitations();

    @Post(ApiPaths.INVITATIONS)
    InvitationView invite(@Body @Valid InvitationRequest request);

    @Post(ApiPaths.INVITATION_RESEND)
    InvitationView resend(@PathVariable UUID invitationId);

    @Post(ApiPaths.INVITATION_REVOKE)
    InvitationView revoke(@PathVariable UUID invitationId);
}
