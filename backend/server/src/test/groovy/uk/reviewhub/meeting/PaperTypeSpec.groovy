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

    /** A zip whose entries are {@code name: [byte, count]}: {@code count} copies of the byte, written in 1 MB blocks. */
    static byte[] zipOf(Map<String, List> entries) {
        def bytes = new ByteArrayOutputStream()
        new ZipOutputStream(bytes).withCloseable { z ->
            entries.each { name, spec ->
                z.putNextEntry(new ZipEntry(name))
                byte[] block = new byte[1024 * 1024]
                Arrays.fill(block, spec[0] as byte)
                long left = spec[1] as long
                while (left > 0) {
                    int n = (int) Math.min(left, block.length)
                    z.write(block, 0, n)
                    left -= n
                }
                z.closeEntry()
            }
        }
        bytes.toByteArray()
    }

    def "a .docx that expands a thousandfold (an archive bomb) is refused at the first excess"() {
        given: 'a document part of 200 MB of one byte, about 200 KB packed'
        byte[] bomb = zipOf(['[Content_Types].xml': [60, 10], 'word/document.xml': [0, 200L * 1024 * 1024]])

        when:
        def verdict = attempt { PaperType.check('minutes.docx', bomb) }

        then:
        bomb.length < 1024 * 1024
        verdict == 'refused: The file expands more than 200 times when opened, as archive bombs do; it is refused.'
        PaperType.detect(bomb).empty
    }

    def "a .docx with more than 2000 parts is refused; 2000 parts and ordinary compression are accepted"() {
        given:
        Map<String, String> parts = ['[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>']
        (1..1998).each { parts["word/media/part$it"] = 'x' }
        byte[] most = zip(parts)
        parts['word/media/one-more'] = 'x'
        byte[] tooMany = zip(parts)
        def xml = new StringBuilder()
        new Random(7).with { r -> (1..200_000).each { xml.append("<w:p><w:r><w:t>${r.nextInt(100_000)}</w:t></w:r></w:p>") } }
        byte[] ordinary = zip(['[Content_Types].xml': '<Types/>', 'word/document.xml': xml.toString()])

        expect:
        PaperType.check('many.docx', most) == PaperType.DOCX
        attempt { PaperType.check('many.docx', tooMany) } == 'refused: The file holds more than 2000 parts; papers are refused past that.'
        PaperType.check('long.docx', ordinary) == PaperType.DOCX
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
