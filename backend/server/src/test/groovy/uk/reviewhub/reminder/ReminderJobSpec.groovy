package uk.reviewhub.reminder

import groovy.sql.Sql
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.reminder.domain.ReminderJob
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.LondonTime
import uk.reviewhub.time.MovableClock
import uk.reviewhub.time.WorkingDayCalendar

import java.time.Duration
import java.time.LocalDate
import java.time.ZonedDateTime

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * The job over every partnership: one partnership whose reminders fail (here Norfolk, made to fail
 * on purpose) is logged and counted, and the others are still reminded. No mail server is
 * configured, so reminders are kept in the outbox (HELD), the development default.
 */
class ReminderJobSpec extends ConfiguredIntegrationSpec {

    @Inject ReminderJob job
    @Inject MovableClock clock
    @Inject WorkingDayCalendar calendar
    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['reviewhub.test.reminders.failing-partnership': 'Norfolk']
    }

    def cleanup() {
        clock.reset()
    }

    def "one partnership's failure is logged and the others are still reminded"() {
        given: 'a Salford meeting whose agenda items are due today'
        def demo = new DemoTokens(accessTokens)
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        LocalDate day = LocalDate.parse('2028-12-11')
        String meetingId = post(client, "/api/groups/$groupId/meetings", [title: 'Reminders: Child T',
                scheduledStart: day.toString() + 'T10:00', reason: 'Serious incident notified'], support).json.id
        LocalDate deadline = calendar.addWorkingDays(day, -10)
        clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(deadline.atTime(12, 0), LondonTime.ZONE).toInstant()))

        when:
        def result = job.run()

        then: 'Norfolk failed; every partnership was tried'
        result.failedPartnerships() == 1
        result.partnerships() >= 3

        and: "Salford's members were reminded, kept in the outbox as no mail server is configured"
        def log = notices("ITEM_DEADLINE:$meetingId:$deadline:")
        (log*.recipient).containsAll(['chair@salford.demo', 'member@salford.demo', 'support@salford.demo'])
        log.every { it.status == 'HELD' }
        def outbox = get(client, ApiPaths.OUTBOX, demo.token('admin@salford.demo')).json
        outbox.count { it.noticeKind == 'ITEM_DEADLINE' && it.body.contains('11/12/2028') && it.status == 'HELD' } == log.size()

        and: "Southampton's admin was told its terms of reference review (due July 2017 in its pack) has passed"
        notices('TERMS_OF_REFERENCE_REVIEW:').any {
            it.recipient == 'admin@southampton.demo' && it.notice_key.contains(':PASSED:') && it.status in ['HELD', 'SENT']
        }
    }

    private static List<Map> notices(Object part) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            new Sql(c).rows('''select notice_key, recipient::text as recipient, status, attempts
                                 from notice_log where strpos(notice_key, ?) > 0 order by recipient''', [part.toString()])
                    .collect { new LinkedHashMap(it) }
        } finally {
            c.close()
        }
    }
}
