package uk.reviewhub.meeting

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get

/** The printable performance report: the same measures as the API, through the partnership's template. */
class PerformanceReportApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    def "the PDF report names every measure with its status in words, for the period asked"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String member = demo.token('member@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, member).json.first().id
        def measures = get(client, "/api/groups/$groupId/performance?from=2023-04-01&to=2024-03-31", member).json.measures

        when:
        def response = client.toBlocking().exchange(
                HttpRequest.GET("/api/groups/$groupId/performance/report.pdf?from=2023-04-01&to=2024-03-31").bearerAuth(member),
                Argument.of(byte[]))
        byte[] pdf = response.body()
        String text = Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }.replaceAll(/\s+/, ' ')

        then:
        response.status.code == 200
        response.headers.get('Content-Type').startsWith('application/pdf')
        response.headers.get('Content-Disposition').contains('performance-report-2023-04-01-to-2024-03-31.pdf')
        new String(pdf, 0, 5, 'US-ASCII') == '%PDF-'
        measures.size() == 5
        measures.every { text.contains(it.label) }
        text.contains('01/04/2023 to 31/03/2024')
        text.contains('performance report')
    }

    def "the HTML rendering shows value, target and the light in words"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String chair = demo.token('chair@norfolk.demo')
        String groupId = get(client, ApiPaths.GROUPS, chair).json.first().id

        when:
        def answer = get(client, "/api/groups/$groupId/performance/report.html?from=2020-04-01&to=2021-03-31", chair)

        then:
        answer.status == 200
        answer.body.contains('Planned meetings')
        answer.body.contains('No data')
        answer.body.contains('100%')
        !answer.body.contains('<script')
    }

    def "a report that is not pdf, docx or html is not found; nor is another partnership's group; a bad period is a problem"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String salford = demo.token('member@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, salford).json.first().id

        expect:
        get(client, "/api/groups/$groupId/performance/report.exe?from=2024-01-01&to=2024-06-30", salford).status == 404
        get(client, "/api/groups/$groupId/performance/report.pdf?from=2024-01-01&to=2024-06-30", demo.token('chair@norfolk.demo')).status == 404
        get(client, "/api/groups/$groupId/performance/report.pdf?from=2024-06-30&to=2024-01-01", salford).status == 400
        get(client, "/api/groups/$groupId/performance/report.pdf?from=2024-01-01&to=2024-06-30").status == 401
    }
}
