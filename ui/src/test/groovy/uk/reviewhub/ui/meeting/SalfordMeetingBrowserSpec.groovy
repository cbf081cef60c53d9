package uk.reviewhub.ui.meeting

import com.microsoft.playwright.BrowserContext
import com.microsoft.playwright.BrowserType
import com.microsoft.playwright.Locator
import com.microsoft.playwright.Page
import com.microsoft.playwright.Playwright
import com.microsoft.playwright.options.AriaRole
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.HttpClient
import spock.lang.IgnoreIf
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.SignInRequest
import uk.reviewhub.api.auth.SignInResponse
import uk.reviewhub.api.meeting.MeetingAttendanceView
import uk.reviewhub.api.meeting.MeetingView
import uk.reviewhub.api.partnership.ReviewGroupSummary
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.e2e.BrowserSpec

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * A Salford meeting run in a real browser (Debian's Chromium driven by Playwright) as the Salford
 * chair, from the agenda (submitted, accepted, published) to approved minutes: the meeting itself is made through the API; everything
 * after that goes through the UI. Skipped only with -Dreviewhub.e2e.skip=true.
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') })
class SalfordMeetingBrowserSpec extends BrowserSpec {

    def "the Salford chair runs a meeting from its agenda to approved minutes"() {
        given: 'a Salford meeting four weeks ahead (after the 10-working-day item deadline), made through the API'
        def api = new Api('chair@salford.demo')
        def meeting = api.extraMeeting('Case Review and Audit: browser run', LocalDate.now(uk.reviewhub.ui.shell.Dates.LONDON).plusDays(28))
        def seats = api.attendance(meeting.id()).seats()
        List<String> fourAgencies = ['salford-city-council', 'ccg', 'camhs', 'police']
                .collect { code -> seats.find { it.agency().code() == code }.positionTitle() }
        Page page = browser.newPage()

        when: 'the chair signs in and opens the meeting from the meetings list'
        signIn(page, 'chair@salford.demo')
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Meetings').setExact(true)).click()
        assertThat(page.locator('h1')).hasText('Meetings')
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(meeting.title())).click()

        then:
        assertThat(page.locator('h1')).hasText(meeting.title())

        when: 'an item is submitted and the chair accepts it'
        page.getByLabel('Item title').fill('Learning from Child G')
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Submit item')).click()
        assertThat(page.locator('#agenda-message')).hasText('Item submitted.')
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Accept Learning from Child G')).click()

        then:
        assertThat(page.locator('#agenda-message')).hasText('"Learning from Child G" accepted.')
        assertThat(page.locator('#agenda')).containsText('On time')

        when: 'the chair publishes the agenda, four weeks before the 5-working-day publishing deadline'
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Publish agenda and papers')).click()

        then: 'revision 1 is published on time'
        assertThat(page.locator('#agenda-message')).hasText('Agenda published as revision 1.')
        assertThat(page.locator('#agenda-published')).containsText('Published: revision 1')
        assertThat(page.locator('#agenda-published')).containsText('with 1 item.')
        assertThat(page.locator('#agenda-clock')).containsText('Published on time')

        when: 'members of four agencies are recorded present'
        assertThat(page.locator('#quorum-verdict')).containsText('Not quorate')
        fourAgencies.each { position ->
            attendanceSelect(page, position).locator('vaadin-select-value-button').click()
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName('Present').setExact(true)).click()
            assertThat(page.locator('#attendance-message')).hasText(position + ': Present recorded.')
            // the list closes with an animation: wait until its options are gone before opening the next one
            assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0)
        }

        then: 'the live verdict says so in words'
        assertThat(page.locator('#quorum-verdict')).hasText('Quorate: 4 agencies present, 4 required')

        when: 'the chair minutes the item, saves the draft and approves it'
        page.getByLabel('Notes: Learning from Child G').fill('The group agreed the learning briefing.')
        page.getByLabel('Decisions: Learning from Child G (one a line)').fill('Publish the learning briefing')
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Save draft minutes')).click()
        assertThat(page.locator('#minutes-message')).hasText('Draft minutes saved.')
        assertThat(page.locator('#minutes-status')).hasText('Draft, not yet approved.')
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Approve minutes')).click()

        then: 'the minutes are approved and locked'
        assertThat(page.locator('#minutes-message')).hasText('Minutes approved and locked.')
        assertThat(page.locator('#minutes-status')).containsText('Approved and locked')
        page.setViewportSize(1280, 4200)
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(TestSystem.targetDir().resolve('e2e/salford-meeting-page.png')))

        when: 'the chair opens the decisions register'
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Decisions register')).click()

        then:
        assertThat(page.locator('h1')).hasText('Decisions register')
        assertThat(page.locator('main')).containsText('Publish the learning briefing')
        assertThat(page.locator('main')).containsText(meeting.title())

        cleanup:
        page?.close()
        api?.close()
    }

    private static Locator attendanceSelect(Page page, String position) {
        page.locator('vaadin-select').filter(new Locator.FilterOptions()
                .setHas(page.getByText('Attendance: ' + position, new Page.GetByTextOptions().setExact(true))))
    }

    /** The backend's HTTP API as one demo user, for making test data. */
    static class Api implements Closeable {
        final HttpClient client
        final BlockingHttpClient http
        final String token

        Api(String email) {
            client = HttpClient.create(TestSystem.instance.backend.URL)
            http = client.toBlocking()
            token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(email, TestSystem.DEMO_PASSWORD, null)),
                    SignInResponse).accessToken()
        }

        MeetingView extraMeeting(String title, LocalDate day) {
            UUID group = http.retrieve(HttpRequest.GET(ApiPaths.GROUPS).bearerAuth(token), Argument.listOf(ReviewGroupSummary)).first().id()
            http.retrieve(HttpRequest.POST(ApiPaths.GROUP_MEETINGS.replace('{groupId}', group.toString()),
                    [title: title, scheduledStart: LocalDateTime.of(day, LocalTime.of(10, 0)).toString(), durationMinutes: 120,
                     location: 'Salford Civic Centre', reason: 'Browser test']).bearerAuth(token), MeetingView)
        }

        MeetingAttendanceView attendance(UUID meetingId) {
            http.retrieve(HttpRequest.GET(ApiPaths.MEETING_ATTENDANCE.replace('{meetingId}', meetingId.toString())).bearerAuth(token),
                    MeetingAttendanceView)
        }

        @Override
        void close() {
            client.close()
        }
    }
}
