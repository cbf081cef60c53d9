package uk.reviewhub.ui.e2e

import com.microsoft.playwright.Locator
import com.microsoft.playwright.Page
import com.microsoft.playwright.options.AriaRole
import spock.lang.IgnoreIf
import uk.reviewhub.ui.safeguarding.SafeguardingData

import java.time.LocalDate
import java.time.format.DateTimeFormatter

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * The tri-borough's chair in Chromium: a child allocated to them goes from the strategy discussion
 * through the initial conference (three agencies present, quorate; a plan under neglect), the
 * decision letter issued on time, to the first review conference scheduled; then raises an issue
 * about the child's plan (Issue Resolution Process), moves it on a stage and finds it on the issue
 * register; a Salford user is not let onto the child's page. Kept short: the API makes the child and its allocation.
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') })
class SafeguardingJourneyBrowserSpec extends BrowserSpec {

    def "a chair takes a child from strategy discussion to the first review conference; Salford sees none of it"() {
        given: 'a child allocated to the chair (the manager does that)'
        def child = new SafeguardingData(SafeguardingData.MANAGER).allocatedChild('Avery')
        LocalDate today = SafeguardingData.today()
        Page page = browser.newPage()
        signIn(page, SafeguardingData.CHAIR)
        String childPage = ui.resolve("safeguarding/child/${child.id()}").toString()

        when: 'the chair opens the child protection episode from the strategy discussion and schedules the initial conference'
        page.navigate(childPage)
        choose(page, 'Episode', 'Child protection')
        date(page, 'Started on (the strategy discussion, or the day the child became looked after)', today.minusDays(4))
        button(page, 'Open the episode')
        assertThat(page.getByText('Child protection episode opened.')).isVisible()
        choose(page, 'Conference or review', 'Initial child protection conference')
        date(page, 'Planned for', today)
        button(page, 'Schedule')
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Initial child protection conference').setExact(true)).click()

        then:
        assertThat(page.locator('h1')).containsText('Initial child protection conference')

        when: 'three agencies with direct contact are invited and attend'
        ["Children's Services (Safeguarding Review and Quality Assurance)", 'Police', 'Schools'].each { agency ->
            choose(page, 'Agency', agency)
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Role (no name)').setExact(true)).fill('Professional')
            button(page, 'Invite')
            assertThat(page.locator('#conference-news')).containsText(agency + ' invited.')
        }
        ["Children's Services (Safeguarding Review and Quality Assurance)", 'Police', 'Schools'].each { agency ->
            choose(page, 'Invitee', agency + ', Professional')
            choose(page, 'Attendance', 'Present')
            button(page, 'Save attendance')
            // the page is drawn again with the answer: wait for it before the next choice
            assertThat(page.locator('#conference-news')).hasText(agency + ': Present.')
        }

        then: 'the live quorum says so in words'
        assertThat(page.locator('#quorum')).containsText('Quorate')

        when: 'it is held today; the chair decides a plan under neglect'
        date(page, 'Held on', today)
        button(page, 'Record as held')
        assertThat(page.locator('#conference-news')).containsText('Recorded as held on')
        choose(page, 'Decision', 'Child protection plan')
        choose(page, 'Category (with a plan)', 'Neglect')
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Reasons').setExact(true)).fill('Risk of significant harm')
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Lead social worker (role or team)').setExact(true))
                .fill('Westminster family support team')
        button(page, 'Save the outcome')
        assertThat(page.locator('#conference-news')).hasText('Outcome saved.')

        and: 'the decision letter is issued today'
        choose(page, 'Record', 'Decision letter')
        button(page, 'Issue the record')
        assertThat(page.locator('#conference-news')).hasText('Decision letter issued.')

        then: 'it is issued, on time'
        assertThat(page.locator('#record-table')).containsText('Decision letter')
        assertThat(page.locator('#conference-clocks')).containsText('Met on time')

        when: 'back on the child page, the first review conference is scheduled'
        page.navigate(childPage)
        choose(page, 'Conference or review', 'Child protection review conference')
        date(page, 'Planned for', today.plusMonths(3).minusDays(1))
        button(page, 'Schedule')

        then: 'the timeline holds the plan and the review'
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Child protection review conference 1')))
                .isVisible()

        when: "the chair raises an issue about the child's plan (Issue Resolution Process), starting informally"
        choose(page, 'What it is about', 'The child protection plan')
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Summary (no names)').setExact(true))
                .fill('The core group has not met since the plan was made')
        button(page, 'Raise the issue')

        then: 'the issue is shown in full on the register, at the informal stage'
        assertThat(page.locator('h1')).hasText('Issue register')
        assertThat(page.locator('#irp-issue')).containsText('Informal (social worker and team manager)')
        assertThat(page.locator('#irp-steps')).containsText('Raised')

        when: 'the chair moves it on a stage, to the team manager, today'
        choose(page, 'Step', 'Escalated to a later stage')
        choose(page, 'Escalated to', 'Team manager')
        date(page, 'On', today)
        button(page, 'Record the step')

        then: 'every step is kept, and the issue stands at the new stage'
        assertThat(page.locator('#irp-steps')).containsText('Escalated')
        assertThat(page.locator('#irp-issue')).containsText('Team manager since')

        when: 'the register is opened from the start'
        page.navigate(ui.resolve('safeguarding/issues').toString())

        then: "the child's issue is on it, open, at the team manager's stage"
        Locator row = page.locator('#irp-table tr').filter(new Locator.FilterOptions().setHasText(child.caseReference()))
        assertThat(row).hasCount(1)
        assertThat(row).containsText('Team manager')
        assertThat(row).containsText('The child protection plan')

        when: 'a Salford user comes to the same page'
        page.context().clearCookies()
        signIn(page, 'chair@salford.demo')
        page.navigate(childPage)

        then: 'none of it is shown'
        assertThat(page.locator('h1')).hasText('This page is not available to you')
        assertThat(page.locator('body')).not().containsText(child.caseReference())

        cleanup:
        page?.close()
    }

    private static void choose(Page page, String label, String option) {
        page.locator('vaadin-select').filter(new Locator.FilterOptions()
                .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true)))).first()
                .locator('vaadin-select-value-button').click()
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click()
        // the list closes with an animation: wait until its options are gone before the next step
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0)
    }

    private static void button(Page page, String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true)).click()
    }

    /** Types a date as a person in England would (dd/mm/yyyy) and commits it. */
    private static void date(Page page, String label, LocalDate date) {
        Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true))
        field.fill(DateTimeFormatter.ofPattern('dd/MM/yyyy').format(date))
        field.press('Enter')
    }
}
