package uk.reviewhub.ui

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import uk.reviewhub.testing.OpenIdProviderFixture
import uk.reviewhub.testing.PostgresFixture

import java.nio.file.Files
import java.nio.file.Path

/**
 * The real system behind the UI tests, once per test JVM: the backend (in the {@code test}
 * environment, on the shared test PostgreSQL with the partnership packs and demo users loaded) on
 * a random port, the UI's own Micronaut context pointing at it, and, for browser tests, the UI's
 * Jetty on a random port.
 */
@Singleton(lazy = true, strict = false)
class TestSystem {

    static final String DEMO_PASSWORD = PostgresFixture.DEMO_PASSWORD

    final EmbeddedServer backend
    final ApplicationContext uiContext
    private UiServer uiServer

    private TestSystem() {
        Map<String, Object> properties = new LinkedHashMap<>(PostgresFixture.get().properties())
        properties.put('micronaut.server.port', -1)
        // Single sign-on against the in-process OpenID Connect provider (started on first use).
        properties.put('reviewhub.sso.authority', OpenIdProviderFixture.authority())
        properties.put('reviewhub.security.trusted-proxies', 'loopback') // as infra/run.sh: the UI forwards the browser's address
        backend = ApplicationContext.run(EmbeddedServer, properties, 'test')
        uiContext = UiServer.createContext(backend.URI)
        addShutdownHook {
            uiServer?.close()
            uiContext.close()
            backend.applicationContext.close()
        }
    }

    /** The UI served over HTTP (for the browser), started on first use. */
    synchronized UiServer ui() {
        if (uiServer == null) {
            Path work = Files.createDirectories(targetDir().resolve('ui-work'))
            uiServer = UiServer.start(new UiServer.Settings('127.0.0.1', 0, backend.URI, work))
        }
        uiServer
    }

    static Path targetDir() {
        Path.of(System.getProperty('user.dir'), 'target')
    }
}
