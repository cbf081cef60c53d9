package uk.reviewhub.ui.invitation

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.EmailField
import com.vaadin.flow.component.textfield.PasswordField
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.router.QueryParameters
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.SignInRequest
import uk.reviewhub.api.auth.SignInResponse
import uk.reviewhub.api.invitation.InvitationRequest
import uk.reviewhub.api.vocabulary.PartnershipRole
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.backend.SessionCredentials
import uk.reviewhub.ui.membership.MembershipView

import java.sql.Connection

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** The invitations panel on the membership page (admins) and the public page an invitation links to. */
class InvitationViewsSpec extends ViewSpec {

    private static void inviteThroughThePanel(String email, String name) {
        signInAs('admin@salford.demo')
        UI.current.navigate(MembershipView)
        userEnters(_get(EmailField) { it.withId('invite-email') }, email)
        userEnters(_get(TextField) { it.withId('invite-name') }, name)
        _click(_get(Button) { it.withId('send-invitation') })
    }

    /** Invites {@code email} as Salford's demo admin through the API, and answers the link's token. */
    static String invitationToken(String email) {
        def http = HttpClient.create(TestSystem.instance.backend.URL).toBlocking()
        try {
            String token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN,
                    new SignInRequest('admin@salford.demo', TestSystem.DEMO_PASSWORD, null)), SignInResponse).accessToken()
            http.exchange(HttpRequest.POST(ApiPaths.INVITATIONS,
                    new InvitationRequest(email, 'Axe Invitee', PartnershipRole.MEMBER, null)).bearerAuth(token))
            linkTokenFor(email)
        } finally {
            http.close()
        }
    }

    /** The token in the newest mail to {@code email}, from the development outbox. */
    static String linkTokenFor(String email) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            def statement = c.prepareStatement(
                    'select body_text from outbox_message where ? = any(recipients) order by created_at desc limit 1')
            statement.setString(1, email)
            def rows = statement.executeQuery()
            assert rows.next()
            def matcher = rows.getString(1) =~ /invitation\?token=([A-Za-z0-9_-]{43})/
            assert matcher.find()
            matcher.group(1)
        } finally {
            c.close()
        }
    }

    private static String panelText() {
        textOf(_get(InvitationsPanel))
    }

    def "an admin invites a person from the membership page, sees the invitation waiting, and revokes it"() {
        given:
        String email = TestUsers.uniqueEmail('panel')

        when:
        inviteThroughThePanel(email, 'Sam Okafor')

        then:
        textOf(_get(Paragraph) { it.withId('invitation-feedback') }) == "Invitation sent to ${email}."
        panelText().contains('Sam Okafor')
        panelText().contains('Waiting for an answer')

        when:
        _click(_find(Button) { it.withText('Revoke') }.find { it.element.getAttribute('aria-label') == 'Revoke: invitation to Sam Okafor' })

        then:
        textOf(_get(Paragraph) { it.withId('invitation-feedback') }) == "The invitation to ${email} was revoked."
    }

    def "an admin may invite a person to one of the review group's open seats, which the invitation then carries"() {
        given:
        String email = TestUsers.uniqueEmail('seat')
        signInAs('admin@salford.demo')
        UI.current.navigate(MembershipView)
        Select seat = _get(Select) { it.withId('invite-seat') }
        def open = seat.listDataView.items.find { it != null }

        expect: 'only current seats with nobody linked are offered'
        seat.visible
        seat.listDataView.items.findAll { it != null }.every { it.current() && it.userId() == null }

        when:
        userEnters(_get(EmailField) { it.withId('invite-email') }, email)
        userEnters(_get(TextField) { it.withId('invite-name') }, 'Sid Seated')
        userEnters(seat, open)
        _click(_get(Button) { it.withId('send-invitation') })

        then:
        textOf(_get(Paragraph) { it.withId('invitation-feedback') }) == "Invitation sent to ${email}."
        seatOfInvitation(email) == open.id()
    }

    private static UUID seatOfInvitation(String email) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            def statement = c.prepareStatement('select group_member_id from invitation where email = ?')
            statement.setString(1, email)
            def rows = statement.executeQuery()
            assert rows.next()
            rows.getObject(1, UUID)
        } finally {
            c.close()
        }
    }

    def "a name of spaces only is refused at the field before anything is sent"() {
        when:
        inviteThroughThePanel(TestUsers.uniqueEmail('spaces'), '   ')

        then:
        _get(TextField) { it.withId('invite-name') }.invalid
        !panelText().contains('spaces-')
    }

    def "a new person opens the link, chooses a password and lands signed in to the partnership"() {
        given:
        String email = TestUsers.uniqueEmail('newcomer')
        inviteThroughThePanel(email, 'Nia Newcomer')
        String token = linkTokenFor(email)
        _click(_get(Button) { it.withText('Sign out') })

        when:
        UI.current.navigate(AcceptInvitationView, QueryParameters.of('token', token))

        then:
        currentView() instanceof AcceptInvitationView
        textOf(currentView()).contains('Nia Newcomer')
        textOf(currentView()).contains('as Member')

        when: 'a weak password is refused at its field'
        userEnters(_get(PasswordField) { it.withId('invitation-password') }, 'password')
        _click(_get(Button) { it.withId('accept-invitation') })

        then:
        _get(PasswordField) { it.withId('invitation-password') }.invalid
        !SessionCredentials.isSignedIn()

        when:
        userEnters(_get(PasswordField) { it.withId('invitation-password') }, 'lantern meadow copper')
        _click(_get(Button) { it.withId('accept-invitation') })

        then:
        SessionCredentials.isSignedIn()
        SessionCredentials.currentUser().email() == email
        SessionCredentials.currentUser().partnership().slug() == 'salford'
        SessionCredentials.currentUser().roles() == ['MEMBER']
    }

    def "a link that does not work says so plainly"() {
        when:
        UI.current.navigate(AcceptInvitationView, QueryParameters.of('token', 'not-a-real-token'))

        then:
        textOf(_get(Paragraph) { it.withId('invitation-message') }).startsWith('Problem: This invitation link is not valid.')
        _find(Button) { it.withId('accept-invitation') }.empty
    }
}
