package uk.reviewhub.meeting

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.LondonTime

import org.apache.pdfbox.Loader
import org.apache.pdfbox.rendering.PDFRenderer
import org.apache.pdfbox.text.PDFTextStripper

import javax.imageio.ImageIO
import java.time.Clock
import java.util.zip.ZipInputStream

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * A meeting's agenda and minutes as PDF and DOCX from the partnership's templates: DRAFT until
 * published or approved, for the group's people only. Template edits are made as Southampton, so
 * Salford's pack templates stay as shipped for the other specs.
 */
class MeetingDocumentApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    DemoTokens demo

    def setup() {
        demo = new DemoTokens(accessTokens)
    }

    static class File {
        int status
        String contentType
        String disposition
        byte[] bytes

        boolean isPdf() {
            bytes.length > 4 && new String(bytes, 0, 5, 'ISO-8859-1') == '%PDF-'
        }

        String getPdfText() {
            Loader.loadPDF(bytes).withCloseable { new PDFTextStripper().getText(it) }
        }

        /** The first page as an image, to look at when a layout changes (set -Dreviewhub.pdf-preview=dir). */
        void preview(String name) {
            String dir = System.getProperty('reviewhub.pdf-preview')
            if (dir) {
                Loader.loadPDF(bytes).withCloseable { ImageIO.write(new PDFRenderer(it).renderImageWithDPI(0, 60), 'png', new java.io.File(dir, name + '.png')) }
            }
        }

        /** The text of word/document.xml, or null when the file is not a DOCX zip with one. */
        String getDocumentXml() {
            new ZipInputStream(new ByteArrayInputStream(bytes)).withCloseable { zip ->
                for (def entry = zip.nextEntry; entry != null; entry = zip.nextEntry) {
                    if (entry.name == 'word/document.xml') {
                        return new String(zip.readAllBytes(), 'UTF-8')
                    }
                }
                null
            }
        }
    }

    File download(String path, String bearer) {
        def request = HttpRequest.GET(path)
        if (bearer) {
            request.bearerAuth(bearer)
        }
        try {
            HttpResponse<byte[]> r = client.toBlocking().exchange(request, byte[])
            new File(status: r.code(), contentType: r.contentType.map { it.toString() }.orElse(null),
                    disposition: r.header('Content-Disposition'), bytes: r.body())
        } catch (HttpClientResponseException e) {
            new File(status: e.response.code(), contentType: e.response.contentType.map { it.toString() }.orElse(null))
        }
    }

    /** A Salford meeting with two accepted items (one with a paper) and one rejected. */
    Map salfordMeeting() {
        String support = demo.token('support@salford.demo')
        String member = demo.token('member@salford.demo')
        String chair = demo.token('chair@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def m = post(client, "/api/groups/$groupId/meetings", [title: 'Case Review and Audit sub-group',
                scheduledStart: LondonTime.today(clock).plusDays(50).toString() + 'T10:00', location: 'Swinton Civic Centre',
                reason: 'Extra meeting'], support).json
        def items = ['Rapid review: Child A', 'Audit of neglect cases', 'Not for this group'].collect {
            post(client, "/api/meetings/${m.id}/agenda/items", [title: it], member).json
        }
        items.eachWithIndex { item, i ->
            post(client, "/api/meetings/${m.id}/agenda/items/${item.id}/decision",
                    [version: item.version, decision: i < 2 ? 'ACCEPTED' : 'REJECTED'], chair)
        }
        m + [items: items]
    }

    def "the agenda is a DRAFT PDF and DOCX until the chair publishes it, then the published revision"() {
        given:
        def m = salfordMeeting()
        String member = demo.token('member@salford.demo')

        when:
        def draftPdf = download("/api/meetings/${m.id}/agenda.pdf", member)
        def draftDocx = download("/api/meetings/${m.id}/agenda.docx", member)

        then:
        draftPdf.status == 200
        draftPdf.contentType == 'application/pdf'
        draftPdf.pdf
        draftPdf.pdfText.contains('Rapid review: Child A')
        draftPdf.disposition.startsWith('attachment; filename="agenda-')
        draftDocx.status == 200
        draftDocx.contentType == 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        with(draftDocx.documentXml) {
            contains('Rapid review: Child A')
            contains('Audit of neglect cases')
            !contains('Not for this group')
            contains('DRAFT: this agenda has not been published.')
        }

        when: 'the chair publishes it'
        assert post(client, "/api/meetings/${m.id}/agenda/publications", [revision: 0], demo.token('chair@salford.demo')).status == 200
        def published = download("/api/meetings/${m.id}/agenda.docx", member).documentXml

        then: "Salford's own template, with the revision and no DRAFT mark"
        published.contains('Rapid review: Child A')
        published.contains('Audit of neglect cases')
        published.contains('revision 1')
        !published.contains('DRAFT')
        download("/api/meetings/${m.id}/agenda.pdf", member).pdf
    }

    def "draft minutes are marked DRAFT; approved minutes show their approval"() {
        given:
        def m = salfordMeeting()
        String chair = demo.token('chair@salford.demo')
        def drafted = MeetingApiSpec.put(client, "/api/meetings/${m.id}/minutes", [entries: [
                [agendaItemId: m.items[0].id, heading: 'Rapid review: Child A', notes: 'The group considered the report.',
                 decisions: ['Recommend a local child safeguarding practice review']]]], chair)
        assert drafted.status == 200

        when:
        def draft = download("/api/meetings/${m.id}/minutes.docx", demo.token('member@salford.demo'))

        then:
        draft.status == 200
        with(draft.documentXml) {
            contains('DRAFT: these minutes have not been approved.')
            contains('Rapid review: Child A')
            contains('Recommend a local child safeguarding practice review')
        }
        def draftPdf = download("/api/meetings/${m.id}/minutes.pdf", chair)
        draftPdf.pdf
        draftPdf.pdfText.contains('DRAFT: these minutes have not been approved.')
        draftPdf.pdfText.contains('Rapid review: Child A')

        when: 'the chair approves them'
        draftPdf.preview('draft-minutes')
        assert post(client, "/api/meetings/${m.id}/minutes/approve", [version: drafted.json.version], chair).status == 200
        def approved = download("/api/meetings/${m.id}/minutes.docx", chair).documentXml

        then:
        !approved.contains('DRAFT')
        !download("/api/meetings/${m.id}/minutes.pdf", chair).pdfText.contains('DRAFT')
        approved.contains('Approved')
        approved.contains('on ' + LondonTime.UK_DATE.format(LondonTime.today(clock)))
    }

    def "documents are for the group's people: #who gets #status"() {
        given:
        def m = salfordMeeting()
        String bearer = who == 'nobody' ? null
                : who == 'a national viewer' ? accessTokens.issue(uk.reviewhub.identity.TestUsers.user(platformRoles: ['NATIONAL_VIEWER']), null, ['NATIONAL_VIEWER'], 'National viewer',
                'viewer@example.org').token()
                : demo.token(who)

        expect:
        download("/api/meetings/${m.id}/$file", bearer).status == status

        where:
        who                     | file           || status
        'chair@salford.demo'    | 'agenda.pdf'   || 200
        'support@salford.demo'  | 'agenda.docx'  || 200
        'chair@norfolk.demo'    | 'agenda.pdf'   || 404
        'member@norfolk.demo'   | 'minutes.docx' || 404
        'a national viewer'     | 'agenda.pdf'   || 403
        'admin@salford.demo'    | 'agenda.pdf'   || 200
        'nobody'                | 'agenda.pdf'   || 401
        'chair@salford.demo'    | 'minutes.pdf'  || 404
        'chair@salford.demo'    | 'agenda.html'  || 404
    }

    def "the template preview works for agendas and minutes, and a broken template keeps the last good version for documents"() {
        given: "Southampton's admin saves an agenda template of its own"
        String admin = demo.token('admin@southampton.demo')
        def current = get(client, '/api/templates/AGENDA', admin).json
        def good = MeetingApiSpec.put(client, '/api/templates/AGENDA', [version: current.version,
                body: '<h1>Southampton agenda</h1>{{#items}}<p>{{number}}. {{title}}</p>{{/items}}'], admin)
        assert good.status == 200

        when: 'a broken one is refused'
        def broken = MeetingApiSpec.put(client, '/api/templates/AGENDA', [version: good.json.version,
                body: '<h1>{{group.name}}</h1>{{#items}}<p>{{title}}</p>'], admin)

        then:
        broken.status == 400
        broken.json.detail.contains('Line 1')
        get(client, '/api/templates/AGENDA', admin).json.version == good.json.version

        when: "a Southampton meeting's agenda is made"
        String support = demo.token('support@southampton.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        def m = post(client, "/api/groups/$groupId/meetings", [title: 'SCR Group',
                scheduledStart: LondonTime.today(clock).plusDays(20).toString() + 'T14:00', reason: 'Extra meeting'], support).json
        def item = post(client, "/api/meetings/${m.id}/agenda/items", [title: 'Referral: Child C'], demo.token('member@southampton.demo')).json
        post(client, "/api/meetings/${m.id}/agenda/items/${item.id}/decision", [version: item.version, decision: 'ACCEPTED'],
                demo.token('chair@southampton.demo'))
        def doc = download("/api/meetings/${m.id}/agenda.docx", demo.token('chair@southampton.demo')).documentXml

        then: 'with the last good version'
        doc.contains('Southampton agenda')
        doc.contains('1. Referral: Child C')

        when: 'the built-in agenda and minutes are previewed against the sample data'
        def agenda = post(client, '/api/templates/AGENDA/preview', [body: get(client, '/api/templates/AGENDA', demo.token('admin@norfolk.demo')).json.body], admin)
        def minutes = post(client, '/api/templates/MINUTES/preview', [body: get(client, '/api/templates/MINUTES', demo.token('admin@norfolk.demo')).json.body], admin)

        then:
        agenda.status == 200
        agenda.json.html.contains('Rapid review: Child A')
        agenda.json.html.contains('revision 1')
        minutes.status == 200
        minutes.json.html.contains('Approved on 24/04/2025')
        minutes.json.html.contains('Other actions')
    }
}
