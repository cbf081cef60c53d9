package uk.reviewhub.mail

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.mail.domain.MailStatus
import uk.reviewhub.mail.domain.Mailer
import uk.reviewhub.mail.domain.NoticeKind
import uk.reviewhub.mail.domain.Notices
import uk.reviewhub.mail.persistence.OutboxStore
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.tenancy.TenantContext
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get

/** With no SMTP host configured (the development default) messages are held in the partnership's outbox. */
class OutboxSpec extends IntegrationSpec {

    @Inject
    Notices notices

    @Inject
    Mailer mailer

    @Inject
    OutboxStore outbox

    @Inject
    AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    DemoTokens demo

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
    }

    def "the default mailer keeps messages in the outbox, where the partnership's admin sees them"() {
        given:
        UUID salford = DemoTokens.tenantOf('salford')
        String subject = "agenda ${UUID.randomUUID()}"

        when:
        def sent = TenantContext.callAs(salford) {
            notices.send(NoticeKind.AGENDA_PUBLISHED, ['members@salford.example'], [
                    group  : [name: 'Case Review and Audit sub-group'], partnership: [name: 'Salford Safeguarding Children Board'],
                    meeting: [date: '13/03/2025', time: '10:00', location: 'Civic Centre'],
                    items  : [[number: 1, title: 'Welcome'], [number: 2, title: 'Rapid review: Child A']]])
        }
        def outbox = get(client, '/api/outbox', demo.token('admin@salford.demo'))
        def message = outbox.json.find { it.id == sent.id().toString() }

        then:
        mailer.class.simpleName == 'OutboxMailer'
        sent.status() == MailStatus.HELD
        outbox.status == 200
        message.noticeKind == 'AGENDA_PUBLISHED'
        message.to == ['members@salford.example']
        message.subject == 'Case Review and Audit sub-group: agenda for 13/03/2025 published'
        message.body.contains('2. Rapid review: Child A')
        message.status == 'HELD'
        message.transport == 'OUTBOX'

        and: 'another partnership does not see it'
        !get(client, '/api/outbox', demo.token('admin@norfolk.demo')).json.any { it.id == sent.id().toString() }
    }

    def "only partnership admins and business support see the outbox: #who gets #status"() {
        expect:
        get(client, '/api/outbox', who ? demo.token(who) : null).status == status

        where:
        who                   || status
        null                  || 401
        'member@salford.demo' || 403
        'chair@salford.demo'  || 403
        'support@salford.demo' || 200
        'admin@salford.demo'  || 200
    }

    def "each notice kind renders its subject and body from the data given: #kind"() {
        given:
        UUID salford = DemoTokens.tenantOf('salford')

        when:
        def sent = TenantContext.callAs(salford) { notices.send(kind, ['a@example.org'], data + [group: [name: 'CRAG']]) }
        def message = get(client, '/api/outbox', demo.token('admin@salford.demo')).json.find { it.id == sent.id().toString() }

        then:
        message.subject == subject
        message.body.contains(bodyText)

        where:
        kind                          | data                                                                         || subject                             | bodyText
        NoticeKind.ITEM_DEADLINE      | [meeting: [date: '13/03/2025'], deadline: '27/02/2025', workingDays: 10] || 'CRAG: agenda items due by 27/02/2025' | '(10 working days before the meeting)'
        NoticeKind.AGENDA_PUBLISHED   | [meeting: [date: '13/03/2025'], items: []]                                 || 'CRAG: agenda for 13/03/2025 published' | 'are now in Review Hub'
        NoticeKind.MINUTES_CIRCULATED | [meeting: [date: '13/03/2025'], actionCount: 3]                            || 'CRAG: minutes of 13/03/2025'     | 'with 3 actions'
        NoticeKind.ACTION_DUE         | [action: [description: 'Send the report', owner: 'Business Support Officer', agency: 'SSCB', dueOn: '20/03/2025']] || 'CRAG: action due 20/03/2025' | 'Owner: Business Support Officer (SSCB)'
        NoticeKind.ACTION_DUE         | [action: [description: 'Send the report', owner: 'Business Support Officer', dueOn: '20/03/2025'], overdue: 'yes'] || 'CRAG: action overdue since 20/03/2025' | 'was due on 20/03/2025 and is not yet complete'
        NoticeKind.TERMS_OF_REFERENCE_REVIEW | [reviewDueOn: '30/09/2026', passed: '']                  || 'CRAG: terms of reference review due 30/09/2026' | 'The terms of reference of the CRAG are due for review on 30/09/2026.'
        NoticeKind.TERMS_OF_REFERENCE_REVIEW | [reviewDueOn: '30/09/2026', passed: 'yes']               || 'CRAG: terms of reference review overdue since 30/09/2026' | "The review of the CRAG's terms of reference was due on 30/09/2026"
    }

    // Changed by issue 11 (onboarding mails a registration before its partnership exists): with no
    // tenant bound, a message goes to the platform's outbox, never to a partnership's.
    def "sending with no tenant bound goes to the platform's outbox, not a partnership's"() {
        given:
        String to = "platform-${UUID.randomUUID()}@example.org"

        when:
        TenantContext.callWithoutTenant { mailer.send(uk.reviewhub.mail.domain.MailMessage.text([to], 'x', 'y')) }

        then:
        countAsOwner('select count(*) from platform_outbox_message where ? = any(recipients)', to) == 1
        countAsOwner('select count(*) from outbox_message where ? = any(recipients)', to) == 0
    }

    def "a copy kept of a message sent by SMTP withholds its link, in a partnership's outbox and the platform's"() {
        given:
        String to = "kept-${UUID.randomUUID()}@example.org"
        String link = 'https://reviewhub.example/register/setup?token=' + uk.reviewhub.security.SecretTokens.newToken()
        def message = new uk.reviewhub.mail.domain.MailMessage([to], 'Set up', "Follow $link within 7 days.", null, null, [link])

        when: 'recorded as sent by SMTP with no partnership bound, and with one bound'
        TenantContext.callWithoutTenant { outbox.record(message, OutboxStore.SMTP, MailStatus.SENT) }
        TenantContext.callAs(uk.reviewhub.identity.TestUsers.partnership("kept-${UUID.randomUUID().toString().take(8)}")) { outbox.record(message, OutboxStore.SMTP, MailStatus.SENT) }

        then:
        countAsOwner("select count(*) from platform_outbox_message where ? = any(recipients) and body_text like '%[withheld:%' and body_text not like '%token=%'", to) == 1
        countAsOwner("select count(*) from outbox_message where ? = any(recipients) and body_text like '%[withheld:%' and body_text not like '%token=%'", to) == 1

        when: 'held in the development outbox, which sends nothing, it is kept whole'
        TenantContext.callWithoutTenant { outbox.record(message, OutboxStore.OUTBOX, MailStatus.HELD) }

        then:
        countAsOwner("select count(*) from platform_outbox_message where ? = any(recipients) and body_text like '%token=%'", to) == 1
    }

    private static int countAsOwner(String sql, String value) {
        def c = uk.reviewhub.testing.PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement(sql)
            s.setString(1, value)
            def rows = s.executeQuery()
            rows.next()
            rows.getInt(1)
        } finally {
            c.close()
        }
    }
}
