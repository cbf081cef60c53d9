package uk.reviewhub.logging

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.joran.JoranConfigurator
import ch.qos.logback.classic.spi.LoggingEvent
import ch.qos.logback.core.ConsoleAppender
import groovy.json.JsonSlurper
import io.micronaut.http.HttpAttributes
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.context.ServerRequestContext
import io.micronaut.security.authentication.Authentication
import jakarta.inject.Inject
import org.slf4j.LoggerFactory
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.http.RequestId
import uk.reviewhub.testing.IntegrationSpec

import java.nio.charset.StandardCharsets

import static uk.reviewhub.testing.ApiCalls.get

/**
 * Production logs are JSON lines naming the request and the partnership being served, and every
 * answer carries its request id.
 */
class JsonLogSpec extends IntegrationSpec {

    static final String UUID_SHAPE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/

    @Inject
    @Client('/')
    HttpClient client

    JsonLineEncoder encoder = new JsonLineEncoder()

    def "every answer carries a request id: a plain one given is kept, anything else is replaced"() {
        expect: 'none given: a new one'
        get(client, ApiPaths.ME).headers.get(RequestId.HEADER) ==~ UUID_SHAPE

        and: 'a plain token given: the same back'
        answerWith('ingress-7f3a.01_b') == 'ingress-7f3a.01_b'

        and: 'anything else is not echoed'
        answerWith('<script>') ==~ UUID_SHAPE
        answerWith('x' * 65) ==~ UUID_SHAPE
    }

    def "a line written while serving a request names its id and partnership"() {
        given:
        UUID partnership = UUID.randomUUID()
        def request = HttpRequest.GET('/api/cases')
        request.setAttribute(HttpAttributes.PRINCIPAL, Authentication.build('someone', [tenant: partnership.toString()]))
        new RequestId().assign(request)

        when:
        Map line = ServerRequestContext.with(request, { parse(event('Case opened')) } as java.util.concurrent.Callable)

        then:
        line.message == 'Case opened'
        line.level == 'INFO'
        line.logger == 'uk.reviewhub.test'
        line.requestId ==~ UUID_SHAPE
        line.partnership == partnership.toString()
        line.time ==~ /\d{4}-\d\d-\d\dT.*Z/
        !line.containsKey('error')
    }

    def "outside a request there is no request id or partnership; text and stacks stay one valid line"() {
        given:
        String awkward = 'a "quoted" path C:\\x, a tab\t, a newline\n, a bell\u0007 and a line separator\u2028.'

        when:
        byte[] bytes = encoder.encode(event(awkward, new IllegalStateException('outer', new RuntimeException('inner'))))
        String text = new String(bytes, StandardCharsets.UTF_8)
        Map line = new JsonSlurper().parseText(text)

        then: 'one line, ending in a newline'
        text.endsWith('\n')
        text.indexOf('\n') == text.length() - 1

        and:
        line.message == awkward
        !line.containsKey('requestId')
        !line.containsKey('partnership')
        line.error.startsWith('java.lang.IllegalStateException: outer\n\tat ')
        line.error.contains('Caused by: java.lang.RuntimeException: inner')
    }

    def "the production configuration writes through this encoder"() {
        given:
        LoggerContext context = new LoggerContext()
        def configurator = new JoranConfigurator()
        configurator.context = context

        when:
        configurator.doConfigure(getClass().getResource('/logback-json.xml'))
        def appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender('STDOUT') as ConsoleAppender

        then:
        appender.encoder instanceof JsonLineEncoder
        context.getLogger(Logger.ROOT_LOGGER_NAME).level == Level.INFO
    }

    /** The request id on the answer (a 401: nobody is signed in) to a request that gave {@code id}. */
    private String answerWith(String id) {
        try {
            client.toBlocking().exchange(HttpRequest.GET(ApiPaths.ME).header(RequestId.HEADER, id)).header(RequestId.HEADER)
        } catch (HttpClientResponseException e) {
            assert e.status.code == 401
            e.response.header(RequestId.HEADER)
        }
    }

    private static LoggingEvent event(String message, Throwable error = null) {
        Logger logger = (LoggerFactory.getILoggerFactory() as LoggerContext).getLogger('uk.reviewhub.test')
        new LoggingEvent(Logger.FQCN, logger, Level.INFO, message, error, null)
    }

    private Map parse(LoggingEvent event) {
        new JsonSlurper().parseText(new String(encoder.encode(event), StandardCharsets.UTF_8)) as Map
    }
}
