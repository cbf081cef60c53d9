package uk.reviewhub.ui.e2e

import com.microsoft.playwright.Locator
import com.microsoft.playwright.Page
import com.microsoft.playwright.options.AriaRole
import spock.lang.IgnoreIf
import uk.reviewhub.ui.scrutiny.ScrutinyData

import java.time.LocalDate
import java.time.format.DateTimeFormatter

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * Independent scrutiny in a real browser (issue 12 item 8): a Norfolk scrutineer schedules an
 * observation, records it against the framework, turns it into a finding and a recommendation
 * with an action on the Composite Action Plan; a Salford user is not offered scrutiny and cannot
 * open the piece. The piece itself is recorded through the API to keep this short.
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') })
class ScrutinyBrowserSpec extends BrowserSpec {

    def "a Norfolk scrutineer schedules and records an observation, makes it a finding and a CAP action; Salford sees none of it"() {
        given:
        def piece = ScrutinyData.piece('scrutineer@norfolk.demo')
        String setting = 'Strategy discussion ' + ScrutinyData.suffix()
        String action = 'Introduce a written handover ' + ScrutinyData.suffix()
        LocalDate today = LocalDate.now()
        Page page = browser.newPage()
        signIn(page, 'scrutineer@norfolk.demo')

        when: 'the observation is planned on the schedule'
        page.navigate(ui.resolve('scrutiny/schedule').toString())
        choose(page, 'Piece of scrutiny', piece.title())
        date(page, 'Day of the observation', today.plusDays(3))
        page.locator('#scrutiny-plan-starts input').fill('10:00')
        page.locator('#scrutiny-plan-starts input').press('Enter')
        page.locator('#scrutiny-plan-ends input').fill('11:30')
        page.locator('#scrutiny-plan-ends input').press('Enter')
        textbox(page, 'Team, service or meeting to observe').fill(setting)
        choose(page, 'Observer', 'Sam Scrutineer (demo independent scrutineer)')
        button(page, 'Plan the observation')

        then:
        assertThat(page.locator('#scrutiny-plan-message')).containsText("Observation planned: $setting")
        assertThat(page.locator('#scrutiny-schedule')).containsText(setting)

        when: 'it is recorded against the framework on the piece page'
        page.navigate(ui.resolve("scrutiny/pieces/${piece.id()}").toString())
        date(page, 'Date observed', today.minusDays(1))
        textbox(page, 'Team, service or meeting observed').fill(setting)
        choose(page, "The child's voice and lived experience", 'Good')
        textbox(page, 'Evidence').fill('The social worker summarised the risks and asked what the child had said')
        button(page, 'Record the observation')

        then:
        assertThat(page.locator('#scrutiny-observation-message')).containsText("Observation recorded: $setting")

        when: 'it becomes a finding'
        textbox(page, 'Finding').fill('The child is heard in strategy discussions')
        textbox(page, 'What was found').fill('The child\'s words were put to the discussion')
        choose(page, 'Rating', 'Strong practice') // Norfolk's own finding ratings, from its pack
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(setting)).check()
        button(page, 'Record the finding')

        then:
        assertThat(page.locator('#scrutiny-finding-message')).containsText('Finding 1 recorded')
        assertThat(page.locator('#scrutiny-findings')).containsText("Observation: $setting")

        when: 'and a recommendation with an action on the Composite Action Plan'
        button(page, 'Make a recommendation on finding 1')
        textbox(page, 'Recommendation').fill('Share the practice across teams')
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName('Put an action on the Composite Action Plan for it')).check()
        choose(page, 'Agency that owns the action', 'Norfolk Constabulary')
        textbox(page, 'Owner (a role)').fill('Head of the front door')
        textbox(page, 'The action').fill(action)
        date(page, 'Action due by', today.plusMonths(2))
        button(page, 'Record the recommendation')

        then:
        assertThat(page.locator('#scrutiny-recommendation-message')).containsText('with its action on the Composite Action Plan')
        assertThat(page.locator('#scrutiny-findings')).containsText("On the Composite Action Plan: $action")

        when: 'a Salford user signs in and tries the piece'
        Page salford = browser.newPage()
        signIn(salford, 'chair@salford.demo')
        salford.navigate(ui.resolve("scrutiny/pieces/${piece.id()}").toString())

        then: 'scrutiny is not in their menu and the piece is not shown'
        assertThat(salford.locator('h1')).hasText('This page is not available to you')
        assertThat(salford.locator('body')).not().containsText(piece.title())
        assertThat(salford.locator('vaadin-side-nav')).not().containsText('Independent scrutiny')

        cleanup:
        page?.close()
        salford?.close()
    }

    def "the observation form on a tablet (768 px) and by keyboard alone: every field in the window, labelled, in order"() {
        given:
        def piece = ScrutinyData.piece('scrutineer@norfolk.demo')
        String setting = 'Front door triage ' + ScrutinyData.suffix()
        Page page = browser.newPage()
        page.setViewportSize(768, 1024)
        signIn(page, 'scrutineer@norfolk.demo')
        page.navigate(ui.resolve("scrutiny/pieces/${piece.id()}").toString())
        waitForVaadin(page)
        assertThat(page.locator('#scrutiny-observation-form')).isVisible()

        expect: 'the page does not scroll sideways, and every control of the form lies inside the window'
        page.evaluate("""() => {
            const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part="content"]');
            return document.documentElement.scrollWidth <= window.innerWidth + 1 && content.scrollWidth <= content.clientWidth + 1;
        }""")
        page.evaluate("""() => [...document.querySelectorAll(
                '#scrutiny-observation-form :is(vaadin-date-picker, vaadin-text-field, vaadin-select, vaadin-text-area, vaadin-checkbox, vaadin-button)')]
            .map(e => e.getBoundingClientRect()).filter(r => r.width === 0 || r.left < 0 || r.right > window.innerWidth + 1).length""") == 0

        when: 'the scrutineer fills it in by keyboard alone, from the date field'
        page.getByLabel('Date observed', new Page.GetByLabelOptions().setExact(true)).focus()
        page.keyboard().type(DateTimeFormatter.ofPattern('dd/MM/yyyy').format(LocalDate.now().minusDays(1)))
        page.keyboard().press('Enter')
        List<String> order = [focused(page)]
        page.keyboard().press('Tab')
        order << focused(page)
        page.keyboard().type(setting)
        page.keyboard().press('Tab')
        order << focused(page)
        // the first domain's rating: opened from the keyboard, moved to "Good", chosen
        page.keyboard().press('Enter')
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName('Good').setExact(true))).isVisible()
        for (int i = 0; i < 6 && page.evaluate('document.activeElement.textContent.trim()') != 'Good'; i++) {
            page.keyboard().press('ArrowDown')
        }
        page.keyboard().press('Enter')
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0)
        // on through the other domains to the evidence
        for (int i = 0; i < 12 && focused(page) != 'Evidence'; i++) {
            page.keyboard().press('Tab')
            order << focused(page)
        }
        page.keyboard().type('The social worker asked what the child had said and recorded it')
        for (int i = 0; i < 8 && focused(page) != 'Record the observation'; i++) {
            page.keyboard().press('Tab')
            order << focused(page)
        }
        page.keyboard().press('Enter')

        then: 'it is recorded, with the rating chosen by keyboard'
        assertThat(page.locator('#scrutiny-observation-message')).containsText("Observation recorded: $setting")
        assertThat(page.locator('#scrutiny-observations')).containsText(setting)

        and: 'the keyboard went through the form in reading order, every stop named'
        order.take(3) == ['Date observed', 'Team, service or meeting observed', "The child's voice and lived experience"]
        order.indexOf('Evidence') > 3
        order.subList(order.indexOf('Evidence'), order.size()) == ['Evidence', 'Strengths (optional)', 'Areas for development (optional)',
                "Practitioner's feedback (optional)",
                "I have checked: the text holds no child's or family member's name and no case number", 'Record the observation']
        order.every { it && !it.startsWith('?') }

        cleanup:
        page?.close()
    }

    /** The label of the control that has the keyboard focus (its text for a button); "?" and the tag when it has none. */
    private static String focused(Page page) {
        page.evaluate("""() => {
            const e = document.activeElement;
            const c = e && e.closest('vaadin-date-picker, vaadin-text-field, vaadin-select, vaadin-text-area, vaadin-checkbox, vaadin-button');
            if (!c) return '?' + (e ? e.tagName : 'none');
            return c.tagName === 'VAADIN-BUTTON' ? c.textContent.trim() : (c.label || '?unlabelled ' + c.tagName);
        }""") as String
    }

    private static void choose(Page page, String label, String option) {
        page.locator('vaadin-select').filter(new Locator.FilterOptions()
                .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true)))).first()
                .locator('vaadin-select-value-button').click()
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click()
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0)
    }

    private static Locator textbox(Page page, String label) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true))
    }

    private static void button(Page page, String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true)).click()
    }

    private static void date(Page page, String label, LocalDate date) {
        Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true))
        field.fill(DateTimeFormatter.ofPattern('dd/MM/yyyy').format(date))
        field.press('Enter')
    }
}
