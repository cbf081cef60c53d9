package uk.reviewhub.ui.shell

import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.html.Paragraph
import io.micronaut.context.ApplicationContext
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.reviewhub.ui.UiServer
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.identity.SignInView

import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** When the backend cannot be reached, the user is told so in words, with no technical detail. */
class UnreachableBackendSpec extends ViewSpec {

    @Shared
    @AutoCleanup
    ApplicationContext nowhere = UiServer.createContext(URI.create('http://127.0.0.1:9'))

    @Override
    protected MockVaadinServlet servlet() {
        new MicronautMockServlet(routes, nowhere)
    }

    def "signing in while the backend is down says so"() {
        when:
        signInAs('chair@salford.demo')

        then:
        currentView() instanceof SignInView
        _get(Paragraph) { it.withId('sign-in-error') }.text ==
                'Sign-in failed: The Review Hub service cannot be reached just now. Please try again in a moment.'
    }
}
