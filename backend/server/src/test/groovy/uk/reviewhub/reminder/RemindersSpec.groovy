package uk.reviewhub.reminder

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.GreenMailUtil
import com.icegreen.greenmail.util.ServerSetup
import groovy.sql.Sql
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import jakarta.mail.Message
import jakarta.mail.internet.MimeMessage
import spock.lang.Shared
import spock.lang.Stepwise
import io.micronaut.context.event.ApplicationEventPublisher
import io.micronaut.transaction.TransactionOperations
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.meeting.domain.AgendaPublished
import uk.reviewhub.tenancy.TenantContext
import uk.reviewhub.reminder.domain.ReminderJob
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.LondonTime
import uk.reviewhub.time.MovableClock
import uk.reviewhub.time.WorkingDayCalendar

import java.sql.Connection
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.ZonedDateTime

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Reminders and notices sent for real: SMTP to an in-process server (GreenMail), the job run as the
 * timer would run it, the application clock moved across the deadlines. A Salford meeting on
 * 16 October 2028 has its agenda items due 10 working days before; the job runs on that day.
 */
@Stepwise
class RemindersSpec extends ConfiguredIntegrationSpec {

    static GreenMail smtpServer
    static int smtpPort

    @Inject ReminderJob job
    @Inject MovableClock clock
    @Inject WorkingDayCalendar calendar
    @Inject AccessTokens accessTokens
    @Inject TransactionOperations<Connection> transactions
    @Inject ApplicationEventPublisher<AgendaPublished> agendaPublished

    @Inject
    @Client('/')
    HttpClient client

    @Shared DemoTokens demo
    @Shared String meetingId
    @Shared LocalDate deadline

    static final LocalDate MEETING_DAY = LocalDate.parse('2028-10-16')

    @Override
    Map<String, String> getProperties() {
        if (smtpServer == null) {
            startSmtp(0)
        }
        super.getProperties() + [
                'reviewhub.mail.smtp.host'    : '127.0.0.1',
                'reviewhub.mail.smtp.port'    : String.valueOf(smtpPort),
                'reviewhub.mail.smtp.starttls': 'false',
                'reviewhub.mail.smtp.from'    : 'Review Hub <no-reply@reviewhub.example>',
        ]
    }

    static void startSmtp(int port) {
        smtpServer = new GreenMail(new ServerSetup(port, '127.0.0.1', ServerSetup.PROTOCOL_SMTP))
        smtpServer.start()
        smtpPort = smtpServer.smtp.port
    }

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
    }

    def cleanup() {
        clock.reset()
    }

    def cleanupSpec() {
        smtpServer?.stop()
        smtpServer = null
    }

    def "an item deadline reminder reaches the group's current members through SMTP, once however often the job runs"() {
        given: 'a Salford meeting, and the clock on its agenda-items deadline (inside the 3 working day lead)'
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        meetingId = post(client, "/api/groups/$groupId/meetings", [title: 'Reminders: Child R',
                scheduledStart: MEETING_DAY.toString() + 'T10:00', reason: 'Serious incident notified'], support).json.id
        deadline = calendar.addWorkingDays(MEETING_DAY, -10)
        moveTo(deadline)
        smtpServer.purgeEmailFromAllMailboxes()

        when: 'the job runs'
        def first = job.run()

        then: 'no partnership failed, and the current members with a sign-in were mailed'
        first.failedPartnerships() == 0
        first.partnerships() >= 2
        def log = notices("ITEM_DEADLINE:$meetingId:$deadline:")
        (log*.recipient).containsAll(['chair@salford.demo', 'member@salford.demo', 'support@salford.demo', 'vice-chair@salford.demo'])
        log.every { it.status == 'SENT' && it.attempts == 1 }
        log.every { it.recipient.endsWith('@salford.demo') }

        and: 'each received one message, with the deadline in words'
        smtpServer.waitForIncomingEmail(5000, log.size())
        def mine = received().findAll { it.subject.contains('agenda items due by') && body(it).contains('16/10/2028') }
        mine*.getRecipients(Message.RecipientType.TO).flatten()*.toString().sort() == log*.recipient.sort()
        mine.every { it.subject.endsWith('agenda items due by ' + deadline.format(uk.reviewhub.time.LondonTime.UK_DATE)) }
        mine.every { body(it).contains('(10 working days before the meeting)') }

        when: 'the job runs again, twice'
        int before = received().size()
        def second = job.run()
        def third = job.run()

        then: 'nothing more is sent: every due reminder was already sent'
        second.totals().sent() == 0
        third.totals().sent() == 0
        second.totals().skipped() == second.totals().due()
        received().size() == before
        notices("ITEM_DEADLINE:$meetingId:$deadline:").every { it.attempts == 1 }
    }

    def "with the mail server down the reminder is recorded FAILED, and a later run sends it"() {
        given: 'an action due the working day after the deadline, owned by no seat (so the minute taker is reminded)'
        String support = demo.token('support@salford.demo')
        String agencyId = get(client, ApiPaths.AGENCIES, support).json.first().id
        LocalDate due = calendar.addWorkingDays(deadline, 1)
        def action = post(client, "/api/meetings/$meetingId/actions", [description: 'Send the chronology to the panel',
                owner: 'Independent reviewer', agencyId: agencyId, dueDate: due.toString()], support)
        assert action.status == 200
        String key = "ACTION_DUE:${action.json.id}:$due:"
        moveTo(deadline)

        when: 'the mail server is down while the job runs'
        smtpServer.stop()
        def down = job.run()

        then: 'the reminder is FAILED with the reason, and no partnership failed'
        down.failedPartnerships() == 0
        def failed = notices(key)
        failed.size() >= 1
        failed.every { it.status == 'FAILED' && it.attempts == 1 && it.failure.contains('Exception') }
        failed*.recipient.contains('support@salford.demo')

        when: 'the server is back and the job runs again'
        startSmtp(smtpPort)
        def up = job.run()

        then: 'it is sent, on the second attempt, to the same people'
        up.totals().sent() >= failed.size()
        def sent = notices(key)
        sent.every { it.status == 'SENT' && it.attempts == 2 && it.failure == null }
        smtpServer.waitForIncomingEmail(5000, sent.size())
        def mails = received().findAll { it.subject.contains('action due') && body(it).contains('Send the chronology to the panel') }
        mails*.getRecipients(Message.RecipientType.TO).flatten()*.toString().sort() == sent*.recipient.sort()
    }

    def "recording the minutes' circulation mails the group's current members, once"() {
        given: 'minutes drafted and approved'
        String support = demo.token('support@salford.demo')
        String chair = demo.token('chair@salford.demo')
        def draft = ApiCalls.send(client, io.micronaut.http.HttpRequest.PUT("/api/meetings/$meetingId/minutes",
                [entries: [[heading: 'Child R', notes: 'Discussed.', decisions: ['Hold a rapid review']]]]), support)
        def approved = post(client, "/api/meetings/$meetingId/minutes/approve", [version: draft.json.version], chair)
        assert approved.status == 200
        smtpServer.purgeEmailFromAllMailboxes()

        when:
        def circulated = post(client, "/api/meetings/$meetingId/minutes/circulate", [version: approved.json.version], support)

        then:
        circulated.status == 200
        def log = notices("MINUTES_CIRCULATED:${circulated.json.id}:")
        (log*.recipient).containsAll(['chair@salford.demo', 'member@salford.demo', 'support@salford.demo', 'vice-chair@salford.demo'])
        log.every { it.status == 'SENT' }
        smtpServer.waitForIncomingEmail(5000, log.size())
        def mails = received().findAll { it.subject.endsWith('minutes of 16/10/2028') }
        mails*.getRecipients(Message.RecipientType.TO).flatten()*.toString().sort() == log*.recipient.sort()
        mails.every { body(it).contains('with 1 actions') }
    }

    def "Salford's reminders never reach Norfolk: neither its people nor its reminder list"() {
        when:
        def salford = get(client, ApiPaths.REMINDERS, demo.token('admin@salford.demo'))
        def norfolk = get(client, ApiPaths.REMINDERS, demo.token('admin@norfolk.demo'))

        then:
        salford.status == 200
        salford.json.any { it.key.contains(meetingId) }
        norfolk.status == 200
        !norfolk.json.any { it.key.contains(meetingId) }
        notices(meetingId).every { it.recipient.endsWith('@salford.demo') }
        notices(meetingId).every { it.tenant_id == DemoTokens.tenantOf('salford') }

        and: 'the list is for admins'
        get(client, ApiPaths.REMINDERS, demo.token('member@salford.demo')).status == 403
        get(client, ApiPaths.REMINDERS, null).status == 401
    }

    def "two replicas running the job at the same moment send each reminder once"() {
        given: 'another Salford meeting, and the clock on its agenda-items deadline'
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        LocalDate day = LocalDate.parse('2028-11-13')
        String other = post(client, "/api/groups/$groupId/meetings", [title: 'Reminders: Child S',
                scheduledStart: day.toString() + 'T10:00', reason: 'Serious incident notified'], support).json.id
        moveTo(calendar.addWorkingDays(day, -10))
        smtpServer.purgeEmailFromAllMailboxes()

        when: 'two runs start together'
        def start = new java.util.concurrent.CountDownLatch(1)
        def pool = java.util.concurrent.Executors.newFixedThreadPool(2)
        def runs = (1..2).collect { pool.submit({ start.await(); job.run() } as java.util.concurrent.Callable) }
        start.countDown()
        def results = runs*.get()
        pool.shutdown()

        then: 'between them each member was mailed once'
        results.every { it.failedPartnerships() == 0 }
        def log = notices("ITEM_DEADLINE:$other:")
        log.size() >= 4
        log.every { it.status == 'SENT' && it.attempts == 1 }
        def mails = received().findAll { it.subject.contains('agenda items due by') && body(it).contains('13/11/2028') }
        mails.size() == log.size()
        mails*.getRecipients(Message.RecipientType.TO).flatten()*.toString().sort() == log*.recipient.sort()
    }

    def "an agenda published inside its transaction mails the members after the commit, once per revision; a rolled back one mails nobody"() {
        given:
        UUID salford = DemoTokens.tenantOf('salford')
        UUID meeting = UUID.fromString(meetingId)
        smtpServer.purgeEmailFromAllMailboxes()

        when: 'the publish step rolls back'
        TenantContext.callAs(salford) {
            try {
                transactions.executeWrite { status ->
                    agendaPublished.publishEvent(new AgendaPublished(salford, meeting, null, 99, null, Instant.now()))
                    throw new IllegalStateException('publishing failed')
                }
            } catch (IllegalStateException ignored) {
            }
        }

        then:
        notices("AGENDA_PUBLISHED:$meetingId:99:").isEmpty()

        when: 'the publish step commits, and then the same revision is published again'
        2.times {
            TenantContext.callAs(salford) {
                transactions.executeWrite { status ->
                    agendaPublished.publishEvent(new AgendaPublished(salford, meeting, null, 1, null, Instant.now()))
                }
            }
        }

        then:
        def log = notices("AGENDA_PUBLISHED:$meetingId:1:")
        (log*.recipient).containsAll(['chair@salford.demo', 'member@salford.demo', 'support@salford.demo'])
        log.every { it.status == 'SENT' && it.attempts == 1 }
        smtpServer.waitForIncomingEmail(5000, log.size())
        def mails = received().findAll { it.subject.endsWith('agenda for 16/10/2028 published') }
        mails*.getRecipients(Message.RecipientType.TO).flatten()*.toString().sort() == log*.recipient.sort()
    }

    def "minutes circulated while the mail server is down are recorded FAILED, and the next job run sends them, once"() {
        given: 'another Salford meeting with its minutes drafted and approved'
        String support = demo.token('support@salford.demo')
        String chair = demo.token('chair@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        String other = post(client, "/api/groups/$groupId/meetings", [title: 'Reminders: Child U',
                scheduledStart: '2029-01-15T10:00', reason: 'Serious incident notified'], support).json.id
        def draft = ApiCalls.send(client, io.micronaut.http.HttpRequest.PUT("/api/meetings/$other/minutes",
                [entries: [[heading: 'Child U', notes: 'Discussed.', decisions: ['Hold a rapid review']]]]), support)
        def approved = post(client, "/api/meetings/$other/minutes/approve", [version: draft.json.version], chair)
        assert approved.status == 200

        when: 'the minutes are circulated with the mail server down'
        smtpServer.stop()
        def circulated = post(client, "/api/meetings/$other/minutes/circulate", [version: approved.json.version], support)

        then: 'the circulation is recorded, and each member\'s notice is FAILED after one attempt'
        circulated.status == 200
        String key = "MINUTES_CIRCULATED:${circulated.json.id}:"
        def failed = notices(key)
        (failed*.recipient).containsAll(['chair@salford.demo', 'member@salford.demo', 'support@salford.demo'])
        failed.every { it.status == 'FAILED' && it.attempts == 1 }

        when: 'the server is back and the job runs, and runs again'
        startSmtp(smtpPort)
        def up = job.run()
        def again = job.run()

        then: 'each notice is SENT on its second attempt, to the stored recipient'
        up.failedPartnerships() == 0
        up.totals().sent() >= failed.size()
        def sent = notices(key)
        sent*.recipient == failed*.recipient
        sent.every { it.status == 'SENT' && it.attempts == 2 && it.failure == null }

        and: 'each member received exactly one mail of these minutes'
        smtpServer.waitForIncomingEmail(5000, sent.size())
        def mails = received().findAll { it.subject.endsWith('minutes of 15/01/2029') }
        mails*.getRecipients(Message.RecipientType.TO).flatten()*.toString().sort() == sent*.recipient.sort()
        notices(key).every { it.status == 'SENT' && it.attempts == 2 }
    }

    def "a FAILED agenda notice of a meeting since cancelled is not sent again"() {
        given: 'an agenda notice of the first meeting, FAILED with the mail server down'
        UUID salford = DemoTokens.tenantOf('salford')
        UUID meeting = UUID.fromString(meetingId)
        smtpServer.stop()
        TenantContext.callAs(salford) {
            transactions.executeWrite { status ->
                agendaPublished.publishEvent(new AgendaPublished(salford, meeting, null, 2, null, Instant.now()))
            }
        }
        def failed = notices("AGENDA_PUBLISHED:$meetingId:2:")
        assert failed && failed.every { it.status == 'FAILED' && it.attempts == 1 }
        startSmtp(smtpPort)

        and: 'the meeting is then cancelled'
        def c = PostgresFixture.get().ownerConnection()
        try {
            new Sql(c).executeUpdate("update meeting set status = 'CANCELLED', status_reason = 'Merged with another meeting' where id = ?::uuid", [meetingId])
        } finally {
            c.close()
        }

        when:
        job.run()

        then: 'the notices stay FAILED after one attempt, and no agenda mail went out'
        notices("AGENDA_PUBLISHED:$meetingId:2:").every { it.status == 'FAILED' && it.attempts == 1 }
        !received().any { it.subject.endsWith('agenda for 16/10/2028 published') }
    }

    private void moveTo(LocalDate day) {
        def target = ZonedDateTime.of(day.atTime(12, 0), LondonTime.ZONE).toInstant()
        clock.advance(Duration.between(clock.instant(), target))
    }

    /** Notice log rows whose key contains {@code part}, read as the owner (every partnership). */
    private static List<Map> notices(Object part) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            new Sql(c).rows('''select tenant_id, notice_key, recipient::text as recipient, status, attempts, failure
                                 from notice_log where strpos(notice_key, ?) > 0 order by recipient''', [part.toString()])
                    .collect { new LinkedHashMap(it) }
        } finally {
            c.close()
        }
    }

    private static List<MimeMessage> received() {
        smtpServer.receivedMessages as List
    }

    private static String body(MimeMessage message) {
        GreenMailUtil.getBody(message)
    }
}
