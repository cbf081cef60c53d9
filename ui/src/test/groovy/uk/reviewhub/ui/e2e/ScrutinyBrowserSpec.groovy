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
        String setting = 'Strategy discussion ' + UUID.randomUUID().toString().substring(0, 6)
        String action = 'Introduce a written handover ' + UUID.randomUUID().toString().substring(0, 6)
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
        choose(page, 'Rating', 'A strength')
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
