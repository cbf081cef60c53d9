package uk.reviewhub.document

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import org.apache.poi.xwpf.extractor.XWPFWordExtractor
import org.apache.poi.xwpf.usermodel.XWPFDocument
import spock.lang.Shared
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get

/** A group's terms of reference as PDF and DOCX, made with the partnership's own template. */
class TermsOfReferenceDocumentSpec extends IntegrationSpec {

    @Inject
    AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    DemoTokens demo

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
    }

    def "a Salford member downloads the group's terms of reference as a PDF made with Salford's template"() {
        given:
        UUID group = DemoTokens.firstGroupOf('salford')

        when:
        def response = bytes("/api/documents/terms-of-reference/${group}.pdf", demo.token('member@salford.demo'))
        def text = DocumentRenderingSpec.pdfText(response.body()).replaceAll(/\s+/, ' ')

        then:
        response.status().code == 200
        response.contentType.get().toString() == 'application/pdf'
        response.header('Content-Disposition').contains("terms-of-reference-${group}.pdf")
        text.contains('Salford Safeguarding Children Board')
        text.contains('terms of reference')
        text.contains('Membership is through a signed compact') // Salford's own template, not the built-in
        text.contains("Head of Children's Safeguarding") || text.contains('Head of Children’s Safeguarding')
        text.contains('working days before the meeting')
        text.contains('Last reviewed 01/09/2017')
    }

    def "the same document as DOCX opens in POI with the same content"() {
        given:
        UUID group = DemoTokens.firstGroupOf('salford')

        when:
        def response = bytes("/api/documents/terms-of-reference/${group}.docx", demo.token('chair@salford.demo'))
        def document = new XWPFDocument(new ByteArrayInputStream(response.body()))
        def text = new XWPFWordExtractor(document).text

        then:
        response.status().code == 200
        response.contentType.get().toString().startsWith('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        text.contains('Case Review and Audit')
        text.contains('Membership is through a signed compact')
        document.tables.first().rows.size() == 19 // header + eighteen seats
    }

    def "a partnership with no template of its own gets the built-in one"() {
        when:
        def response = bytes("/api/documents/terms-of-reference/${DemoTokens.firstGroupOf('norfolk')}.pdf", demo.token('chair@norfolk.demo'))

        then:
        response.status().code == 200
        DocumentRenderingSpec.pdfText(response.body()).replaceAll(/\s+/, ' ').contains('terms of reference')
    }

    def "a Norfolk user asking for Salford's group's document is told it does not exist"() {
        when:
        def answer = get(client, "/api/documents/terms-of-reference/${DemoTokens.firstGroupOf('salford')}.$format",
                demo.token('admin@norfolk.demo'))

        then:
        answer.status == 404
        answer.contentType.startsWith('application/problem+json')

        where:
        format << ['pdf', 'docx']
    }

    def "#file is a bad request"() {
        when:
        def answer = get(client, "/api/documents/terms-of-reference/$file", demo.token('chair@salford.demo'))

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')

        where:
        file << ['not-a-uuid.pdf', "${UUID.randomUUID()}.txt", "${UUID.randomUUID()}"]
    }

    def "without a token there is no document"() {
        expect:
        get(client, "/api/documents/terms-of-reference/${DemoTokens.firstGroupOf('salford')}.pdf").status == 401
    }

    private def bytes(String path, String bearer) {
        client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(bearer), byte[])
    }
}
