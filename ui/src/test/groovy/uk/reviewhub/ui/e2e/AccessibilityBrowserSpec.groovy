package uk.reviewhub.ui.e2e

import uk.reviewhub.identity.TestUsers
import uk.reviewhub.ui.invitation.InvitationViewsSpec
import com.deque.html.axecore.playwright.AxeBuilder
import com.microsoft.playwright.Page
import spock.lang.Shared
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.meeting.MeetingsView
import uk.reviewhub.ui.meeting.SalfordMeetingBrowserSpec
import uk.reviewhub.ui.safeguarding.SafeguardingData
import uk.reviewhub.api.vocabulary.ConferenceKind
import uk.reviewhub.api.vocabulary.EpisodeKind
import uk.reviewhub.ui.scrutiny.ScrutinyData

import java.time.LocalDate

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) in Chromium over every view, as the people who
 * see it: each role signs in once and visits its routes (each view once as the person with the most
 * on it, and again for a role whose page differs, listed in the test). No view may have a critical or serious violation; the figures by
 * view and impact are printed for the record. Also checks the skip link (the first stop of the
 * keyboard, leading to the page's heading) and that a new page's heading takes the focus.
 *
 * Part of the default suite, as every browser spec (skipped only with -Dreviewhub.e2e.skip=true).
 */
class AccessibilityBrowserSpec extends BrowserSpec {

    static final List<String> TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

    /** axe-core's script, as the deque library for Playwright ships it. */
    static final String AXE_SCRIPT = AxeBuilder.axeScript

    /** view → impact → count, over the whole spec, printed at the end. */
    @Shared Map<String, Map<String, Integer>> figures = new TreeMap<>()

    def cleanupSpec() {
        println 'axe-core violations by view and impact (critical / serious / moderate / minor), and milliseconds to load and to check:'
        figures.each { view, counts ->
            println String.format('  %-40s %d / %d / %d / %d   %5d ms %5d ms', view, counts.critical ?: 0, counts.serious ?: 0,
                    counts.moderate ?: 0, counts.minor ?: 0, counts.loadMs ?: 0, counts.axeMs ?: 0)
        }
        println "  ${figures.size()} views; ${figures.values().sum { it.loadMs ?: 0 }} ms loading, ${figures.values().sum { it.axeMs ?: 0 }} ms checking"
    }

    def "every view, as each role sees it, has no critical or serious violation"() {
        given: 'a case and a meeting with minutes to open'
        def caseId = new CaseApi('chair@salford.demo').commissioned(CaseApi.uniqueReference('AXE')).id
        def api = new SalfordMeetingBrowserSpec.Api('chair@salford.demo')
        def meeting = api.extraMeeting('Accessibility check meeting', LocalDate.now(uk.reviewhub.ui.shell.Dates.LONDON).plusDays(30))
        api.close()
        String m = "meeting/${meeting.id()}"
        def (String child, String conference) = safeguardingRoutes()
        String allegation = "safeguarding/lado?allegation=${new SafeguardingData(SafeguardingData.MANAGER).allegation().id()}"
        String issue = "safeguarding/issues?issue=${new SafeguardingData(SafeguardingData.CHAIR).issue(UUID.fromString(child.tokenize('/').last()), 'Care plan review delayed').id()}"
        String scrutinyPiece = "scrutiny/pieces/${ScrutinyData.piece('scrutineer@norfolk.demo').id()}"
        // Each view once, as the person who has the most on it; another role's visit only where that
        // role's page carries controls or content of its own (a member's read-only case and meeting,
        // business support's agenda and outbox, the admin's management pages, each tri-borough role's
        // child and conference pages). A view new to the product is added where its owner sees it.
        Map<String, List<String>> routes = [
                'chair@salford.demo'           : ['', 'dashboard', 'cases', 'cases/new', "cases/$caseId", 'cap', 'learning-themes',
                                                  'deadline-calculator', 'meetings', m, 'meeting-actions', 'decisions', 'performance',
                                                  'chair-days', 'membership', 'terms-of-reference', 'switch-partnership'],
                'member@salford.demo'          : ["cases/$caseId", m, 'templates'],
                'support@salford.demo'         : [m, 'chair-days', 'outbox'],
                'admin@salford.demo'           : ['membership', 'terms-of-reference', 'templates', m, 'setup', 'how-we-compare', 'sso-settings'],
                'chair@tri-borough.demo'       : ['', 'safeguarding/children', child, conference, allegation, issue],
                'manager@tri-borough.demo'     : ['safeguarding/children', child, 'safeguarding/lado', 'safeguarding/issues'],
                'support@tri-borough.demo'     : [conference],
                'scrutineer@norfolk.demo'      : ['scrutiny', scrutinyPiece, 'scrutiny/framework', 'scrutiny/schedule',
                                                  'scrutiny/annual-summary'],
                'national@reviewhub.demo'      : ['', 'national/compare'],
                'platform-admin@reviewhub.demo': ['', 'platform/registrations', 'platform/outbox'],
        ]
        Page page = browser.newPage()
        List<String> serious = []

        when: 'the sign-in page, then each role in turn'
        page.context().clearCookies()
        serious += seriousViolations(page, 'anonymous', 'sign-in')
        ['register', 'register/confirm?token=unknown', 'register/setup?token=unknown'].each {
            serious += seriousViolations(page, 'anonymous', it)
        }
        serious += seriousViolations(page, 'anonymous', 'invitation?token=not-a-real-token')
        serious += seriousViolations(page, 'anonymous', 'sso/callback?state=not-one-we-started&code=x')
        serious += seriousViolations(page, 'anonymous', 'invitation?token=' +
                InvitationViewsSpec.invitationToken(TestUsers.uniqueEmail('axe-invitee')))
        routes.each { who, paths ->
            page.context().clearCookies()
            signIn(page, who)
            paths.each { route -> serious += seriousViolations(page, who.takeWhile { it != '@' }, route) }
        }

        then:
        serious == []

        cleanup:
        page?.close()
    }

    def "the check finds a serious violation when a page has one"() {
        given: 'the sign-in page with a button that has no name and an image with no text alternative'
        Page page = browser.newPage()
        page.context().clearCookies()
        page.navigate(ui.resolve('sign-in').toString())
        waitForVaadin(page)
        page.evaluate("""() => { const b = document.createElement('button'); document.body.appendChild(b);
            const i = document.createElement('img'); i.src = 'data:,'; document.body.appendChild(i); }""")

        when:
        def found = violations(page).findAll { it.impact in ['critical', 'serious'] }*.id

        then:
        found.containsAll(['button-name', 'image-alt'])

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
        waitForVaadin(page)
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

    def "the case list and the CAP keep their key columns in the window at #width px (#what)"() {
        given:
        Page page = browser.newPage()
        page.setViewportSize(width, 800)
        signIn(page, 'chair@salford.demo')

        expect: 'the key columns lie inside the window; the others are shown only where there is room'
        outside(page, 'cases', ['Case reference', 'Next step', 'Due', 'Clock status']) == []
        shown(page, 'Child') == (width >= 900)
        outside(page, 'cap', ['Case', 'Action', 'Due', 'RAG status']) == []
        shown(page, 'Owner') == (width >= 900)

        and: 'the page itself does not scroll sideways (WCAG 1.4.10)'
        page.evaluate("""() => {
            const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part="content"]');
            return document.documentElement.scrollWidth <= window.innerWidth + 1 && content.scrollWidth <= content.clientWidth + 1;
        }""")

        cleanup:
        page?.close()

        where:
        width | what
        1366  | 'a laptop'
        683   | '1366 px at 200% zoom'
        320   | 'a phone'
    }

    /** Opens {@code route} and answers the headers of {@code headers} that are missing or not wholly inside the window. */
    private List<String> outside(Page page, String route, List<String> headers) {
        page.navigate(ui.resolve(route).toString())
        waitForVaadin(page)
        assertThat(page.locator('vaadin-grid').first()).isVisible()
        page.evaluate("""(headers) => headers.map(h => {
            const cell = [...document.querySelectorAll('vaadin-grid-cell-content')].find(e => e.textContent.trim() === h);
            if (!cell) return h + ': missing';
            const r = cell.getBoundingClientRect();
            return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 1 ? null
                : h + ': ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + window.innerWidth;
        }).filter(x => x)""", headers) as List<String>
    }

    /** Whether the column headed {@code header} is shown on the current page. */
    private static boolean shown(Page page, String header) {
        page.evaluate("""(h) => [...document.querySelectorAll('vaadin-grid-cell-content')]
            .some(e => e.textContent.trim() === h && e.getBoundingClientRect().width > 0)""", header)
    }

    /** The tri-borough's pages of a child allocated to its chair, with an initial conference and an invitee. */
    private static List<String> safeguardingRoutes() {
        def manager = new SafeguardingData(SafeguardingData.MANAGER)
        def child = manager.allocatedChild('Avery')
        def chair = new SafeguardingData(SafeguardingData.CHAIR)
        def episode = chair.episode(child.id(), EpisodeKind.CHILD_PROTECTION, SafeguardingData.today().minusDays(5))
        def conference = chair.conference(episode.id(), ConferenceKind.INITIAL, SafeguardingData.today().plusDays(5))
        ["safeguarding/child/${child.id()}".toString(), "safeguarding/conference/${conference.id()}".toString()]
    }

    /**
     * axe-core's violations on the page as it stands: id, impact and the targets of its nodes. axe is
     * put into the page once per page load and run there directly (with the Java builder each check
     * took about five times as long: it collects and ships every result, not only violations).
     */
    static List<Map> violations(Page page) {
        if (page.evaluate('typeof window.axe') != 'object') {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE_SCRIPT))
        }
        page.evaluate("""(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
            .then(r => r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => JSON.stringify(n.target))})))""",
                TAGS) as List<Map>
    }

    /** Opens {@code route}, runs axe-core, records the figures, and answers the critical and serious violations. */
    private List<String> seriousViolations(Page page, String who, String route) {
        long t0 = System.nanoTime()
        page.navigate(ui.resolve(route).toString())
        waitForVaadin(page)
        assertThat(page.locator('h1').first()).isVisible()
        long t1 = System.nanoTime()
        List<Map> violations = violations(page)
        long t2 = System.nanoTime()
        String view = "$who: /${route.replaceAll('[0-9a-f-]{36}', '{id}')}"
        Map<String, Integer> counts = figures.computeIfAbsent(view) { [:] }
        counts.loadMs = (int) ((t1 - t0) / 1_000_000)
        counts.axeMs = (int) ((t2 - t1) / 1_000_000)
        List<String> serious = []
        violations.each { Map rule ->
            List nodes = rule.nodes as List
            counts.merge((rule.impact ?: 'minor') as String, nodes.size(), Integer::sum)
            if (rule.impact in ['critical', 'serious']) {
                serious << "$view ${rule.id} (${rule.impact}): ${nodes.take(3)}".toString()
            }
        }
        serious.each { System.err.println 'axe: ' + it }
        serious
    }
}
