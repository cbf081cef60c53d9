package uk.reviewhub.ui.sso

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.api.auth.SignInRequest
import uk.reviewhub.api.auth.SignInResponse
import uk.reviewhub.api.invitation.InvitationRequest
import uk.reviewhub.api.vocabulary.PartnershipRole
import uk.reviewhub.api.sso.SignInMethodRequest
import uk.reviewhub.api.sso.SsoFinishRequest
import uk.reviewhub.api.sso.SsoSettingsRequest
import uk.reviewhub.api.sso.SsoSettingsView
import uk.reviewhub.api.sso.SsoStarted
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.OpenIdProviderFixture
import uk.reviewhub.ui.TestSystem

/**
 * A fresh partnership whose admin has set up single sign-on with its own Entra tenant (at the
 * in-process provider of {@link OpenIdProviderFixture}, the one the backend's SsoSpec uses), for the
 * UI's single sign-on specs. Set up through the backend's API, as the admin would.
 */
class SsoPartnership {

    final String slug
    final UUID tenant
    final String domain
    final String adminEmail
    final String entraTenant = UUID.randomUUID().toString()
    final String clientId = UUID.randomUUID().toString()

    SsoPartnership(String name) {
        // The provider runs from here on (the backend was only given its address).
        OpenIdProviderFixture.provider()
        String suffix = UUID.randomUUID().toString().substring(0, 8)
        slug = "${name}-${suffix}".toString()
        tenant = TestUsers.partnership(slug)
        domain = "${name}-${suffix}.gov.uk".toString()
        adminEmail = "ada.admin@${domain}".toString()
        TestUsers.member(TestUsers.user(email: adminEmail, name: 'Ada Admin'), tenant, [Roles.PARTNERSHIP_ADMIN])
        withHttp { http ->
            String token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(adminEmail, TestUsers.PASSWORD, slug)),
                    SignInResponse).accessToken()
            http.retrieve(HttpRequest.PUT(ApiPaths.SSO_SETTINGS, new SsoSettingsRequest(entraTenant, clientId, 'client-secret-42',
                    [domain], true, null)).bearerAuth(token), SsoSettingsView)
        }
    }

    /**
     * The provider will sign the next person in as {@code email}, in a token for this partnership's
     * Entra tenant or, given another's, for that one ({@code tid}), as SsoSpec's refusal does.
     */
    void providerSays(String email, String tokenTenant = entraTenant) {
        OpenIdProviderFixture.providerSays(email, entraTenant, clientId, [tid: tokenTenant])
    }

    /** Signs {@code email} in through the organisation over the API (no browser): the tokens. */
    SignInResponse signedInThroughOrganisation(String email) {
        withHttp { http ->
            String url = http.retrieve(HttpRequest.POST(ApiPaths.SSO_START, new SignInMethodRequest(email)), SsoStarted).authorizationUrl()
            providerSays(email)
            Map<String, String> back = OpenIdProviderFixture.query(OpenIdProviderFixture.visit(url))
            http.retrieve(HttpRequest.POST(ApiPaths.SSO_FINISH, new SsoFinishRequest(back.state, back.code)), SignInResponse)
        }
    }

    /** The admin (signed in with their password, while it is on) invites {@code email} as a member. */
    void invite(String email) {
        withHttp { http ->
            String token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(adminEmail, TestUsers.PASSWORD, slug)),
                    SignInResponse).accessToken()
            http.exchange(HttpRequest.POST(ApiPaths.INVITATIONS, new InvitationRequest(email, 'Ivy Invited', PartnershipRole.MEMBER, null))
                    .bearerAuth(token))
        }
    }

    /** The admin, signed in through the organisation, turns password sign-in off. */
    void passwordSignInOff() {
        String token = signedInThroughOrganisation(adminEmail).accessToken()
        withHttp { http ->
            SsoSettingsView now = http.retrieve(HttpRequest.GET(ApiPaths.SSO_SETTINGS).bearerAuth(token), SsoSettingsView)
            http.retrieve(HttpRequest.PUT(ApiPaths.SSO_SETTINGS, new SsoSettingsRequest(entraTenant, clientId, null, [domain], false,
                    now.version())).bearerAuth(token), SsoSettingsView)
        }
    }

    private static <T> T withHttp(Closure<T> work) {
        def client = HttpClient.create(TestSystem.instance.backend.URL)
        try {
            work(client.toBlocking())
        } finally {
            client.close()
        }
    }
}
