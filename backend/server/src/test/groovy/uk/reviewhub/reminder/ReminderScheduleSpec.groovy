package uk.reviewhub.reminder

import groovy.sql.Sql
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.LondonTime
import uk.reviewhub.time.WorkingDayCalendar

import java.time.Clock
import java.time.LocalDate

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * The timer: with {@code reviewhub.reminders.enabled} on (as outside tests), the job runs by
 * itself every {@code interval}; here every two seconds, against today's real date.
 */
class ReminderScheduleSpec extends ConfiguredIntegrationSpec {

    @Inject Clock clock
    @Inject WorkingDayCalendar calendar
    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['reviewhub.reminders.enabled'      : 'true',
                                 'reviewhub.reminders.initial-delay': '1s',
                                 'reviewhub.reminders.interval'     : '2s']
    }

    def "the scheduled job sends a reminder that falls due, without anyone calling it"() {
        given: "a Salford meeting whose agenda items are due on the next working day, so today is inside the reminder's lead"
        def demo = new DemoTokens(accessTokens)
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        LocalDate today = LondonTime.today(clock)
        LocalDate deadline = calendar.addWorkingDays(today, 1)
        LocalDate day = calendar.addWorkingDays(deadline, 10)
        String meetingId = post(client, "/api/groups/$groupId/meetings", [title: 'Reminders: scheduled',
                scheduledStart: day.toString() + 'T09:30', reason: 'Serious incident notified'], support).json.id

        expect: 'the timer sends it to the members within a few runs'
        new PollingConditions(timeout: 30, delay: 0.5).eventually {
            assert held("ITEM_DEADLINE:$meetingId:$deadline:").containsAll(['chair@salford.demo', 'member@salford.demo'])
        }
    }

    private static List<String> held(String prefix) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            new Sql(c).rows('''select recipient::text as recipient from notice_log
                                where starts_with(notice_key, ?) and status = 'HELD' ''', [prefix]).collect { it.recipient as String }
        } finally {
            c.close()
        }
    }
}
