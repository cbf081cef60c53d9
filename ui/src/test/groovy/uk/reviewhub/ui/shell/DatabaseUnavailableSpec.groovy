package uk.reviewhub.ui.shell

import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet
import com.sun.net.httpserver.HttpServer
import com.vaadin.flow.component.html.Paragraph
import io.micronaut.context.ApplicationContext
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.reviewhub.ui.UiServer
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.identity.SignInView

import java.nio.charset.StandardCharsets

import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * When the backend answers 503 because its database cannot be reached (the backend's
 * DatabaseUnavailableSpec), the person reads the backend's sentence, not a wrong-password message
 * and not the throttle's "about a minute". The backend here is an HTTP server that gives every
 * request the answer the backend gives in an outage, word for word.
 */
class DatabaseUnavailableSpec extends ViewSpec {

    static final String DETAIL = 'Review Hub cannot reach its database just now. Try again in a few seconds.' +
            ' If you were saving something, check whether it was saved before you send it again.' +
            ' Quote reference 5d0c1c9e-8f1a-4a55-a2a4-0b7e8f0d6a11 if you report it.'

    @Shared
    HttpServer outage = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0).tap {
        createContext('/') { exchange ->
            String problem = """{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"$DETAIL",""" +
                    """"instance":"${exchange.requestURI.path}","correlationId":"5d0c1c9e-8f1a-4a55-a2a4-0b7e8f0d6a11"}"""
            byte[] body = problem.getBytes(StandardCharsets.UTF_8)
            exchange.responseHeaders.add('Content-Type', 'application/problem+json')
            exchange.responseHeaders.add('Retry-After', '5')
            exchange.sendResponseHeaders(503, body.length)
            exchange.responseBody.withCloseable { it.write(body) }
        }
        start()
    }

    @Shared
    @AutoCleanup
    ApplicationContext backend = UiServer.createContext(URI.create("http://127.0.0.1:${outage.address.port}"))

    def cleanupSpec() {
        outage.stop(0)
    }

    @Override
    protected MockVaadinServlet servlet() {
        new MicronautMockServlet(routes, backend)
    }

    def "signing in while the backend cannot reach its database gives the backend's words, with no wait of minutes"() {
        when:
        signInAs('chair@salford.demo')

        then:
        currentView() instanceof SignInView
        _get(Paragraph) { it.withId('sign-in-error') }.text == 'Sign-in failed: ' + DETAIL
    }
}
