package uk.reviewhub.learning

import spock.lang.Specification
import uk.reviewhub.api.vocabulary.FinancialYear

import java.time.LocalDate

class FinancialYearSpec extends Specification {

    def "#day falls in the financial year #label"() {
        expect:
        FinancialYear.containing(LocalDate.parse(day)).label() == label
        FinancialYear.containing(LocalDate.parse(day)).contains(LocalDate.parse(day))

        where:
        day          || label
        '2025-03-31' || '2024-25'
        '2025-04-01' || '2025-26'
        '2025-12-31' || '2025-26'
        '2026-01-01' || '2025-26'
        '1999-06-01' || '1999-00'
    }

    def "a financial year runs from 1 April to 31 March"() {
        expect:
        new FinancialYear(2025).from() == LocalDate.of(2025, 4, 1)
        new FinancialYear(2025).to() == LocalDate.of(2026, 3, 31)
    }

    def "quarters start in April, July, October and January; the label is one format, with the months in words where there is room"() {
        given:
        def year = new FinancialYear(2026)

        expect:
        (1..4).collect { year.quarterFrom(it) } == ['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01'].collect(LocalDate::parse)
        year.label() == '2026-27'
        year.months() == '2026-27 (April 2026 to March 2027)'
        year.previous() == new FinancialYear(2025)
        FinancialYear.recentStartYears(LocalDate.parse('2026-03-31'), 2) == [2025, 2024, 2023]
        FinancialYear.recentStartYears(LocalDate.parse('2026-04-01'), 0) == [2026]
    }

    def "there is no fifth quarter"() {
        when:
        new FinancialYear(2026).quarterFrom(5)

        then:
        thrown(IllegalArgumentException)
    }
}
