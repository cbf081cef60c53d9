package uk.reviewhub.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.DefaultApplicationContext;
import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.inject.BeanDefinitionReference;

import java.util.List;
import java.util.function.Predicate;

/**
 * Builds the UI's Micronaut context from the UI's own beans and the libraries' beans only. The
 * backend's beans are left out: they are on the class path only where a test runs the backend in
 * the same JVM, and must not start a second database or HTTP server inside the UI's context.
 */
final class UiApplicationContextBuilder extends DefaultApplicationContextBuilder {

    private static final String PROJECT = "uk.reviewhub.";
    private static final String UI = "uk.reviewhub.ui.";

    static boolean belongsToUi(BeanDefinitionReference<?> reference) {
        String name = reference.getBeanDefinitionName();
        return !name.startsWith(PROJECT) || name.startsWith(UI);
    }

    @Override
    protected ApplicationContext newApplicationContext() {
        return new DefaultApplicationContext(this) {
            @Override
            protected List<BeanDefinitionReference> resolveBeanDefinitionReferences() {
                return super.resolveBeanDefinitionReferences().stream()
                        .filter(UiApplicationContextBuilder::belongsToUi)
                        .toList();
            }

            @Override
            protected List<BeanDefinitionReference> resolveBeanDefinitionReferences(Predicate<BeanDefinitionReference> predicate) {
                Predicate<BeanDefinitionReference> ours = UiApplicationContextBuilder::belongsToUi;
                return super.resolveBeanDefinitionReferences(predicate == null ? ours : ours.and(predicate));
            }
        };
    }
}
