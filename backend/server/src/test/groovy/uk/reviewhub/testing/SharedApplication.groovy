package uk.reviewhub.testing

import io.micronaut.context.ApplicationContext
import io.micronaut.context.BeanContext
import io.micronaut.context.annotation.Value
import io.micronaut.core.type.Argument
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.inject.qualifiers.Qualifiers
import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import jakarta.inject.Named
import spock.lang.Specification
import uk.reviewhub.access.AccessCheck
import uk.reviewhub.time.MovableClock

import java.lang.reflect.Field
import java.time.Clock

/**
 * The one application (backend context and HTTP server, in the {@code test} environment on the shared
 * test PostgreSQL) that every {@link IntegrationSpec} uses, started on first use and closed when the
 * JVM ends: about sixty specs used to start and stop a context each.
 *
 * <p>Before each feature it fills the spec's {@code @Inject} fields as Micronaut's test extension did
 * ({@code @Client('/')} gives a client of this server; {@code @Named} and generic types are honoured;
 * {@code @Value} placeholders are resolved), and puts back what one spec may leave behind in memory:
 * the movable clock's offset and the access check's cache. Specs that need their own configuration
 * extend {@link ConfiguredIntegrationSpec} instead.
 */
final class SharedApplication {

    private static EmbeddedServer server
    private static HttpClient client

    private SharedApplication() {
    }

    static synchronized EmbeddedServer server() {
        if (server == null) {
            Map<String, Object> properties = new LinkedHashMap<>(PostgresFixture.get().properties())
            properties.put('micronaut.server.port', -1)
            server = ApplicationContext.run(EmbeddedServer, properties, 'test')
            client = server.applicationContext.createBean(HttpClient, server.URL)
            EmbeddedServer started = server
            Runtime.runtime.addShutdownHook(new Thread({ started.applicationContext.close() }, 'shared-application-stop'))
        }
        server
    }

    /** Fills {@code spec}'s injected fields and resets the state one feature may leave in memory. */
    static void prepare(Specification spec) {
        EmbeddedServer running = server()
        ApplicationContext context = running.applicationContext
        Clock clock = context.getBean(Clock)
        if (clock instanceof MovableClock) {
            ((MovableClock) clock).reset()
        }
        context.getBean(AccessCheck).forgetEveryone()
        for (Class<?> type = spec.getClass(); type != null && type != Specification; type = type.superclass) {
            for (Field field : type.declaredFields) {
                if (field.isAnnotationPresent(Inject)) {
                    field.accessible = true
                    field.set(spec, valueFor(field, running))
                } else if (field.isAnnotationPresent(Value)) {
                    field.accessible = true
                    String placeholder = field.getAnnotation(Value).value()
                    String resolved = context.environment.placeholderResolver.resolveRequiredPlaceholders(placeholder)
                    field.set(spec, context.conversionService.convertRequired(resolved, field.type))
                }
            }
        }
    }

    private static Object valueFor(Field field, EmbeddedServer running) {
        ApplicationContext context = running.applicationContext
        if (field.isAnnotationPresent(Client)) {
            if (!HttpClient.isAssignableFrom(field.type) || field.getAnnotation(Client).value() != '/') {
                throw new IllegalStateException("${field}: only @Client('/') HttpClient is supported by the shared application")
            }
            return client
        }
        if (field.type.isAssignableFrom(EmbeddedServer) && field.type != Object) {
            return running
        }
        if (field.type == ApplicationContext || field.type == BeanContext) {
            return context
        }
        Named named = field.getAnnotation(Named)
        Argument<?> argument = Argument.of(field.genericType)
        named == null ? context.getBean(argument) : context.getBean(argument, Qualifiers.byName(named.value()))
    }
}
