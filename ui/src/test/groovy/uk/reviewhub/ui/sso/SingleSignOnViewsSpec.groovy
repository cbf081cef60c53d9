package uk.reviewhub.ui.sso

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.H2
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.sidenav.SideNavItem
import com.vaadin.flow.component.textfield.EmailField
import com.vaadin.flow.component.textfield.PasswordField
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.router.QueryParameters
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.sso.SignInMethodRequest
import uk.reviewhub.api.sso.SsoStarted
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.OpenIdProviderFixture
import uk.reviewhub.ui.invitation.InvitationViewsSpec
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.backend.SessionCredentials
import uk.reviewhub.ui.identity.SignInView
import uk.reviewhub.ui.identity.SsoCallbackView
import uk.reviewhub.ui.shell.NotAllowedView
import uk.reviewhub.ui.shell.SwitchPartnershipView

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** Issue 11 items 6 and 8 in the UI: the sign-in page's two ways, the provider's way back, the admins' settings, the switch refused. */
class SingleSignOnViewsSpec extends ViewSpec {

    private static Button organisationButton() {
        _get(Button) { it.withId('sign-in-organisation') }
    }

    private static void enterEmail(String email) {
        UI.current.navigate('sign-in')
        userEnters(_get(EmailField) { it.withLabel('Email address') }, email)
    }

    /** A sign-in through the organisation started at the backend and answered by the provider: the way back's query. */
    private static Map<String, String> providerAnswered(SsoPartnership partnership, String email, String issuingTenant = partnership.entraTenant) {
        def client = HttpClient.create(system.backend.URL)
        try {
            String url = client.toBlocking().retrieve(HttpRequest.POST(ApiPaths.SSO_START, new SignInMethodRequest(email)), SsoStarted)
                    .authorizationUrl()
            partnership.providerSays(email, issuingTenant)
            OpenIdProviderFixture.query(OpenIdProviderFixture.visit(url))
        } finally {
            client.close()
        }
    }

    private static String calledBack(Map<String, String> answer) {
        UI.current.navigate(SsoCallbackView.PATH, QueryParameters.simple(answer))
        _find(Paragraph) { it.withId('sso-message') }*.text.join('')
    }

    def "the sign-in page offers the organisation where the email's partnership uses single sign-on, and the password form otherwise"() {
        given:
        def partnership = new SsoPartnership('ssoui-offer')

        when:
        enterEmail("someone@${partnership.domain}".toString())

        then: 'both ways, since password sign-in stays on there'
        organisationButton().visible
        organisationButton().text == 'Sign in with your organisation'
        _get(Paragraph) { it.withId('organisation-note') }.element.getAttribute('role') == 'status'
        _get(PasswordField) { it.withLabel('Password') }.visible
        _get(H2) { it.withText('Or sign in with your password') }.visible

        when: 'an email of a partnership without single sign-on'
        userEnters(_get(EmailField) { it.withLabel('Email address') }, 'chair@salford.demo')

        then: '(Karibu finds only what is shown)'
        _find(Button) { it.withId('sign-in-organisation') }.empty
        _get(PasswordField) { it.withLabel('Password') }.visible
        _find(H2) { it.withText('Or sign in with your password') }.empty
    }

    def "where password sign-in is off only the organisation is offered, and it sends the browser to the partnership's provider"() {
        given:
        def partnership = new SsoPartnership('ssoui-only')
        partnership.passwordSignInOff()

        when:
        enterEmail("someone@${partnership.domain}".toString())

        then:
        organisationButton().visible
        _find(PasswordField) { it.withLabel('Password') }.empty

        when:
        _click(organisationButton())

        then: "the browser is sent to the provider's authorization endpoint for the partnership's Entra tenant"
        def sent = UI.current.internals.dumpPendingJavaScriptInvocations()*.invocation*.parameters.flatten()*.toString()
        sent.any { it.startsWith("${OpenIdProviderFixture.authority()}/${partnership.entraTenant}/v2.0/authorize?".toString()) }
        !SessionCredentials.isSignedIn()
    }

    def "where password sign-in is off, a password is one click away for another partnership, and opens only that one"() {
        given: 'a person of the domain who holds a role only in Salford, which keeps passwords on'
        def partnership = new SsoPartnership('ssoui-elsewhere')
        partnership.passwordSignInOff()
        String email = "pat.elsewhere-${UUID.randomUUID().toString().substring(0, 8)}@${partnership.domain}".toString()
        UUID person = TestUsers.user(email: email, name: 'Pat Elsewhere')
        TestUsers.member(person, TestUsers.partnership('salford'), ['MEMBER'])

        when:
        enterEmail(email)

        then: 'the organisation first; the password form is not shown until asked for'
        organisationButton().visible
        _find(PasswordField) { it.withLabel('Password') }.empty
        _get(Paragraph) { it.withId('organisation-note') }.text.contains('if you also belong to a partnership that does')

        when:
        _click(_get(Button) { it.withId('sign-in-password-instead') })

        then:
        _get(H2) { it.withText('Or sign in with your password to another partnership') }.visible
        _find(Button) { it.withId('sign-in-password-instead') }.empty

        when:
        userEnters(_get(PasswordField) { it.withLabel('Password') }, TestUsers.PASSWORD)
        _click(_get(Button) { it.withText('Sign in') })

        then: 'signed in with the password, working in the partnership that takes one'
        SessionCredentials.isSignedIn()
        SessionCredentials.currentUser().partnership().slug() == 'salford'
    }

    def "an invitation into a partnership that signs in only through its organisation is accepted by signing in with it"() {
        given:
        def partnership = new SsoPartnership('ssoui-invite')
        String invitee = "ivy.invited@${partnership.domain}".toString()
        partnership.invite(invitee)
        partnership.passwordSignInOff()

        when:
        UI.current.navigate('invitation', QueryParameters.of('token', InvitationViewsSpec.linkTokenFor(invitee)))

        then: 'the organisation is offered, no password to choose'
        _get(Button) { it.withId('invitation-sign-in-organisation') }.visible
        _find(PasswordField).empty

        when:
        _click(_get(Button) { it.withId('invitation-sign-in-organisation') })

        then: "the browser goes to the partnership's provider"
        UI.current.internals.dumpPendingJavaScriptInvocations()*.invocation*.parameters.flatten()*.toString()
                .any { it.startsWith("${OpenIdProviderFixture.authority()}/${partnership.entraTenant}/v2.0/authorize?".toString()) }

        when: 'the provider vouches for the invited email and sends the browser back'
        calledBack(providerAnswered(partnership, invitee))

        then: 'signed in, with the invited role'
        SessionCredentials.currentUser().partnership().slug() == partnership.slug
        SessionCredentials.currentUser().roles() == ['MEMBER']
    }

    def "the way back from the provider signs the person in to their partnership; the same answer again is refused with the way back"() {
        given:
        def partnership = new SsoPartnership('ssoui-back')
        def answer = providerAnswered(partnership, partnership.adminEmail)

        when:
        calledBack(answer)

        then:
        SessionCredentials.isSignedIn()
        SessionCredentials.currentUser().partnership().slug() == partnership.slug
        !(currentView() instanceof SsoCallbackView)

        when:
        UI.current.internals.session.setAttribute(SessionCredentials, null)
        String message = calledBack(answer)

        then:
        message.startsWith('Sign-in failed: ')
        message.contains('already been used or has expired')
        _get(Anchor) { it.withId('back-to-sign-in') }.href == 'sign-in'
        !SessionCredentials.isSignedIn()
    }

    def "a way back Review Hub did not start, or with a token from another partnership's provider, is refused in plain words"() {
        given:
        def partnership = new SsoPartnership('ssoui-refused')
        def other = new SsoPartnership('ssoui-other')

        expect:
        calledBack([state: 'x' * 43, code: 'made-up']).contains('not one Review Hub started')
        calledBack([:]).contains('did not come from there')
        calledBack([error: 'access_denied', error_description: 'The user cancelled']).contains('The user cancelled')

        when: "the provider answers this partnership's sign-in with a token for the other partnership's Entra tenant"
        String message = calledBack(providerAnswered(partnership, partnership.adminEmail, other.entraTenant))

        then:
        message.contains('not from the organisation this partnership signs in with')
        !SessionCredentials.isSignedIn()
    }

    def "an admin sees the settings with the redirect URI to register; bad input is marked at the field; a good change is saved"() {
        given:
        def partnership = new SsoPartnership('ssoui-settings')
        signInAs(partnership.adminEmail, TestUsers.PASSWORD)

        expect: 'the menu offers the page to admins'
        _find(SideNavItem)*.label.contains('Single sign-on')

        when:
        UI.current.navigate(SingleSignOnView)
        def tenantId = _get(TextField) { it.withId('entra-tenant-id') }
        def domains = _get(TextArea) { it.withId('allowed-domains') }

        then: 'the stored settings, never the secret'
        tenantId.value == partnership.entraTenant
        domains.value == partnership.domain
        _get(PasswordField) { it.withId('client-secret') }.value == ''
        _get(PasswordField) { it.withId('client-secret') }.helperText.contains('A secret is stored')
        _get(TextField) { it.withId('redirect-uri') }.value.endsWith('/sso/callback')
        _get(TextField) { it.withId('redirect-uri') }.readOnly

        when:
        userEnters(tenantId, 'not-a-guid')
        userEnters(domains, "${partnership.domain}\nnot a domain".toString())
        _click(_get(Button) { it.withId('save-sso') })

        then:
        tenantId.invalid
        tenantId.errorMessage.contains('GUID')
        domains.invalid
        domains.errorMessage.contains('norfolk.gov.uk')

        when:
        userEnters(tenantId, partnership.entraTenant)
        userEnters(domains, "${partnership.domain}\nsecond-${partnership.domain}".toString())
        _click(_get(Button) { it.withId('save-sso') })

        then:
        !tenantId.invalid
        _get(Paragraph) { it.withId('sso-feedback') }.text == 'Single sign-on settings saved.'
        domains.value.split('\n') as Set == [partnership.domain, "second-${partnership.domain}".toString()] as Set
    }

    def "a person who is not an admin is not shown the settings"() {
        given:
        signInAs('chair@salford.demo')

        expect:
        !_find(SideNavItem)*.label.contains('Single sign-on')

        when:
        UI.current.navigate(SingleSignOnView)

        then:
        currentView() instanceof NotAllowedView
    }

    def "switching from a password session into a partnership that signs in only through its organisation is refused with the reason"() {
        given: 'a person in Salford (password) and in a partnership whose password sign-in is off'
        def partnership = new SsoPartnership('ssoui-switch')
        partnership.passwordSignInOff()
        String email = TestUsers.uniqueEmail('two-ways')
        UUID person = TestUsers.user(email: email, name: 'Sam Two-Ways')
        TestUsers.member(person, TestUsers.partnership('salford'), ['MEMBER'])
        TestUsers.member(person, partnership.tenant, ['MEMBER'])
        signInAs(email, TestUsers.PASSWORD)
        _click(_get(Button) { it.withText('Continue') })
        String name = SessionCredentials.currentUser().partnerships().find { it.id() == partnership.tenant }.name()

        when:
        UI.current.navigate(SwitchPartnershipView)
        _click(_get(Button) { it.withText("Work in ${name}".toString()) })

        then:
        def message = _get(Paragraph) { it.withId('switch-message') }
        message.visible
        message.text.contains('signs in only through its organisation')
        message.text.contains('Sign in with your organisation')
        SessionCredentials.currentUser().partnership().slug() == 'salford'
    }
}
