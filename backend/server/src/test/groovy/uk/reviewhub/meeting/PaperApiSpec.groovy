package uk.reviewhub.meeting

import uk.reviewhub.testing.DemoTokens
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/** Papers on a Salford agenda item: checked on the way in, served only as downloads, only to the group's people. */
@MicronautTest(transactional = false)
class PaperApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

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
        def tooBig = upload(item, 'big.pdf', big, member)

        then:
        exe.status == 400
        exe.contentType == 'application/problem+json'
        exe.json.detail.contains('not a PDF, DOCX')
        html.status == 400
        tooBig.status == 413
        tooBig.contentType == 'application/problem+json'
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
