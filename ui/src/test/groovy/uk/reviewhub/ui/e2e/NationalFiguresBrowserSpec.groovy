package uk.reviewhub.ui.e2e

import com.microsoft.playwright.Download
import com.microsoft.playwright.Locator
import com.microsoft.playwright.Page

import java.nio.file.Files

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * The national viewer in Chromium (issue 10): lands on England's figures, compares a partnership with
 * England, downloads the comparison as CSV, and finds no count from 1 to 5 revealed anywhere: small
 * counts are c, in the page and in the file.
 */
class NationalFiguresBrowserSpec extends BrowserSpec {

    static List<String> smallCounts(List<String> values) {
        values.collect { it.trim() }.findAll { it ==~ /[1-5]/ }
    }

    def "the national viewer opens England's figures and a comparison, downloads the CSV, and sees no small count"() {
        given:
        Page page = browser.newPage()
        page.context().clearCookies()

        when: 'the national viewer signs in and lands on England'
        signIn(page, 'national@reviewhub.demo')

        then:
        assertThat(page.locator('h1')).hasText('National figures: England')
        assertThat(page.locator('#national-caveat')).containsText('on its own a measure of a partnership')
        smallCounts(page.locator('table td').allInnerTexts()) == []

        when: 'Salford is compared with England'
        page.navigate(ui.resolve('national/compare').toString())
        page.locator('#national-area').click()
        page.locator('vaadin-select-item').filter(new Locator.FilterOptions().setHasText('Salford')).first().click()

        then:
        assertThat(page.locator('h2').filter(new Locator.FilterOptions().setHasText('Serious incident notifications')).first()).isVisible()
        assertThat(page.locator('main')).containsText('Salford Safeguarding Children Board')
        smallCounts(page.locator('table td').allInnerTexts()) == []

        when: 'the comparison is downloaded as CSV'
        Download download = page.waitForDownload { page.locator('#national-csv').click() }
        String csv = Files.readString(download.path())

        then: 'the file carries the caveat and the legend, and no count from 1 to 5'
        csv.contains('measure of a partnership')
        csv.contains('c = suppressed')
        smallCounts(csv.readLines().collectMany { it.split(',', -1).drop(1).collect { it.replace('"', '') } }) == []

        cleanup:
        page?.close()
    }
}
