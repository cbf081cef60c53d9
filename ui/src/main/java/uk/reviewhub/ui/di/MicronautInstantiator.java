package uk.reviewhub.ui.di;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import com.vaadin.flow.server.auth.MenuAccessControl;
import io.micronaut.context.ApplicationContext;

/**
 * Creates Vaadin's views and components through the Micronaut context when it has a bean
 * definition for them, so views get constructor injection; everything else (Vaadin's own classes)
 * is created the default way. Views are {@code @Prototype}: a new instance per navigation.
 */
final class MicronautInstantiator extends DefaultInstantiator {

    private final ApplicationContext context;

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    /** Every signed-in user sees every menu entry; what they may do is the backend's decision. */
    @Override
    public MenuAccessControl getMenuAccessControl() {
        return new DefaultMenuAccessControl();
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (type == MenuAccessControl.class) {
            // Asked for by interface when another instantiator (Karibu's) wraps this one.
            return type.cast(getMenuAccessControl());
        }
        if (context.findBeanDefinition(type).isPresent()) {
            return context.getBean(type);
        }
        return super.getOrCreate(type);
    }
}
