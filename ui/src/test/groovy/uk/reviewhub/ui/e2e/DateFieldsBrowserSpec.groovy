package uk.reviewhub.ui.e2e

import com.microsoft.playwright.Browser
import com.microsoft.playwright.BrowserContext
import com.microsoft.playwright.BrowserType
import com.microsoft.playwright.Locator
import com.microsoft.playwright.Page
import spock.lang.Shared
import uk.reviewhub.ui.CaseApi

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * UK dates typed into date fields (issue 13, item 1), in Chromium set to American English, the
 * browser language that read 01/10/2026 as 10 January: what the backend stores from the deadline
 * calculator's start and an extra meeting's start is 1 October.
 */
class DateFieldsBrowserSpec extends BrowserSpec {

    @Shared Browser chromium
    @Shared BrowserContext american

    def setupSpec() {
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(['--no-sandbox', '--disable-gpu', '--disable-background-networking',
                          '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-US']))
        american = chromium.newContext(new Browser.NewContextOptions().setLocale('en-US').setTimezoneId('America/New_York'))
        american.setDefaultTimeout(30_000)
    }

    def cleanupSpec() {
        american?.close()
        chromium?.close()
    }

    def "the deadline calculator counts from 1 October 2026 when 01/10/2026 is typed"() {
        given:
        Page page = american.newPage()
        american.clearCookies()
        signIn(page, 'support@salford.demo')
        page.navigate(ui.resolve('deadline-calculator').toString())

        when: 'one working day from Thursday 1 October 2026 (10 January 2026 was a Saturday: its answer would be Monday 12 January)'
        Locator start = page.locator('vaadin-date-picker input').first()
        start.fill('01/10/2026')
        start.press('Enter')
        page.locator('vaadin-integer-field input').first().fill('1')
        page.locator('vaadin-button').filter(new Locator.FilterOptions().setHasText('Calculate due date')).click()

        then:
        assertThat(page.locator('#due-date')).hasText('Due: Friday 02/10/2026')

        cleanup:
        page?.close()
    }

    def "an extra meeting typed to start 01/10/2027 10:00 is stored as 1 October 2027"() {
        given:
        Page page = american.newPage()
        american.clearCookies()
        signIn(page, 'support@salford.demo')
        page.navigate(ui.resolve('meetings').toString())
        String title = 'Date check ' + CaseApi.uniqueReference('M')

        when:
        page.locator('#extra-title input').fill(title)
        page.locator('#extra-start vaadin-date-picker input').fill('01/10/2027')
        page.locator('#extra-start vaadin-date-picker input').press('Enter')
        page.locator('#extra-start vaadin-time-picker input').fill('10:00')
        page.locator('#extra-start vaadin-time-picker input').press('Enter')
        page.locator('#extra-reason textarea').fill('Checking UK dates')
        page.locator('vaadin-button').filter(new Locator.FilterOptions().setHasText('Add extra meeting')).click()

        then: "the backend's answer, shown back, is 1 October 2027"
        assertThat(page.getByText("Extra meeting added: $title, Friday 01/10/2027, 10:00.")).isVisible()

        cleanup:
        page?.close()
    }

    def "a date typed and left with Tab is taken, as one left with Enter is (#field)"() {
        given:
        Page page = american.newPage()
        american.clearCookies()
        signIn(page, 'admin@salford.demo')
        page.navigate(ui.resolve('meetings').toString())

        when: 'a UK date is typed and the field left with the keyboard'
        Locator input = page.locator("${field} input").first()
        input.fill('')
        input.pressSequentially('05/01/2032')
        input.press('Tab')

        then: "the field's value is 5 January 2032, and the text stays as typed"
        page.waitForFunction("document.querySelector('${field}').value.startsWith('2032-01-05')")
        input.inputValue() == '05/01/2032'

        cleanup:
        page?.close()

        where:
        field << ['#series-start', '#series-until', '#extra-start vaadin-date-picker']
    }
}
