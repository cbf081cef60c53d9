package uk.reviewhub.ui.e2e

import com.microsoft.playwright.Locator
import com.microsoft.playwright.Page
import spock.lang.IgnoreIf
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.ui.invitation.InvitationViewsSpec

import java.sql.Connection
import java.util.regex.Pattern

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * An invitation in Chromium (issue 11): a partnership admin invites a person by email with a role
 * and one of the review group's open seats; the mail is read from the partnership's outbox; the
 * person opens the link, is told the seat, chooses a password and lands signed in to the
 * partnership, holding the seat; the same link opened again is refused.
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') })
class InvitationJourneyBrowserSpec extends BrowserSpec {

    /** The seat an invitation to {@code email} comes with, and who holds it now. */
    static Map seatOf(String email) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement('''select m.position_title, u.email as holder from invitation i
                                            join group_member m on m.tenant_id = i.tenant_id and m.id = i.group_member_id
                                            left join app_user u on u.id = m.user_id
                                           where i.email = ?''')
            s.setString(1, email)
            def rows = s.executeQuery()
            assert rows.next()
            [title: rows.getString(1), holder: rows.getString(2)]
        } finally {
            c.close()
        }
    }

    def "an admin invites a person with a role and a seat; the person accepts by the mailed link, lands in the partnership with the seat; the link works once"() {
        given:
        String email = TestUsers.uniqueEmail('journey-invitee')
        Page page = browser.newPage()
        browser.clearCookies()
        signIn(page, 'admin@salford.demo')

        when: 'the admin invites the person from the membership page, as a member, to an open seat'
        page.navigate(ui.resolve('membership').toString())
        page.locator('#invite-email input').fill(email)
        page.locator('#invite-name input').fill('Ines Invited')
        page.locator('#invite-seat').click()
        // the open list's options: the field's own display of its value is a vaadin-select-item too, without the option role
        page.locator('vaadin-select-item[role=option]:visible').filter(new Locator.FilterOptions().setHasNotText('No seat')).first().click()
        page.locator('#send-invitation').click()

        then:
        assertThat(page.locator('#invitation-feedback')).containsText("Invitation sent to $email.")
        String seat = seatOf(email).title
        seat != null
        seatOf(email).holder == null

        when: 'the person opens the link from the mail, signed out'
        String token = InvitationViewsSpec.linkTokenFor(email)
        browser.clearCookies()
        page.navigate(ui.resolve('invitation?token=' + token).toString())

        then: 'the invitation says the partnership, the role and the seat'
        assertThat(page.locator('h1')).hasText('Your invitation to Review Hub')
        assertThat(page.locator('main')).containsText('as Member')
        assertThat(page.locator('#invitation-seat')).containsText(seat)

        when: 'they choose a password and accept'
        page.locator('#invitation-password input').fill('lantern meadow copper 12')
        page.locator('#accept-invitation').click()

        then: 'signed in, working in the partnership, holding the seat'
        assertThat(page.locator('#partnership-name')).containsText('Salford')
        assertThat(page).not().hasURL(Pattern.compile('.*invitation.*'))
        seatOf(email).holder == email

        when: 'the link is opened again'
        browser.clearCookies()
        page.navigate(ui.resolve('invitation?token=' + token).toString())

        then: 'it is refused in plain words, with nothing to accept'
        assertThat(page.locator('#invitation-message')).containsText('This invitation has already been accepted: sign in instead.')
        assertThat(page.locator('#accept-invitation')).hasCount(0)

        cleanup:
        page?.close()
    }
}
