package uk.reviewhub.testing

import no.nav.security.mock.oauth2.MockOAuth2Server
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback

/**
 * A real OpenID Connect provider in-process (mock-oauth2-server: discovery, authorize, token and
 * JWKS endpoints, signed ID tokens), one per test JVM, for the backend's single sign-on specs and
 * the UI's browser spec. A partnership's issuer is {@code <authority>/<its Entra tenant id>/v2.0},
 * as Entra's are. Its address is fixed when first asked for; the server starts on first real use,
 * so a JVM that never signs anyone in through it pays only for a free port.
 */
final class OpenIdProviderFixture {

    private static final int PORT = new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
    private static MockOAuth2Server server

    private OpenIdProviderFixture() {
    }

    /** The backend's {@code reviewhub.sso.authority}: the provider's base address. */
    static String authority() {
        "http://localhost:${PORT}".toString()
    }

    /** The running provider. */
    static synchronized MockOAuth2Server provider() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server()
            started.start(PORT)
            Runtime.runtime.addShutdownHook(new Thread({ started.shutdown() } as Runnable))
            server = started
        }
        server
    }

    /**
     * The browser's visit to the provider's authorization URL, which sends it straight back (no
     * redirect followed): the address it is sent back to, with the code and the state.
     */
    static URI visit(String authorizationUrl) {
        def browser = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
        def answer = browser.send(java.net.http.HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
        assert answer.statusCode() == 302: answer.body()
        URI.create(answer.headers().firstValue('Location').orElseThrow())
    }

    /** A URI's query, decoded. */
    static Map<String, String> query(URI uri) {
        uri.rawQuery.split('&').collectEntries {
            def (k, v) = it.split('=', 2)
            [(URLDecoder.decode(k, 'UTF-8')): URLDecoder.decode(v ?: '', 'UTF-8')]
        }
    }

    /** The provider will answer its next sign-in with this identity, issued by the given Entra tenant to the client. */
    static void providerSays(String email, String entraTenant, String clientId, Map claims = [:], List<String> audience = [clientId]) {
        provider().enqueueCallback(new DefaultOAuth2TokenCallback("${entraTenant}/v2.0".toString(), "subject-${email}".toString(), 'JWT',
                audience, [tid: entraTenant, email: email, name: 'Signed In Person'] + claims, 3600))
    }
}
