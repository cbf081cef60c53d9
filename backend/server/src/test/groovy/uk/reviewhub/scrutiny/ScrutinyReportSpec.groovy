package uk.reviewhub.scrutiny

import io.micronaut.http.HttpRequest
import org.apache.pdfbox.Loader
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.xwpf.extractor.XWPFWordExtractor
import org.apache.poi.xwpf.usermodel.XWPFDocument
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.vocabulary.FinancialYear
import uk.reviewhub.testing.PostgresFixture

import javax.xml.parsers.DocumentBuilderFactory
import java.time.LocalDate

import static uk.reviewhub.api.scrutiny.ScrutinyPaths.*
import static uk.reviewhub.api.scrutiny.ScrutinyReportPaths.*

/**
 * Independent scrutiny's reports (issue 12 item 7) through the API as Norfolk's demo people: a
 * piece's report from the partnership's template as PDF (the rating chart drawn in it), DOCX (the
 * figures as a table) and HTML (the SVG inline), each download audited; and the annual summary of
 * scrutiny in a financial year, its figures moving with what is recorded, as JSON and documents.
 * Who may download, another partnership's piece (404), and a year out of range (problem+json).
 */
class ScrutinyReportSpec extends ScrutinyIntegrationSpec {

    byte[] bytes(String path, String token) {
        client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[]).body()
    }

    static String pdfText(byte[] pdf) {
        Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }
    }

    /** Whether a page holds a drawn figure (a form) that fits within the page's width. */
    static boolean pdfHasFigure(byte[] pdf) {
        Loader.loadPDF(pdf).withCloseable { doc ->
            doc.pages.any { page ->
                page.resources.XObjectNames.any {
                    def form = page.resources.getXObject(it)
                    form instanceof PDFormXObject && form.BBox.width * form.matrix.scaleX > 100 &&
                            form.BBox.width * form.matrix.scaleX <= page.mediaBox.width
                }
            }
        }
    }

    static int audited(String entity, Object id) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement("select count(*) from audit_event where entity = ? and entity_id = ? and action = 'EXPORT'")
            s.setString(1, entity)
            s.setObject(2, UUID.fromString(id.toString()))
            def r = s.executeQuery()
            r.next()
            r.getInt(1)
        } finally {
            c.close()
        }
    }

    /** A piece commissioned ten days ago with two observations (the first domain rated two ways) and a focus group. */
    Map observedPiece() {
        Map p = piece(commissionedOn: today.minusDays(10).toString(), methodology: ['OBSERVATIONS', 'FOCUS_GROUPS'],
                teamIds: [userId('scrutineer2@norfolk.demo')])
        Map f = framework()
        String path = at(PIECE_OBSERVATIONS, [pieceId: p.id])
        assert post(path, observation(f, [observedOn: today.minusDays(2).toString()]), lead).status == 201
        assert post(path, observation(f, [observedOn: today.minusDays(1).toString(),
                                          ratings   : [[domain: f.domains[0].code, rating: f.domains[0].ratingScale[0]]]]), other).status == 201
        assert post(at(PIECE_EVIDENCE, [pieceId: p.id]), [kind: 'FOCUS_GROUP', gatheredOn: today.minusDays(3).toString(),
                                                          title: 'Focus group with front door social workers', participantCount: 6,
                                                          summary: 'Thresholds are understood.'], lead).status == 201
        p
    }

    def "a piece's report: the PDF holds its details, methodology, themes and the chart; the DOCX its figures as a table; each download audited"() {
        given:
        Map p = observedPiece()
        Map f = framework()
        String domain = f.domains[0].name
        String best = f.domains[0].ratingScale[0]
        String second = f.domains[0].ratingScale[1]
        String path = at(PIECE_REPORT, [pieceId: p.id, file: 'report.pdf'])

        when:
        def answer = get(path, chair)
        byte[] pdf = bytes(path, lead)
        String text = pdfText(pdf)

        then: 'a PDF, as an attachment'
        answer.status == 200
        answer.contentType.startsWith('application/pdf')
        answer.headers.get('Content-Disposition').startsWith('attachment; filename="scrutiny-report-')

        and: "Norfolk's own template from its pack, to the DSPs and the Partnership Group"
        text.contains("NSCP independent scrutiny: ${p.title}")
        text.contains('A report to the Delegated Safeguarding Partners (DSPs) and the Partnership Group')

        and: 'the piece, its methodology and evidence, the themes in a table (one row per rating) and the findings seam'
        text.contains('Lead Safeguarding Partners')
        text.contains('Sam Scrutineer (demo independent scrutineer)')
        text.contains('Observations of frontline practice')
        text.contains('Focus groups')
        text.contains('Are thresholds applied consistently?')
        text.contains('2 observations of frontline practice')
        text.contains("$domain $best 1")
        text.contains("$domain $second 1")
        text.contains('Focus group 1')
        text.contains('No findings are recorded for this piece yet.')

        and: 'the chart is drawn in the PDF as a figure, within the page'
        pdfHasFigure(pdf)

        when: 'the Word document and the HTML'
        byte[] docx = bytes(at(PIECE_REPORT, [pieceId: p.id, file: 'report.docx']), admin)
        String words = new XWPFDocument(new ByteArrayInputStream(docx)).withCloseable { new XWPFWordExtractor(it).text }
        String html = get(at(PIECE_REPORT, [pieceId: p.id, file: 'report.html']), lead).body

        then:
        words.contains(p.title as String)
        words.contains("$domain\t$best\t1")
        words.contains('Observations per rating in each domain')
        !words.contains('<svg')
        html.contains('<svg xmlns="http://www.w3.org/2000/svg" role="img"')
        html.contains('<title id="rating-chart-title">Observations per rating in each domain</title>')

        and: 'each download is in the audit log'
        audited('scrutiny-report', p.id) == 4
    }

    def "the report prints each finding: title, rating, recommendations and the evidence it draws on, counted by kind"() {
        given: 'a piece observed, with a focus group, and a finding on one observation and the focus group'
        Map p = observedPiece()
        def observed = post(at(PIECE_OBSERVATIONS, [pieceId: p.id]), observation(framework()), lead)
        def focus = get(at(PIECE_EVIDENCE, [pieceId: p.id]), lead).json.find { it.kind == 'FOCUS_GROUP' }
        def made = post(at(PIECE_FINDINGS, [pieceId: p.id]), [title: 'Handover loses information', detail: 'Seen and told by staff',
                rating: 'Requires improvement', observationIds: [observed.json.id], evidenceIds: [focus.id]], lead)
        assert made.status == 201
        assert post(at(FINDING_RECOMMENDATIONS, [findingId: made.json.id]), [text: 'Hand over in writing out of hours'], lead).status == 201

        when:
        String html = get(at(PIECE_REPORT, [pieceId: p.id, file: 'report.html']), lead).body

        then:
        html.contains('Finding 1: Handover loses information')
        html.contains('Requires improvement')
        html.contains('Recommendation 1: Hand over in writing out of hours')
        html.contains('1 observation, 1 focus group; triangulated')
        !html.contains('No findings are recorded for this piece yet.')
    }

    def "the chart alone is well-formed SVG; who may download, another partnership's piece and a wrong file name"() {
        given:
        Map p = observedPiece()

        when:
        def chart = get(at(PIECE_REPORT, [pieceId: p.id, file: 'chart.svg']), lead)
        def svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(chart.body.getBytes('UTF-8')))

        then:
        chart.status == 200
        chart.contentType.startsWith('image/svg+xml')
        svg.documentElement.getAttribute('role') == 'img'
        svg.getElementsByTagName('title').item(0).textContent == "Observations per rating in each domain: ${p.title}".toString()
        svg.getElementsByTagName('rect').length == 2

        and: 'the readers of the piece download it; a member may not; Salford does not find it'
        get(at(PIECE_REPORT, [pieceId: p.id, file: 'report.docx']), other).status == 200
        get(at(PIECE_REPORT, [pieceId: p.id, file: 'report.pdf']), member).status == 403
        get(at(PIECE_REPORT, [pieceId: p.id, file: 'report.pdf']), salford).status == 404
        get(at(PIECE_REPORT, [pieceId: UUID.randomUUID(), file: 'report.pdf']), lead).status == 404
        get(at(PIECE_REPORT, [pieceId: p.id, file: 'report.exe']), lead).status == 404
    }

    def "the annual summary counts the year's pieces, observations, evidence, ratings and days against the allocation"() {
        given:
        int year = FinancialYear.containing(today).startYear()
        UUID sprg = UUID.fromString(get(ApiPaths.GROUPS, chair).json.find { it.code == 'sprg' }.id as String)
        Map before = get(ANNUAL_SUMMARY + "?year=$year", lead).json as Map
        Map f = framework()

        when:
        Map p = observedPiece()
        LocalDate day = today.minusDays(1 + random.nextInt(8))
        def logged = post(at(PIECE_DAYS, [pieceId: p.id]), [workedOn: day.toString(), days: 0.25, description: 'Wrote up the observations'], other)
        def answer = get(ANNUAL_SUMMARY + "?year=$year", chair)
        Map after = answer.json as Map

        then:
        logged.status == 201
        answer.status == 200
        after.financialYear == new FinancialYear(year).label()
        after.from == new FinancialYear(year).from().toString()
        after.enabled == true
        after.commissioned == before.commissioned + 1
        after.open == before.open + 1
        after.completed == before.completed
        after.pieces*.id.contains(p.id)
        after.observations == before.observations + 2
        count(after.evidence, 'FOCUS_GROUP') == count(before.evidence, 'FOCUS_GROUP') + 1
        count(after.evidence, 'OBSERVATION') == count(before.evidence, 'OBSERVATION') + 2
        rated(after, f.domains[0].code, f.domains[0].ratingScale[0]) == rated(before, f.domains[0].code, f.domains[0].ratingScale[0]) + 1
        rated(after, f.domains[0].code, f.domains[0].ratingScale[1]) == rated(before, f.domains[0].code, f.domains[0].ratingScale[1]) + 1
        (after.scrutinyDays as BigDecimal) - (before.scrutinyDays as BigDecimal) == 0.25

        and: "the days used and the allocation are the SPRG chair's days for the year (chairing and scrutiny share them)"
        def chairDays = get(ApiPaths.CHAIR_DAYS + "?group=$sprg&year=$year", chair).json
        (after.daysUsed as BigDecimal) == (chairDays.daysUsed as BigDecimal)
        (after.allocationDays as BigDecimal) == (chairDays.allocationDays as BigDecimal)
        (after.daysRemaining as BigDecimal) == (chairDays.daysRemaining as BigDecimal)

        when: 'the summary as PDF and DOCX'
        byte[] pdf = bytes(SUMMARY_FILE('summary.pdf') + "?year=$year", admin)
        String text = pdfText(pdf)
        String words = new XWPFDocument(new ByteArrayInputStream(bytes(SUMMARY_FILE('summary.docx'), lead)))
                .withCloseable { new XWPFWordExtractor(it).text }

        then:
        text.contains("Independent scrutiny: annual summary ${new FinancialYear(year).label()}")
        text.contains("Commissioned in the year ${after.commissioned}")
        and: 'its dates as dd/mm/yyyy'
        text.contains("The financial year 01/04/$year to 31/03/${year + 1}.")
        words.contains("The financial year 01/04/$year to 31/03/${year + 1}.")
        and:
        text.contains("Observations of frontline practice ${after.observations}")
        text.contains(p.title as String)
        pdfHasFigure(pdf)
        words.contains("Days of scrutiny\t${(after.scrutinyDays as BigDecimal).stripTrailingZeros().toPlainString()}")
        words.contains("Focus group\t${count(after.evidence, 'FOCUS_GROUP')}")
    }

    def "the annual summary: a year out of range is a problem naming the year; who may read it"() {
        given:
        int current = FinancialYear.containing(today).startYear()

        expect:
        with(get(ANNUAL_SUMMARY + '?year=1999', lead)) {
            status == 400
            contentType.startsWith('application/problem+json')
            json.errors*.field == ['year']
        }
        get(ANNUAL_SUMMARY + "?year=${current + 1}", lead).json.errors*.field == ['year']
        get(SUMMARY_FILE('summary.pdf') + '?year=1999', lead).status == 400
        get(ANNUAL_SUMMARY + '?year=twenty', lead).status == 400
        get(SUMMARY_FILE('summary.xls'), lead).status == 404

        and: 'the scrutineers, admin and chair read it; a member may not; Salford reads its own (no scrutiny)'
        get(ANNUAL_SUMMARY, admin).status == 200
        get(ANNUAL_SUMMARY + '?year=2024', other).json.financialYear == '2024-25'
        get(ANNUAL_SUMMARY, member).status == 403
        with(get(ANNUAL_SUMMARY, salford).json) {
            enabled == false
            commissioned == 0
            pieces == []
        }
    }

    static String SUMMARY_FILE(String file) {
        ANNUAL_SUMMARY_FILE.replace('{file}', file)
    }

    static int count(List evidence, String kind) {
        evidence.find { it.kind == kind }.count as int
    }

    static int rated(Map summary, String domain, String rating) {
        (summary.themes.find { it.domain == domain }?.counts?.find { it.rating == rating }?.count ?: 0) as int
    }
}
