package uk.reviewhub.document

import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.xwpf.extractor.XWPFWordExtractor
import org.apache.poi.xwpf.usermodel.XWPFDocument
import spock.lang.Specification
import uk.reviewhub.api.document.TemplateKind
import uk.reviewhub.document.domain.DefaultTemplates
import uk.reviewhub.document.domain.DocumentFormat
import uk.reviewhub.document.domain.DocumentRenderer
import uk.reviewhub.document.domain.HtmlDocument
import uk.reviewhub.document.domain.SampleData
import uk.reviewhub.document.domain.TemplateEngine

import java.nio.charset.StandardCharsets

/** Rendered templates become PDF and DOCX files that open and hold the text. */
class DocumentRenderingSpec extends Specification {

    TemplateEngine engine = new TemplateEngine()
    DocumentRenderer renderer = new DocumentRenderer(null)

    def "the built-in #kind template renders to a PDF that PDFBox reads back"() {
        given:
        def fragment = engine.renderHtml(DefaultTemplates.of(kind), SampleData.of(kind))

        when:
        def pdf = renderer.write(fragment, 'title', DocumentFormat.PDF).content()
        def text = pdfText(pdf).replaceAll(/\s+/, ' ')

        then:
        new String(pdf, 0, 5, StandardCharsets.US_ASCII) == '%PDF-'
        words.every { text.contains(it) }

        where:
        kind                                  || words
        TemplateKind.AGENDA                   || ['Case Review and Audit sub-group', 'Agenda', 'Rapid review', 'Designated']
        TemplateKind.MINUTES                  || ['Minutes', 'Present', 'Decision:', 'Recommend a local child safeguarding practice review']
        TemplateKind.APOLOGY_FOLLOW_UP_LETTER || ['Dear colleague', '23/01/2025', '17/04/2025']
        TemplateKind.TERMS_OF_REFERENCE       || ['terms of reference', 'Purpose', 'Members from at least 4 agencies', 'Legal Services']
    }

    def "the built-in #kind template renders to a DOCX that POI opens, with its headings, lists and tables"() {
        given:
        def fragment = engine.renderHtml(DefaultTemplates.of(kind), SampleData.of(kind))

        when:
        def docx = renderer.write(fragment, 'title', DocumentFormat.DOCX).content()
        def document = new XWPFDocument(new ByteArrayInputStream(docx))
        def text = new XWPFWordExtractor(document).text

        then:
        words.every { text.contains(it) }
        document.tables.size() == tables

        where:
        kind                                  || words                                                                   | tables
        TemplateKind.AGENDA                   || ['Case Review and Audit sub-group', 'Rapid review: Child A', 'Item']    | 1
        TemplateKind.MINUTES                  || ['Present', 'Decision:', 'Send the recommendation', 'Acute trust', 'Other actions'] | 2
        TemplateKind.APOLOGY_FOLLOW_UP_LETTER || ['Dear colleague', '23/01/2025', 'Yours sincerely']                | 0
        TemplateKind.TERMS_OF_REFERENCE       || ['Purpose', 'Consider referrals for case reviews', 'Legal Services'] | 1
    }

    def "a list item in the DOCX keeps its bullet and a table keeps its cells"() {
        when:
        def docx = renderer.write('<ul><li>First</li><li>Second</li></ul><ol><li>One</li></ol><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
                't', DocumentFormat.DOCX).content()
        def document = new XWPFDocument(new ByteArrayInputStream(docx))

        then:
        document.paragraphs*.text.findAll { it }.take(3) == ['\u2022\tFirst', '\u2022\tSecond', '1.\tOne']
        document.tables.first().rows*.tableCells*.text == [['A', 'B'], ['1', '2']]
    }

    def "markup that could fetch or run something is removed before any format is written"() {
        when:
        def clean = HtmlDocument.clean('''<p style="background:url(http://evil.example/x)">Text</p>
            <img src="http://evil.example/tracker.png"><script>alert(1)</script>
            <a href="file:///etc/passwd">link</a><iframe src="http://evil.example"></iframe>
            <link rel="stylesheet" href="http://evil.example/s.css"><object data="x"></object>''')

        then:
        clean.contains('<p>Text</p>')
        clean.contains('link')
        !clean.contains('evil.example')
        !clean.contains('passwd')
        !clean.contains('script')
        !clean.contains('<img')
        !clean.contains('style=')

        and: 'the PDF is still written, with nothing fetched'
        pdfText(renderer.write('<p>Text</p><img src="http://127.0.0.1:9/x.png">', 't', DocumentFormat.PDF).content()).contains('Text')
    }

    static String pdfText(byte[] pdf) {
        Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }
    }
}
