package uk.reviewhub.ui.shell

import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.html.H1
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.server.ErrorEvent
import com.vaadin.flow.server.VaadinSession
import io.micronaut.context.ApplicationContext
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.reviewhub.ui.UiServer
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.backend.BackendProblem
import uk.reviewhub.ui.backend.NotSignedInException
import uk.reviewhub.ui.backend.SessionCredentials
import uk.reviewhub.api.auth.Me

import java.time.Instant
import uk.reviewhub.ui.identity.SignInView

import static com.github.mvysny.kaributesting.v10.LocatorJ._get
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications

/** The one session error handler: what the user sees when an action fails after the page is shown. */
class SessionErrorHandlerSpec extends ViewSpec {

    @Shared
    @AutoCleanup
    ApplicationContext nowhere = UiServer.createContext(URI.create('http://127.0.0.1:9'))

    @Override
    protected MockVaadinServlet servlet() {
        new MicronautMockServlet(routes, nowhere)
    }

    def "a backend problem becomes a readable notification: #status"() {
        given:
        UI.current.navigate('sign-in')

        when:
        VaadinSession.current.errorHandler.error(new ErrorEvent(new RuntimeException('wrapped',
                new BackendProblem(status, 'Title', detail, null))))

        then:
        expectNotifications(shown)

        where:
        status | detail                      || shown
        403    | null                        || 'Problem: You do not have permission to do that.'
        404    | 'No such group.'            || 'Problem: No such group.'
        500    | null                        || 'Problem: Something went wrong in the Review Hub service. Please try again later.'
        0      | null                        || 'Problem: The Review Hub service cannot be reached just now. Please try again in a moment.'
    }

    def "a lost sign-in sends the user to the sign-in view without a notification"() {
        given:
        UI.current.navigate('sign-in')

        when:
        VaadinSession.current.errorHandler.error(new ErrorEvent(new NotSignedInException('expired')))

        then:
        currentView() instanceof SignInView
        notifications.isEmpty()
    }

    def "a view whose data cannot be fetched says so in words, inside the layout"() {
        given: 'a signed-in session whose backend has gone away'
        VaadinSession.current.setAttribute(SessionCredentials, new SessionCredentials('token', 'refresh',
                Instant.now().plusSeconds(600), new Me(UUID.randomUUID(), 'someone@example.org', 'Someone', null, ['MEMBER'], [], [])))

        when:
        UI.current.navigate('membership')

        then:
        BackendProblemView view = currentView() as BackendProblemView
        _get(view, H1).text == 'This page could not be shown'
        _get(view, Paragraph).text == 'The Review Hub service cannot be reached just now. Please try again in a moment.'
        UI.current.internals.activeRouterTargetsChain.any { it instanceof MainLayout }
    }

    def "anything else is reported without technical detail"() {
        given:
        UI.current.navigate('sign-in')

        when:
        VaadinSession.current.errorHandler.error(new ErrorEvent(new IllegalStateException('SQL state 42P01 at line 7')))

        then:
        expectNotifications('Problem: Something unexpected went wrong. Please try again.')
    }
}
