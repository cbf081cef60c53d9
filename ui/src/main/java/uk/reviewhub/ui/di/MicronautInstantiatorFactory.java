package uk.reviewhub.ui.di;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.ApplicationContext;

/**
 * Registered in {@code META-INF/services/com.vaadin.flow.di.InstantiatorFactory}. The Micronaut
 * context is found as an attribute of the servlet context (key: {@code ApplicationContext}'s class
 * name), put there by whoever starts the servlet: {@code UiServer}, or a test's mock servlet.
 */
public final class MicronautInstantiatorFactory implements InstantiatorFactory {

    /** Makes the context available to the instantiator of the servlet started with this servlet context. */
    public static void attach(jakarta.servlet.ServletContext servletContext, ApplicationContext context) {
        servletContext.setAttribute(ApplicationContext.class.getName(), context);
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        ApplicationContext context = service.getContext().getAttribute(ApplicationContext.class);
        if (context == null) {
            throw new IllegalStateException("No Micronaut ApplicationContext attached to the servlet context; "
                    + "start the UI through UiServer (or attach one in tests)");
        }
        return new MicronautInstantiator(service, context);
    }
}
