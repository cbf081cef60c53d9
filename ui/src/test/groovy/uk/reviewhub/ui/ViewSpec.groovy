package uk.reviewhub.ui

import com.github.mvysny.kaributesting.v10.MockVaadin
import com.github.mvysny.kaributesting.v10.Routes
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet
import com.vaadin.flow.component.AbstractField
import com.vaadin.flow.component.Component
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.textfield.EmailField
import com.vaadin.flow.component.textfield.PasswordField
import com.vaadin.flow.function.DeploymentConfiguration
import com.vaadin.flow.server.VaadinServletService
import io.micronaut.context.ApplicationContext
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.ui.di.MicronautInstantiatorFactory

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * Browserless view tests (Karibu-Testing): the views run in a mocked Vaadin environment, created
 * through the UI's Micronaut context, and call the real backend of {@link TestSystem}.
 */
abstract class ViewSpec extends Specification {

    @Shared
    static Routes routes = new Routes().autoDiscoverViews('uk.reviewhub.ui')

    static TestSystem getSystem() {
        TestSystem.instance
    }

    def setup() {
        MockVaadin.setup({ new UI() }, servlet())
    }

    /** The mocked servlet, with the UI context the views are created from. */
    protected MockVaadinServlet servlet() {
        new MicronautMockServlet(routes, system.uiContext)
    }

    def cleanup() {
        MockVaadin.tearDown()
    }

    /** Signs in through the sign-in view, as a person would. */
    static void signInAs(String email, String password = TestSystem.DEMO_PASSWORD) {
        UI.current.navigate('sign-in')
        userEnters(_get(EmailField) { it.withLabel('Email address') }, email)
        userEnters(_get(PasswordField) { it.withLabel('Password') }, password)
        _click(_get(Button) { it.withText('Sign in') })
    }

    /**
     * Sets a field's value as the browser would (a value change "from the client"). Karibu's
     * {@code _setValue} looks up a Vaadin-internal method whose signature changed in Vaadin 25.2.
     */
    static <V> void userEnters(AbstractField<?, V> field, V value) {
        assert field.visible && field.enabled && !field.readOnly: "${field.class.simpleName} is not editable"
        field.setModelValue(value, true)
    }

    static Component currentView() {
        UI.current.internals.activeRouterTargetsChain.first()
    }

    /**
     * The component the server last moved the keyboard focus to ({@code focus()} is a call to the
     * browser: this reads the calls not yet sent, and clears them).
     */
    static Component focusedLast() {
        // Element.executeJs waits for the response to the browser: run that step, as a request would.
        UI.current.internals.stateTree.runExecutionsBeforeClientResponse()
        def calls = UI.current.internals.dumpPendingJavaScriptInvocations()
                .findAll { it.invocation.expression.contains('.focus(') }
        calls ? com.vaadin.flow.dom.Element.get(calls.last().owner).component.orElse(null) : null
    }

    static String textOf(Component component) {
        component.element.textRecursively
    }

    /** Karibu's servlet, with the UI's Micronaut context attached before Vaadin creates its instantiator. */
    static class MicronautMockServlet extends MockVaadinServlet {
        private final ApplicationContext context

        MicronautMockServlet(Routes routes, ApplicationContext context) {
            super(routes, { new UI() })
            this.context = context
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) {
            MicronautInstantiatorFactory.attach(servletContext, context)
            super.createServletService(configuration)
        }
    }
}
