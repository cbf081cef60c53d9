package uk.reviewhub.actionplan

import spock.lang.Specification
import uk.reviewhub.actionplan.domain.CapCsv

class CapCsvSpec extends Specification {

    def "the cell #value is written as #written"() {
        expect:
        CapCsv.cell(value) == written

        where:
        value                        || written
        null                         || ''
        'plain'                      || 'plain'
        'a, b'                       || '"a, b"'
        'say "hello"'                || '"say ""hello"""'
        'two\nlines'                 || '"two\nlines"'
        '=HYPERLINK("http://x","y")' || '"\'=HYPERLINK(""http://x"",""y"")"'
        '=1+1'                       || "'=1+1"
        '+44 1603'                   || "'+44 1603"
        '-2'                         || "'-2"
        '@SUM(A1)'                   || "'@SUM(A1)"
        '\tcmd'                      || "'\tcmd"
        'a=b'                        || 'a=b'
    }
}
