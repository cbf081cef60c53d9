package uk.reviewhub.ui.e2e

import uk.reviewhub.ui.onboarding.OnboardingViewsSpec
import com.microsoft.playwright.Locator
import com.microsoft.playwright.Page
import com.microsoft.playwright.options.AriaRole
import spock.lang.IgnoreIf
import uk.reviewhub.ui.TestSystem

import java.time.LocalDate
import java.time.format.DateTimeFormatter

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * The registration-to-first-meeting journey of a new partnership in Chromium (issue 11): register
 * from the sign-in page, confirm through the mailed link (read from the platform's outbox), a
 * platform admin approves, the set-up link sets the partnership up from the statutory minimum with
 * a password, and the new admin follows the checklist to plan the first meeting. {@code steps}
 * counts what the requester does (each field filled, each click, each link opened). The platform
 * admin signs in on the way to the list (their landing page, the national figures, is not needed).
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') })
class OnboardingJourneyBrowserSpec extends BrowserSpec {

    int steps = 0

    /** One thing the requester does. */
    def step(Closure action) {
        steps++
        action()
    }

    /** The token of the newest link mailed to {@code email} with {@code route} (one home: the views spec). */
    static String linkToken(String email, String route) {
        OnboardingViewsSpec.linkToken(email, route)
    }

    def "from registration to the first planned meeting"() {
        given:
        String suffix = UUID.randomUUID().toString().substring(0, 8)
        String name = "Journey Town Safeguarding Partnership $suffix"
        String email = "journey-$suffix@example.org"
        Page page = browser.newPage()
        browser.clearCookies()
        page.navigate(ui.resolve('sign-in').toString())

        when: 'the requester registers from the sign-in page'
        step { page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Register your partnership')).click() }
        step { page.locator('#partnership-name input').fill(name) }
        step { page.locator('#local-authorities textarea').fill('Journey Town Council') }
        step { page.locator('#requester-name input').fill('Jo Urney') }
        step { page.locator('#email input').fill(email) }
        step { page.locator('#send-registration').click() }
        assertThat(page.locator('#register-feedback')).containsText('we have sent a link')

        and: 'follows the confirmation link from the email'
        step { page.navigate(ui.resolve('register/confirm?token=' + linkToken(email, 'register/confirm')).toString()) }
        assertThat(page.locator('#confirm-feedback')).containsText('your email address is confirmed')

        and: 'a platform admin approves the request'
        browser.clearCookies()
        page.navigate(ui.resolve('platform/registrations').toString())
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Email address')).fill('platform-admin@reviewhub.demo')
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Password')).fill(TestSystem.DEMO_PASSWORD)
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Sign in').setExact(true)).click()
        page.locator('vaadin-button').filter(new Locator.FilterOptions().setHasText("Approve $name")).click()
        assertThat(page.locator('#registrations-feedback')).containsText('emailed the set-up link')
        browser.clearCookies()

        and: 'the requester follows the set-up link, keeps the statutory minimum and chooses a password'
        step { page.navigate(ui.resolve('register/setup?token=' + linkToken(email, 'register/setup')).toString()) }
        step { page.locator('#password input').fill('journey heron kettle 31') }
        step { page.locator('#set-up').click() }

        then: 'they land on the checklist of their new partnership'
        assertThat(page.locator('h1')).hasText('Set-up checklist')
        assertThat(page.locator('#partnership-name')).containsText('Journey Town')
        assertThat(page.locator('#state-first-meeting')).hasText('Not done')

        when: 'they follow the checklist to plan the first meeting'
        step { page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Do this: Plan the first meeting')).click() }
        step { page.locator('#extra-title input').fill('First Case Review Group meeting') }
        step {
            page.locator('#extra-start vaadin-date-picker input').fill(LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern('dd/MM/yyyy')))
            page.locator('#extra-start vaadin-date-picker input').press('Enter')
        }
        step {
            page.locator('#extra-start vaadin-time-picker input').fill('10:00')
            page.locator('#extra-start vaadin-time-picker input').press('Enter')
        }
        step { page.locator('#extra-reason textarea').fill('Our first meeting') }
        step { page.locator('vaadin-button').filter(new Locator.FilterOptions().setHasText('Add extra meeting')).click() }
        assertThat(page.getByText('Extra meeting added: First Case Review Group meeting')).isVisible()
        page.navigate(ui.resolve('setup').toString())

        then: 'the checklist shows the meeting planned'
        assertThat(page.locator('#state-first-meeting')).hasText('Done')
        println "Onboarding journey: the requester took $steps steps from the sign-in page to a planned first meeting " +
                '(the platform admin 5: sign in with email, password and button, open the list, approve)'
        steps == 16

        cleanup:
        page?.close()
    }
}
