package uk.reviewhub.ui.e2e

import com.deque.html.axecore.playwright.AxeBuilder
import com.deque.html.axecore.results.AxeResults
import com.deque.html.axecore.results.Rule
import com.microsoft.playwright.Page
import com.microsoft.playwright.options.LoadState
import spock.lang.IgnoreIf
import spock.lang.Shared
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.meeting.MeetingsView
import uk.reviewhub.ui.meeting.SalfordMeetingBrowserSpec

import java.time.LocalDate

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) in Chromium over every view, as the people who
 * see it: each role signs in once and visits its routes. No view may have a critical or serious
 * violation; the figures by view and impact are printed for the record. Also checks the skip link
 * (the first stop of the keyboard, leading to the page's heading) and that a new page's heading
 * takes the focus.
 *
 * Not yet part of the default suite: its first run found failures still to be worked through (see
 * the branch's report), so it runs only with -Dreviewhub.axe=true until it is green.
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') || !Boolean.getBoolean('reviewhub.axe') })
class AccessibilityBrowserSpec extends BrowserSpec {

    static final List<String> TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

    /** view → impact → count, over the whole spec, printed at the end. */
    @Shared Map<String, Map<String, Integer>> figures = new TreeMap<>()

    def cleanupSpec() {
        println 'axe-core violations by view and impact (critical / serious / moderate / minor):'
        figures.each { view, counts ->
            println String.format('  %-40s %d / %d / %d / %d', view, counts.critical ?: 0, counts.serious ?: 0,
                    counts.moderate ?: 0, counts.minor ?: 0)
        }
    }

    def "the views of the review group's people have no critical or serious violation (chair, member)"() {
        given: 'a case and a meeting to open'
        def caseId = new CaseApi('chair@salford.demo').commissioned(CaseApi.uniqueReference('AXE')).id
        def api = new SalfordMeetingBrowserSpec.Api('chair@salford.demo')
        def meeting = api.extraMeeting('Accessibility check meeting', LocalDate.now(uk.reviewhub.ui.shell.Dates.LONDON).plusDays(30))
        api.close()
        Page page = browser.newPage()
        signIn(page, 'chair@salford.demo')

        expect:
        ['', 'dashboard', 'cases', 'cases/new', "cases/$caseId", 'cap', 'learning-themes', 'deadline-calculator',
         'meetings', "meeting/${meeting.id()}", 'meeting-actions', 'decisions', 'performance', 'chair-days',
         'membership', 'terms-of-reference'].collectMany { route -> seriousViolations(page, 'chair', route as String) } == []

        when:
        page.context().clearCookies()
        signIn(page, 'member@salford.demo')

        then:
        ['dashboard', "meeting/${meeting.id()}", 'cap'].collectMany { route -> seriousViolations(page, 'member', route as String) } == []

        cleanup:
        page?.close()
    }

    def "the admins' and platform views, and the sign-in page, have no critical or serious violation"() {
        given:
        Page page = browser.newPage()
        page.context().clearCookies()

        expect:
        seriousViolations(page, 'anonymous', 'sign-in') == []

        when:
        signIn(page, 'admin@salford.demo')

        then:
        ['', 'membership', 'terms-of-reference', 'templates', 'outbox', 'chair-days', 'performance', 'dashboard']
                .collectMany { route -> seriousViolations(page, 'admin', route) } == []

        when:
        page.context().clearCookies()
        signIn(page, 'national@reviewhub.demo')

        then:
        seriousViolations(page, 'national viewer', '') == []

        cleanup:
        page?.close()
    }

    def "the skip link is the first stop of the keyboard and leads to the page's heading, which a new page focuses"() {
        given:
        Page page = browser.newPage()
        page.context().clearCookies()
        signIn(page, 'chair@salford.demo')

        when: 'a new page is opened from the menu'
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName('Meetings').setExact(true)).click()
        assertThat(page.locator('h1')).hasText('Meetings')

        then: 'its heading has the focus'
        page.waitForFunction('document.activeElement && document.activeElement.tagName === "H1"')

        when: 'the page is loaded afresh and the keyboard used'
        page.navigate(ui.resolve('cases').toString())
        page.waitForLoadState(LoadState.NETWORKIDLE)
        page.evaluate('document.activeElement && document.activeElement.blur()')
        page.keyboard().press('Tab')

        then: 'the first stop is the skip link, shown'
        page.evaluate('document.activeElement.id') == 'skip-to-content'
        page.locator('#skip-to-content').isVisible()

        when:
        page.keyboard().press('Enter')

        then: "the page's heading has the focus, on the same page"
        page.waitForFunction('document.activeElement && document.activeElement.tagName === "H1"')
        page.url().contains('/cases')

        cleanup:
        page?.close()
    }

    /** Opens {@code route}, runs axe-core, records the figures, and answers the critical and serious violations. */
    private List<String> seriousViolations(Page page, String who, String route) {
        page.navigate(ui.resolve(route).toString())
        page.waitForLoadState(LoadState.NETWORKIDLE)
        assertThat(page.locator('h1').first()).isVisible()
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze()
        String view = "$who: /${route.replaceAll('[0-9a-f-]{36}', '{id}')}"
        Map<String, Integer> counts = figures.computeIfAbsent(view) { [:] }
        List<String> serious = []
        results.violations.each { Rule rule ->
            counts.merge(rule.impact ?: 'minor', rule.nodes.size(), Integer::sum)
            if (rule.impact in ['critical', 'serious']) {
                serious << "$view ${rule.id} (${rule.impact}): ${rule.nodes*.target.take(3)}".toString()
            }
        }
        serious.each { System.err.println 'axe: ' + it }
        serious
    }
}
