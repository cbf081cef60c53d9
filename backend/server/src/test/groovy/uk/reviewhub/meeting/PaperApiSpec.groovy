package uk.reviewhub.meeting

import uk.reviewhub.testing.DemoTokens
import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import java.nio.charset.StandardCharsets

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/** Papers on a Salford agenda item: checked on the way in, served only as downloads, only to the group's people. */
class PaperApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject EmbeddedServer server

    @Inject
    @Client('/')
    HttpClient client

    DemoTokens demo

    def setup() {
        demo = new DemoTokens(accessTokens)
    }

    ApiCalls.Answer upload(String itemId, String fileName, byte[] content, String bearer) {
        def body = MultipartBody.builder().addPart('file', fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build()
        ApiCalls.send(client, HttpRequest.POST("/api/agenda-items/$itemId/papers", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), bearer)
    }

    /**
     * Uploads over a plain socket, writing the body on one thread while reading the answer on this
     * one: a server that answers 413 and stops reading part-way through must not leave the test
     * waiting on a write that can never finish (an HTTP client that reads only after writing does).
     */
    Map uploadOverSocket(String itemId, String fileName, byte[] content, String bearer) {
        String boundary = 'paper-spec-boundary'
        byte[] head = ("--$boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"$fileName\"\r\n" +
                "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII)
        byte[] tail = "\r\n--$boundary--\r\n".getBytes(StandardCharsets.US_ASCII)
        long length = head.length + content.length + tail.length
        new Socket('localhost', server.port).withCloseable { socket ->
            socket.soTimeout = 120_000
            Thread writer = Thread.start {
                try {
                    def out = new BufferedOutputStream(socket.outputStream, 65536)
                    out.write(("POST /api/agenda-items/$itemId/papers HTTP/1.1\r\nHost: localhost\r\n" +
                            "Authorization: Bearer $bearer\r\nContent-Type: multipart/form-data; boundary=$boundary\r\n" +
                            "Content-Length: $length\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                    out.write(head)
                    out.write(content)
                    out.write(tail)
                    out.flush()
                } catch (IOException ignored) {
                    // the server answered and closed before the whole body went: that is allowed
                }
            }
            def input = new BufferedInputStream(socket.inputStream)
            String statusLine = line(input)
            Map<String, String> headers = [:]
            String header
            while (!(header = line(input)).isEmpty()) {
                int colon = header.indexOf(':')
                headers[header.substring(0, colon).trim().toLowerCase()] = header.substring(colon + 1).trim()
            }
            byte[] body = input.readNBytes(Integer.parseInt(headers['content-length'] ?: '0'))
            writer.join(1000)
            [status     : Integer.parseInt(statusLine.split(' ')[1]), contentType: headers['content-type'],
             json       : new JsonSlurper().parse(body)]
        }
    }

    private static String line(InputStream input) {
        def bytes = new ByteArrayOutputStream()
        int b
        while ((b = input.read()) != -1 && b != '\n'.charAt(0)) {
            if (b != '\r'.charAt(0)) {
                bytes.write(b)
            }
        }
        bytes.toString(StandardCharsets.US_ASCII)
    }

    String agendaItem() {
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def meeting = post(client, "/api/groups/$groupId/meetings", [title: 'Rapid review: papers',
                scheduledStart: '2026-12-10T10:00', reason: 'Serious incident notified'], support).json
        post(client, "/api/meetings/${meeting.id}/agenda/items", [title: 'Chronology'], demo.token('member@salford.demo')).json.id
    }

    def "a member attaches a PDF and the group downloads it as an attachment, never sniffed"() {
        given:
        String item = agendaItem()
        String member = demo.token('member@salford.demo')

        when:
        def attached = upload(item, '../Chronology "draft".pdf', PaperTypeSpec.PDF, member)

        then:
        attached.status == 201
        attached.json.fileName == 'Chronology draft.pdf'
        attached.json.mediaType == 'application/pdf'
        attached.json.sizeBytes == PaperTypeSpec.PDF.length
        attached.json.sha256.size() == 64
        get(client, "/api/agenda-items/$item/papers", member).json*.id == [attached.json.id]

        when: 'the chair downloads it'
        def download = get(client, "/api/papers/${attached.json.id}", demo.token('chair@salford.demo'))

        then:
        download.status == 200
        download.contentType == 'application/pdf'
        download.headers.get('Content-Disposition').startsWith('attachment; filename="Chronology draft.pdf"')
        download.headers.get('X-Content-Type-Options') == 'nosniff'
        download.body.getBytes('ISO-8859-1') == PaperTypeSpec.PDF
    }

    def "files of the wrong type, or too large, are refused as problems"() {
        given:
        String item = agendaItem()
        String member = demo.token('member@salford.demo')

        when:
        def exe = upload(item, 'agenda.pdf', PaperTypeSpec.EXE, member)
        def html = upload(item, 'agenda.html', PaperTypeSpec.HTML, member)
        def big = new byte[20 * 1024 * 1024 + 1]
        System.arraycopy(PaperTypeSpec.PDF, 0, big, 0, PaperTypeSpec.PDF.length)
        def tooBig = uploadOverSocket(item, 'big.pdf', big, member)

        then:
        exe.status == 400
        exe.contentType == 'application/problem+json'
        exe.json.detail.contains('not a PDF, DOCX')
        html.status == 400
        tooBig.status == 413
        tooBig.contentType.startsWith('application/problem+json')
        tooBig.json.detail.contains('20 MB')
        get(client, "/api/agenda-items/$item/papers", member).json == []
    }

    def "other partnerships and people outside the group's roles get nothing"() {
        given:
        String item = agendaItem()
        def paper = upload(item, 'notes.txt', PaperTypeSpec.TXT, demo.token('member@salford.demo')).json
        String norfolk = demo.token('chair@norfolk.demo')

        expect: 'another partnership: not found'
        get(client, "/api/papers/${paper.id}", norfolk).status == 404
        get(client, "/api/agenda-items/$item/papers", norfolk).status == 404
        upload(item, 'notes.txt', PaperTypeSpec.TXT, norfolk).status == 404

        and: 'a partnership admin without a group role: forbidden; nobody signed in: 401'
        get(client, "/api/papers/${paper.id}", demo.token('admin@salford.demo')).status == 403
        get(client, "/api/papers/${paper.id}").status == 401
    }

    def "the agenda answer carries each item's papers for whoever may read them, and nobody else"() {
        given:
        String item = agendaItem()
        String member = demo.token('member@salford.demo')
        def paper = upload(item, 'notes.txt', PaperTypeSpec.TXT, member).json
        String meetingId = meetingOf(item, member)

        when:
        def forMember = get(client, "/api/meetings/$meetingId/agenda", member).json.items.find { it.id == item }
        def forAdmin = get(client, "/api/meetings/$meetingId/agenda", demo.token('admin@salford.demo'))

        then: 'the member reads the same papers as the papers endpoint gives, in the one answer'
        forMember.papers*.id == [paper.id]
        forMember.papers*.fileName == ['notes.txt']

        and: 'a partnership admin without a seat reads the agenda, not its papers'
        forAdmin.status != 200 || forAdmin.json.items.find { it.id == item }.papers == null
    }

    /** The meeting whose agenda holds the item (found through the group's meetings). */
    private String meetingOf(String item, String bearer) {
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        get(client, "/api/groups/$groupId/meetings?from=2026-12-01&to=2026-12-31", support).json*.id.find { String id ->
            get(client, "/api/meetings/$id/agenda", bearer).json.items*.id.contains(item)
        }
    }
}
