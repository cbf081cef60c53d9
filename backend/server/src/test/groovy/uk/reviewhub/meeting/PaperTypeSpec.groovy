package uk.reviewhub.meeting

import spock.lang.Specification
import uk.reviewhub.meeting.domain.PaperType

import java.nio.charset.StandardCharsets
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

class PaperTypeSpec extends Specification {

    static byte[] zip(Map<String, String> entries) {
        def bytes = new ByteArrayOutputStream()
        new ZipOutputStream(bytes).withCloseable { z ->
            entries.each { name, text ->
                z.putNextEntry(new ZipEntry(name))
                z.write(text.getBytes(StandardCharsets.UTF_8))
                z.closeEntry()
            }
        }
        bytes.toByteArray()
    }

    static final byte[] PDF = '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'.getBytes(StandardCharsets.US_ASCII)
    static final byte[] DOCX = zip(['[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>'])
    static final byte[] DOCM = zip(['[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>',
                                    'word/vbaProject.bin': 'macro'])
    static final byte[] XLSX = zip(['[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>'])
    static final byte[] PPTX = zip(['[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<presentation/>'])
    static final byte[] ODT = zip([mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office/>'])
    static final byte[] JAR = zip(['META-INF/MANIFEST.MF': 'Main-Class: Evil'])
    static final byte[] TXT = 'Apologies: Police.\r\nCafé — notes\n'.getBytes(StandardCharsets.UTF_8)
    static final byte[] EXE = [0x4d, 0x5a, 0x90, 0x00, 0x03] as byte[]
    static final byte[] HTML = '<html><script>alert(1)</script></html>'.getBytes(StandardCharsets.UTF_8)

    def "#fileName is #verdict"() {
        when:
        def type = attempt { PaperType.check(fileName, content) }

        then:
        type == verdict

        where:
        fileName          | content || verdict
        'report.pdf'      | PDF     || PaperType.PDF
        'REPORT.PDF'      | PDF     || PaperType.PDF
        'minutes.docx'    | DOCX    || PaperType.DOCX
        'actions.xlsx'    | XLSX    || PaperType.XLSX
        'slides.pptx'     | PPTX    || PaperType.PPTX
        'terms.odt'       | ODT     || PaperType.ODT
        'notes.txt'       | TXT     || PaperType.TXT
        'report.docx'     | PDF     || 'refused: The file is named .docx but its content is PDF.'
        'macro.docx'      | DOCM    || 'refused: The file\'s content is not a PDF, DOCX, XLSX, PPTX, ODT or TXT document.'
        'app.jar'         | JAR     || 'refused: .jar files are not accepted; papers may be PDF, DOCX, XLSX, PPTX, ODT or TXT.'
        'app.docx'        | JAR     || 'refused: The file\'s content is not a PDF, DOCX, XLSX, PPTX, ODT or TXT document.'
        'setup.exe'       | EXE     || 'refused: .exe files are not accepted; papers may be PDF, DOCX, XLSX, PPTX, ODT or TXT.'
        'setup.txt'       | EXE     || 'refused: The file\'s content is not a PDF, DOCX, XLSX, PPTX, ODT or TXT document.'
        'page.html'       | HTML    || 'refused: .html files are not accepted; papers may be PDF, DOCX, XLSX, PPTX, ODT or TXT.'
        'page.txt'        | HTML    || PaperType.TXT
        'no-extension'    | PDF     || 'refused: The file name has no extension; papers may be PDF, DOCX, XLSX, PPTX, ODT or TXT.'
    }

    def "names are kept as their last segment without control characters or quotes"() {
        expect:
        PaperType.safeName(name) == safe

        where:
        name                         || safe
        'report.pdf'                 || 'report.pdf'
        '../../etc/passwd.txt'       || 'passwd.txt'
        'C:\\Users\\me\\report.pdf'  || 'report.pdf'
        'a"b\r\n.pdf'                || 'ab.pdf'
        '.hidden.txt'                || 'hidden.txt'
    }

    static Object attempt(Closure<PaperType> work) {
        try {
            work()
        } catch (PaperType.Refused e) {
            'refused: ' + e.message
        }
    }
}
