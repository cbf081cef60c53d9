package uk.reviewhub.time

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.time.clock.ClockRule
import uk.reviewhub.time.clock.ClockStatus
import uk.reviewhub.time.clock.StatutoryClock

import java.time.DayOfWeek
import java.time.LocalDate

import static java.time.LocalDate.parse as date

/**
 * Past the published bank holidays (issue 13, item 5), working days are projected from each
 * division's standing rules (StandingRules), marked as projected, until data laid over them
 * replaces the projection.
 */
class ProjectedBankHolidaysSpec extends Specification {

    @Shared BankHolidayFeed bundled = BankHolidayFeed.bundled()
    @Shared WorkingDayCalendars calendars = new WorkingDayCalendars(bundled)

    def "Easter Sunday #year is #easter: the computus worked by hand in the where: block"() {
        expect:
        StandingRules.easterSunday(year) == date(easter)

        and: 'Good Friday and (outside Scotland) Easter Monday follow it'
        !calendars.englandAndWales().isWorkingDay(date(easter).minusDays(2))
        !calendars.englandAndWales().isWorkingDay(date(easter).plusDays(1))
        !calendars.forDivision('scotland').isWorkingDay(date(easter).minusDays(2))
        calendars.forDivision('scotland').isWorkingDay(date(easter).plusDays(1))
        !calendars.forDivision('northern-ireland').isWorkingDay(date(easter).plusDays(1))

        where: '''Meeus/Jones/Butcher by hand: a = y mod 19, b = y div 100, c = y mod 100, d = b div 4, e = b mod 4,
                  f = (b+8) div 25, g = (b-f+1) div 3, h = (19a+b-d-g+15) mod 30, i = c div 4, k = c mod 4,
                  l = (32+2e+2i-h-k) mod 7, m = (a+11h+22l) div 451, n = h+l-7m+114: month n div 31, day n mod 31 + 1.
                  2029: a 15, h 9, l 1, m 0, n 124: 1 April. 2030: a 16, h 28, l 2, m 0, n 144: 21 April.
                  2031: a 17, h 17, l 5, m 0, n 136: 13 April. 2032: a 18, h 6, l 0, m 0, n 120: 28 March.'''
        year | easter
        2029 | '2029-04-01'
        2030 | '2030-04-21'
        2031 | '2031-04-13'
        2032 | '2032-03-28'
    }

    def "Christmas #year (#christmasDay) gives #holidays in England and Wales"() {
        given:
        def calendar = calendars.englandAndWales()

        expect:
        date("$year-12-25").dayOfWeek == DayOfWeek.valueOf(christmasDay)
        calendar.bankHolidaysBetween(date("$year-12-20"), date("$year-12-31"))*.date() == holidays.collect { date(it) }
        calendar.isProjected(date("$year-12-25"))

        where:
        year | christmasDay || holidays
        2029 | 'TUESDAY'    || ['2029-12-25', '2029-12-26']
        2030 | 'WEDNESDAY'  || ['2030-12-25', '2030-12-26']
        2031 | 'THURSDAY'   || ['2031-12-25', '2031-12-26']
        2032 | 'SATURDAY'   || ['2032-12-27', '2032-12-28']
    }

    def "the divisions' own days, with substitutes: #what"() {
        expect:
        calendars.forDivision(division).bankHoliday(date(day)).map { it.title() }.orElse(null) == title

        where:
        what                                              | division           | day          || title
        "St Andrew's Day 2030 is a Saturday: Monday"      | 'scotland'         | '2030-12-02' || 'St Andrew’s Day'
        "St Andrew's Day is not England's"                | 'england-and-wales'| '2031-12-01' || null
        "Scotland's 2 January 2031 (a Thursday)"          | 'scotland'         | '2031-01-02' || '2nd January'
        "New Year 2033 on a Saturday: Monday 3 January"   | 'scotland'         | '2033-01-03' || 'New Year’s Day'
        "and 2 January (a Sunday) moves to Tuesday 4"     | 'scotland'         | '2033-01-04' || '2nd January'
        "England's summer holiday: last Monday of August" | 'england-and-wales'| '2030-08-26' || 'Summer bank holiday'
        "Scotland's: first Monday of August"              | 'scotland'         | '2030-08-05' || 'Summer bank holiday'
        "St Patrick's Day 2029 is a Saturday: Monday 19"  | 'northern-ireland' | '2029-03-19' || 'St Patrick’s Day'
        "the Boyne 2031 is a Saturday: Monday 14 July"    | 'northern-ireland' | '2031-07-14' || 'Battle of the Boyne (Orangemen’s Day)'
        'early May 2030: the first Monday'                | 'england-and-wales'| '2030-05-06' || 'Early May bank holiday'
        'spring 2030: the last Monday of May'             | 'england-and-wales'| '2030-05-27' || 'Spring bank holiday'
    }

    def "the standing rules give exactly the published days of every #division year but those with one-off changes"() {
        given:
        def published = bundled.events(division)
        def years = published*.date()*.year.unique()

        when:
        def differing = years.findAll { year ->
            StandingRules.year(division, year)*.date() != published.findAll { it.date().year == year }*.date()
        }

        then: 'the years that differ are those of jubilees, the 2020 VE Day move, the 2022 funeral and the 2023 coronation'
        differing == expected

        where:
        division           || expected
        'england-and-wales'|| [2012, 2020, 2022, 2023]
        'scotland'         || [2020, 2022, 2023]
        'northern-ireland' || [2020, 2022, 2023]
    }

    def "a review commissioned in late 2028 gets its due dates, marked as projected"() {
        given:
        def calendar = calendars.englandAndWales()
        def clock = new StatutoryClock(calendar, 3)

        when: 'a rapid review notified on 20 December 2028: 15 working days across Christmas and a projected New Year'
        def reading = clock.read(ClockRule.parse('15 working days after'), date('2028-12-20'), null, date('2028-12-21'))

        then:
        reading.status() == ClockStatus.ON_TRACK
        reading.due() == date('2029-01-15')
        calendar.isProjected(reading.due())
        !calendar.isProjected(date('2028-12-31'))

        when: 'the final report at least 7 working days before a publication planned for 8 May 2029 (after the early May holiday)'
        def report = clock.read(ClockRule.parse('at least 7 working days before'), date('2029-05-08'), null, date('2028-12-21'))

        then:
        report.due() == date('2029-04-26')
    }

    def "published data laid over the bundled copy replaces the projection for its years"() {
        given: 'a 2029 feed with a one-off holiday on Friday 14 September 2029 and Christmas as usual'
        def feed = bundled.mergedWith(BankHolidayFeed.read(new ByteArrayInputStream('''{"england-and-wales": {"division": "england-and-wales", "events": [
            {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true},
            {"title": "One-off bank holiday", "date": "2029-09-14", "notes": "", "bunting": true},
            {"title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": true}]}}'''.bytes), 'test'))

        when:
        def calendar = WorkingDayCalendar.of(feed, 'england-and-wales')

        then: 'in 2029 the data rules: its one-off counts, and Easter Monday it left out is a working day'
        !calendar.isProjected(date('2029-12-31'))
        !calendar.isWorkingDay(date('2029-09-14'))
        calendar.isWorkingDay(date('2029-04-02'))

        and: 'from 2030 the projection takes over'
        calendar.isProjected(date('2030-01-01'))
        !calendar.isWorkingDay(date('2030-04-22'))
        calendar.dataLastDay() == date('2029-12-31')
    }

    def "the projection runs to 2100; later is still an error, not a guess"() {
        given:
        def calendar = calendars.englandAndWales()

        expect:
        calendar.lastDay() == date('2100-12-31')
        calendar.bankHolidaysBetween(date('2100-12-24'), date('2100-12-31')).size() == 2
        calendar.bankHolidaysBetween(date('2100-12-24'), date('2100-12-31')).every { it.notes().contains('rojected') }

        when:
        calendar.isWorkingDay(date('2101-01-03'))

        then:
        thrown(DateOutsideCalendarException)
    }
}
