package uk.reviewhub.meeting

import spock.lang.Specification
import uk.reviewhub.meeting.domain.ChairAllocations

import java.time.LocalDate

class ChairAllocationsSpec extends Specification {

    /** Norfolk's pack: 24 days a year (the 2018 post), then 40 from April 2025. */
    static final List<ChairAllocations.Period> NORFOLK = [
            new ChairAllocations.Period(null, 24.0, 'the 2018 post'),
            new ChairAllocations.Period(LocalDate.of(2025, 4, 1), 40.0, null)]

    def "Norfolk's allocation for the year from April #year is #days days"() {
        expect:
        ChairAllocations.forYear(NORFOLK, year).map { it.daysPerYear() }.orElse(null) == days

        where:
        year || days
        2018 || 24.0
        2024 || 24.0
        2025 || 40.0
        2027 || 40.0
    }

    def "no allocation where the pack sets none, or none in force yet"() {
        expect:
        ChairAllocations.forYear([], 2025).isEmpty()
        ChairAllocations.forYear([new ChairAllocations.Period(LocalDate.of(2025, 4, 1), 40.0, null)], 2024).isEmpty()
    }

    def "#day falls in the year from April #year"() {
        expect:
        ChairAllocations.yearOf(LocalDate.parse(day)) == year

        where:
        day          || year
        '2025-03-31' || 2024
        '2025-04-01' || 2025
        '2025-12-31' || 2025
        '2026-01-01' || 2025
    }

    def "quarter #quarter of 2025 runs from #from to #to"() {
        expect:
        ChairAllocations.quarterStart(2025, quarter) == LocalDate.parse(from)
        ChairAllocations.quarterEnd(2025, quarter) == LocalDate.parse(to)

        where:
        quarter || from         | to
        1       || '2025-04-01' | '2025-06-30'
        2       || '2025-07-01' | '2025-09-30'
        3       || '2025-10-01' | '2025-12-31'
        4       || '2026-01-01' | '2026-03-31'
    }
}
