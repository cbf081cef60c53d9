package uk.reviewhub.security

import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import java.nio.charset.StandardCharsets

import static uk.reviewhub.testing.ApiCalls.get

/**
 * Case data is never cached or sniffed; no header or error names the server, its version or a
 * class; an oversize body is refused from its declared length before it is read.
 */
class HeadersAndLimitsSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    def "#what answers carry no-store and nosniff, and no Server header"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String chair = demo.token('chair@norfolk.demo')

        when:
        def answer = ApiCalls.send(client, request.call(), signedIn ? chair : null)

        then:
        answer.status == status
        answer.headers.get('Cache-Control') == 'no-store'
        answer.headers.get('X-Content-Type-Options') == 'nosniff'
        answer.headers.get('Server') == null
        answer.headers.names().every { !(it.toLowerCase() in ['x-powered-by', 'x-application-context']) }

        where:
        what                      | signedIn | request                                                               || status
        'the case list'           | true     | { HttpRequest.GET(ApiPaths.CASES) }                                   || 200
        'the CAP'                 | true     | { HttpRequest.GET(ApiPaths.CAP) }                                     || 200
        'a missing case'          | true     | { HttpRequest.GET("/api/cases/${UUID.randomUUID()}") }                || 404
        'a malformed body'        | true     | { HttpRequest.POST(ApiPaths.CASES, '{"x": ').contentType(MediaType.APPLICATION_JSON_TYPE) } || 400
        'a refusal without a token' | false  | { HttpRequest.GET(ApiPaths.CASES) }                                   || 401
        'a refusal of a role not held' | true | { HttpRequest.GET('/api/platform/partnerships') }                    || 403
    }

    def "error answers name no class, package or server (#what)"() {
        when:
        def answer = ApiCalls.send(client, request.call(), bearer ? new DemoTokens(accessTokens).token('chair@norfolk.demo') : null)

        then:
        answer.status == status
        answer.headers.get('Server') == null
        !(answer.body ?: '').toLowerCase().contains('micronaut')
        !(answer.body ?: '').toLowerCase().contains('netty')
        !(answer.body ?: '').contains('Exception')
        !(answer.body ?: '').contains('uk.reviewhub')

        where:
        what              | bearer | request                                                                                    || status
        'no token'        | false  | { HttpRequest.GET(ApiPaths.CASES) }                                                        || 401
        'malformed JSON'  | true   | { HttpRequest.POST(ApiPaths.CASES, '{"x": ').contentType(MediaType.APPLICATION_JSON_TYPE) } || 400
        'wrong type'      | true   | { HttpRequest.POST(ApiPaths.CASES, '{"awareOn": 12}').contentType(MediaType.APPLICATION_JSON_TYPE) } || 400
        'bad UUID'        | true   | { HttpRequest.GET('/api/cases/not-a-uuid') }                                                || 400
        'no such route'   | true   | { HttpRequest.GET('/api/no-such-thing') }                                                   || 404
    }

    /** Sends only the request head, declaring a body of {@code length} bytes, and reads the status line that comes back. */
    String headOnly(String method, String path, String contentType, long length, String bearer) {
        new Socket('localhost', server.port).withCloseable { socket ->
            socket.soTimeout = 60_000 // the answer must come without the body: waiting for it would end here, failing the test
            socket.outputStream.write(("$method $path HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer $bearer\r\n" +
                    "Content-Type: $contentType\r\nContent-Length: $length\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
            socket.outputStream.write(new byte[1024])
            socket.outputStream.flush()
            def reader = new BufferedReader(new InputStreamReader(socket.inputStream, StandardCharsets.US_ASCII))
            List<String> lines = []
            String line
            while ((line = reader.readLine()) != null && !line.isEmpty()) {
                lines << line
            }
            lines.join('\n')
        }
    }

    def "a 26 MB upload and a 2 MB JSON body are refused with 413 from their length, before the body is sent"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String member = demo.token('member@salford.demo')

        when:
        String upload = headOnly('POST', "/api/agenda-items/${UUID.randomUUID()}/papers", 'multipart/form-data; boundary=xyz',
                26L * 1024 * 1024, member)
        String json = headOnly('POST', ApiPaths.CASES, 'application/json', 2L * 1024 * 1024, demo.token('chair@norfolk.demo'))

        then:
        upload.startsWith('HTTP/1.1 413')
        upload.toLowerCase().contains('content-type: application/problem+json')
        json.startsWith('HTTP/1.1 413')
    }
}
