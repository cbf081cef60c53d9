package uk.reviewhub.mail

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.GreenMailUtil
import com.icegreen.greenmail.util.ServerSetup
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import jakarta.mail.Message
import jakarta.mail.internet.MimeMessage
import spock.lang.Shared
import uk.reviewhub.mail.domain.MailMessage
import uk.reviewhub.mail.domain.MailSettings
import uk.reviewhub.mail.domain.MailStatus
import uk.reviewhub.mail.domain.Mailer
import uk.reviewhub.mail.domain.NoticeKind
import uk.reviewhub.mail.domain.Notices
import uk.reviewhub.mail.domain.SmtpMailer
import uk.reviewhub.mail.persistence.OutboxStore
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.tenancy.TenantContext
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.ConfiguredIntegrationSpec

import java.time.Clock

import static uk.reviewhub.testing.ApiCalls.get

/**
 * With an SMTP host configured, mail goes out through a real SMTP client (Jakarta Mail); here to an
 * in-process SMTP server (GreenMail), from which the messages are read back.
 */
class SmtpMailSpec extends ConfiguredIntegrationSpec {

    static GreenMail smtpServer

    @Inject
    Notices notices

    @Inject
    Mailer mailer

    @Inject
    OutboxStore outbox

    @Inject
    Clock clock

    @Inject
    AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    DemoTokens demo

    @Override
    Map<String, String> getProperties() {
        if (smtpServer == null) {
            smtpServer = new GreenMail(new ServerSetup(0, '127.0.0.1', ServerSetup.PROTOCOL_SMTP))
            smtpServer.start()
        }
        super.getProperties() + [
                'reviewhub.mail.smtp.host'    : '127.0.0.1',
                'reviewhub.mail.smtp.port'    : String.valueOf(smtpServer.smtp.port),
                'reviewhub.mail.smtp.starttls': 'false',
                'reviewhub.mail.smtp.from'    : 'Salford SCB <sscb@salford.example>',
        ]
    }

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
        smtpServer.purgeEmailFromAllMailboxes()
    }

    def cleanupSpec() {
        smtpServer?.stop()
        smtpServer = null
    }

    def "a notice goes out through SMTP to every recipient, and the outbox records it as sent"() {
        given:
        UUID salford = DemoTokens.tenantOf('salford')

        when:
        def sent = TenantContext.callAs(salford) {
            notices.send(NoticeKind.MINUTES_CIRCULATED, ['chair@salford.example', 'police@salford.example'], [
                    partnership: [name: 'Salford Safeguarding Children Board'], group: [name: 'Case Review and Audit sub-group'],
                    meeting    : [date: '13/03/2025'], actionCount: 2])
        }

        then:
        mailer.class.simpleName == 'SmtpMailer'
        sent.status() == MailStatus.SENT
        smtpServer.waitForIncomingEmail(5000, 2)

        when:
        MimeMessage[] received = smtpServer.receivedMessages

        then: 'one copy per recipient, each the same message'
        received.length == 2
        received.every { it.subject == 'Case Review and Audit sub-group: minutes of 13/03/2025' }
        received.first().getRecipients(Message.RecipientType.TO)*.toString() as Set ==
                ['chair@salford.example', 'police@salford.example'] as Set
        received.first().from*.toString() == ['Salford SCB <sscb@salford.example>']
        GreenMailUtil.getBody(received.first()).contains('with 2 actions')
        GreenMailUtil.getBody(received.first()).contains('Salford Safeguarding Children Board')

        and:
        def recorded = get(client, '/api/outbox', demo.token('admin@salford.demo')).json.find { it.id == sent.id().toString() }
        recorded.status == 'SENT'
        recorded.transport == 'SMTP'
        recorded.sentAt != null
    }

    def "a message with an HTML alternative arrives as multipart with both parts"() {
        given:
        UUID salford = DemoTokens.tenantOf('salford')

        when:
        TenantContext.callAs(salford) {
            mailer.send(new MailMessage(['member@salford.example'], 'Agenda', 'Plain agenda', '<p>HTML agenda</p>', null))
        }
        smtpServer.waitForIncomingEmail(5000, 1)
        def received = smtpServer.receivedMessages.first()
        def raw = GreenMailUtil.getWholeMessage(received)

        then:
        received.contentType.startsWith('multipart/alternative')
        raw.contains('Plain agenda')
        raw.contains('<p>HTML agenda</p>')
    }

    def "a server that cannot be reached leaves the message FAILED in the outbox, with the reason"() {
        given:
        UUID salford = DemoTokens.tenantOf('salford')
        int closedPort = new ServerSocket(0).withCloseable { it.localPort }
        Mailer unreachable = new SmtpMailer(outbox, new MailSettings('127.0.0.1', closedPort, null, null, false, null), clock)

        when:
        def sent = TenantContext.callAs(salford) { unreachable.send(MailMessage.text(['x@salford.example'], 'Unsendable', 'Body')) }
        def recorded = get(client, '/api/outbox', demo.token('admin@salford.demo')).json.find { it.id == sent.id().toString() }

        then:
        sent.status() == MailStatus.FAILED
        recorded.status == 'FAILED'
        recorded.failure.contains('Exception')
        recorded.sentAt == null
    }
}
