package uk.reviewhub.ui.e2e

import com.microsoft.playwright.APIResponse
import com.microsoft.playwright.Page
import com.microsoft.playwright.Route
import com.microsoft.playwright.assertions.LocatorAssertions
import com.microsoft.playwright.options.AriaRole
import uk.reviewhub.testing.OpenIdProviderFixture
import uk.reviewhub.ui.sso.SsoPartnership

import java.util.function.Consumer
import java.util.function.Predicate
import java.util.regex.Pattern

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * Issue 11 item 6 end to end in Chromium: from the sign-in page through the partnership's OpenID
 * Connect provider (the in-process one the backend's SsoSpec uses) and back to the partnership.
 * The backend's redirect URI is its configured public address (http://localhost:8080 in tests),
 * while this UI runs on a random port: the provider's answer is passed on to this UI's callback
 * unchanged (code and state), as a proxy in front of the UI would.
 */
class SingleSignOnBrowserSpec extends BrowserSpec {

    /**
     * The way back loads a page whose server side talks to the provider three times (metadata, code,
     * keys) before it answers: on a loaded 2-core machine that took longer than the assertions' 5 s.
     */
    static final LocatorAssertions.ContainsTextOptions SLOW_ENOUGH = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000)

    private void providerAnswersToThisUi(Page page) {
        page.route({ String url -> url.startsWith(OpenIdProviderFixture.authority()) && url.contains('/authorize?') } as Predicate<String>,
                { Route route ->
                    APIResponse answer = route.fetch(new Route.FetchOptions().setMaxRedirects(0))
                    String query = URI.create(answer.headers().location).rawQuery
                    route.fulfill(new Route.FulfillOptions().setStatus(302)
                            .setHeaders([location: ui.resolve("sso/callback?${query}").toString()]))
                } as Consumer<Route>)
    }

    private void startFromSignInPage(Page page, String email) {
        page.context().clearCookies()
        page.navigate(ui.resolve('sign-in').toString())
        def field = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Email address'))
        field.fill(email)
        field.press('Tab')
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Sign in with your organisation')).click()
    }

    def "a person signs in through their organisation and lands in their partnership; another partnership's token is refused"() {
        given: 'two partnerships, each with its own Entra tenant'
        def partnership = new SsoPartnership('ssoe2e')
        def other = new SsoPartnership('ssoe2e-other')
        Page page = browser.newPage()
        providerAnswersToThisUi(page)

        when:
        partnership.providerSays(partnership.adminEmail)
        startFromSignInPage(page, partnership.adminEmail)

        then:
        assertThat(page.locator('#partnership-name')).containsText(partnership.slug.capitalize(), SLOW_ENOUGH)
        // The callback's address leaves the history a moment after the page shows: wait for it.
        assertThat(page).not().hasURL(Pattern.compile('.*code=.*'))

        when: "the provider answers with a token for the other partnership's Entra tenant"
        partnership.providerSays(partnership.adminEmail, other.entraTenant)
        startFromSignInPage(page, partnership.adminEmail)

        then:
        assertThat(page.locator('#sso-message')).containsText('not from the organisation this partnership signs in with', SLOW_ENOUGH)
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Back to the sign-in page'))).isVisible()
        page.locator('#partnership-name').count() == 0

        cleanup:
        page?.close()
    }
}
