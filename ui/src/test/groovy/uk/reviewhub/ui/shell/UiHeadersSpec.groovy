package uk.reviewhub.ui.shell

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.ui.TestSystem

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * The UI over HTTP: a Content-Security-Policy on every page, no type sniffing, no caching of pages,
 * a session cookie that scripts cannot read and other sites do not get (Secure over TLS), and no
 * server name, version or class in a header or an error page.
 */
class UiHeadersSpec extends Specification {

    @Shared HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()

    HttpResponse<String> fetch(String path) {
        http.send(HttpRequest.newBuilder(TestSystem.instance.ui().url().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
    }

    def "the sign-in page carries the CSP, nosniff and no-store, and no Server header"() {
        when:
        def page = fetch('/')

        then:
        page.statusCode() == 200
        def csp = page.headers().firstValue('Content-Security-Policy').orElse('')
        csp.contains("default-src 'self'")
        csp.contains("frame-ancestors 'none'")
        csp.contains("object-src 'none'")
        page.headers().firstValue('X-Content-Type-Options').orElse(null) == 'nosniff'
        page.headers().firstValue('Cache-Control').orElse('').contains('no-store')
        page.headers().firstValue('Server').isEmpty()
        page.headers().firstValue('X-Powered-By').isEmpty()
    }

    def "the session cookie is HttpOnly and SameSite=Lax, and not Secure over plain HTTP"() {
        when:
        List<String> cookies = fetch('/').headers().allValues('Set-Cookie')
        String session = cookies.find { it.startsWith('JSESSIONID=') }

        then:
        session != null
        session.contains('HttpOnly')
        session.contains('SameSite=Lax')
        !session.contains('Secure')
    }

    def "an error page names no server, servlet or class (#path)"() {
        when:
        def page = fetch(path)

        then:
        page.statusCode() >= 400
        page.headers().firstValue('Server').isEmpty()
        !page.body().toLowerCase().contains('jetty')
        !page.body().contains('Exception')
        !page.body().contains('uk.reviewhub')
        !page.body().toLowerCase().contains('servlet')

        where:
        path << ['/VAADIN/no-such-file.js', '/%2e%2e/%2e%2e/etc/passwd']
    }
}
