package uk.reviewhub.national

import spock.lang.Specification
import uk.reviewhub.national.domain.Cell
import uk.reviewhub.national.domain.Suppression

/** Small-number suppression as official statistics do it, in tables that read like the convention. */
class SuppressionSpec extends Specification {

    Suppression suppression = new Suppression(5)

    /** Cells from shown values: a number, or 'c' for a cell already suppressed. */
    static Map<String, Cell> cells(Map<String, Object> shown) {
        shown.collectEntries { k, v -> [k, v == 'c' ? Cell.suppressed() : Cell.of(v as long)] }
    }

    static Map<String, String> shown(Map<String, Cell> cells) {
        cells.collectEntries { k, v -> [k, v.shown()] }
    }

    def "primary: a count of #count is shown as #shown"() {
        expect:
        suppression.primary(count).shown() == shown

        where:
        count | shown
        0     | '0'
        1     | 'c'
        3     | 'c'
        5     | 'c'
        6     | '6'
        120   | '120'
    }

    def "primary with a limit of #limit: #count is #shown"() {
        expect:
        new Suppression(limit).primary(count).shown() == shown

        where:
        limit | count | shown
        5     | 5     | 'c'
        5     | 6     | '6'
        9     | 9     | 'c'
        9     | 10    | '10'
    }

    def "a limit below the official 1 to 5 is refused"() {
        when:
        new Suppression(3)

        then:
        thrown(IllegalArgumentException)
    }

    def "secondary across a row: #before becomes #after"() {
        given: 'death, serious harm and other add up to all'
        def groups = [['death', 'harm', 'other', 'all']]

        expect:
        shown(Suppression.secondary(cells(before), groups)) == after

        where:
        before                                          | after
        [death: 'c', harm: 12, other: 7, all: 22]       | [death: 'c', harm: '12', other: 'c', all: '22']
        [death: 'c', harm: 'c', other: 9, all: 17]      | [death: 'c', harm: 'c', other: '9', all: '17']
        [death: 9, harm: 12, other: 0, all: 21]         | [death: '9', harm: '12', other: '0', all: '21']
        [death: 'c', harm: 0, other: 0, all: 'c']       | [death: 'c', harm: '0', other: '0', all: 'c']
        [death: 'c', harm: 0, other: 0, all: 8]         | [death: 'c', harm: '0', other: '0', all: 'c']
        [death: 0, harm: 0, other: 0, all: 0]           | [death: '0', harm: '0', other: '0', all: '0']
    }

    def "secondary across a column: areas within England"() {
        given: 'three regions and England; the rows are two categories and their total'
        def groups = [
                ['a.death', 'b.death', 'c.death', 'e.death'], ['a.harm', 'b.harm', 'c.harm', 'e.harm'],
                ['a.all', 'b.all', 'c.all', 'e.all'],
                ['a.death', 'a.harm', 'a.all'], ['b.death', 'b.harm', 'b.all'], ['c.death', 'c.harm', 'c.all'],
                ['e.death', 'e.harm', 'e.all']]
        def before = cells(['a.death': 'c', 'a.harm': 20, 'a.all': 23,
                            'b.death': 10, 'b.harm': 30, 'b.all': 40,
                            'c.death': 12, 'c.harm': 8, 'c.all': 20,
                            'e.death': 25, 'e.harm': 58, 'e.all': 83])

        when:
        def after = Suppression.secondary(before, groups)

        then: 'no row and no column has exactly one suppressed cell'
        groups.every { g -> g.count { after[it].suppressed } != 1 }

        and: 'the column takes its smallest other cell (b.death), and each row then takes its own smallest; totals stay'
        shown(after) == ['a.death': 'c', 'a.harm': 'c', 'a.all': '23',
                         'b.death': 'c', 'b.harm': 'c', 'b.all': '40',
                         'c.death': '12', 'c.harm': '8', 'c.all': '20',
                         'e.death': '25', 'e.harm': '58', 'e.all': '83']
    }

    def "secondary across periods: #before quarters and year become #after"() {
        given: 'four quarters add up to the year shown beside them'
        def groups = [['q1', 'q2', 'q3', 'q4', 'year']]

        expect:
        shown(Suppression.secondary(cells(before), groups)) == after

        where:
        before                                        | after
        [q1: 'c', q2: 8, q3: 9, q4: 11, year: 31]     | [q1: 'c', q2: 'c', q3: '9', q4: '11', year: '31']
        [q1: 0, q2: 0, q3: 'c', q4: 0, year: 'c']     | [q1: '0', q2: '0', q3: 'c', q4: '0', year: 'c']
        [q1: 7, q2: 8, q3: 9, q4: 11, year: 35]       | [q1: '7', q2: '8', q3: '9', q4: '11', year: '35']
    }

    def "suppress: primary then secondary from raw counts"() {
        expect:
        shown(suppression.suppress([death: 3L, harm: 14L, other: 0L, all: 17L], [['death', 'harm', 'other', 'all']])) ==
                [death: 'c', harm: 'c', other: '0', all: '17']
    }

    def "a rate per 10,000 of #count with a population of #population is #shown"() {
        expect:
        Suppression.ratePer10000(count, population).shown() == shown

        where:
        count               | population | shown
        Cell.of(12)         | 60000      | '2.0'
        Cell.of(7)          | 61234      | '1.1'
        Cell.of(0)          | 60000      | '0.0'
        Cell.suppressed()   | 60000      | 'c'
        Cell.of(12)         | null       | 'x'
        Cell.notAvailable() | 60000      | 'x'
    }

    def "a percentage of #numerator out of #denominator is #shown"() {
        expect:
        Suppression.percentage(numerator, denominator).shown() == shown

        where:
        numerator         | denominator       | shown
        Cell.of(9)        | Cell.of(12)       | '75.0'
        Cell.of(0)        | Cell.of(12)       | '0.0'
        Cell.suppressed() | Cell.of(12)       | 'c'
        Cell.of(9)        | Cell.suppressed() | 'c'
        Cell.of(0)        | Cell.of(0)        | 'z'
        Cell.of(7)        | Cell.of(9)        | '77.8'
    }

    def "the legend explains c, x, z and 0"() {
        expect:
        Suppression.legend()*.substring(0, 1) == ['c', 'x', 'z', '0']
    }
}
