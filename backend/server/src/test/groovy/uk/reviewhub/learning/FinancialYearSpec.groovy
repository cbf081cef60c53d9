package uk.reviewhub.learning

import spock.lang.Specification
import uk.reviewhub.learning.domain.FinancialYear

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
}
