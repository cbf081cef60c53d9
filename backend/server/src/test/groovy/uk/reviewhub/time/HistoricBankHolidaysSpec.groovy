package uk.reviewhub.time

import spock.lang.Shared
import spock.lang.Specification

import java.time.DayOfWeek
import java.time.LocalDate
import java.time.temporal.TemporalAdjusters

import static java.time.LocalDate.parse as date

/**
 * The bundled England and Wales bank holidays for 2012-2017, checked date by date against the rules
 * of the Banking and Financial Dealings Act 1971 as applied by royal proclamation, with Easter worked
 * out by the Gregorian computus (Meeus/Jones/Butcher), independently of the data.
 */
class HistoricBankHolidaysSpec extends Specification {

    @Shared
    List<BankHoliday> events = BankHolidayFeed.bundled().events(BankHolidayFeed.ENGLAND_AND_WALES)
            .findAll { it.date().year in 2012..2017 }

    @Shared
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()

    def "Easter Sunday #year is #easter by the computus, and Good Friday and Easter Monday are two days before and one after"() {
        expect:
        easter(year) == date(easter)
        holiday('Good Friday', year) == date(easter).minusDays(2)
        holiday('Easter Monday', year) == date(easter).plusDays(1)
        holiday('Good Friday', year).dayOfWeek == DayOfWeek.FRIDAY
        holiday('Easter Monday', year).dayOfWeek == DayOfWeek.MONDAY

        where: 'the dates as published in the almanacs, checked against the algorithm above'
        year | easter
        2012 | '2012-04-08'
        2013 | '2013-03-31'
        2014 | '2014-04-20'
        2015 | '2015-04-05'
        2016 | '2016-03-27'
        2017 | '2017-04-16'
    }

    def "every bank holiday of #year is exactly what the rules give, each on a weekday"() {
        expect:
        events.findAll { it.date().year == year }.collect { [it.date(), it.title(), it.notes()] } == byTheRules(year)
        events.findAll { it.date().year == year }.every { !(it.date().dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]) }

        where:
        year << (2012..2017)
    }

    def "the known exceptions: #day (#dayOfWeek) is #what"() {
        expect:
        date(day).dayOfWeek == DayOfWeek.valueOf(dayOfWeek.toUpperCase())
        calendar.bankHoliday(date(day)).map { it.title() }.orElse(null) == title
        calendar.isWorkingDay(date(day)) == (title == null && !(dayOfWeek in ['Saturday', 'Sunday']))

        where:
        day          | dayOfWeek   | title                     | what
        '2012-01-02' | 'Monday'    | 'New Year’s Day'          | "New Year's Day substitute (1 January was a Sunday)"
        '2012-05-28' | 'Monday'    | null                      | 'a working day: the Spring bank holiday moved to 4 June'
        '2012-06-04' | 'Monday'    | 'Spring bank holiday'     | 'the moved Spring bank holiday'
        '2012-06-05' | 'Tuesday'   | 'Queen’s Diamond Jubilee' | 'the extra Diamond Jubilee holiday'
        '2015-12-26' | 'Saturday'  | null                      | 'Boxing Day on a Saturday: not itself a holiday in the data'
        '2015-12-28' | 'Monday'    | 'Boxing Day'              | 'the Boxing Day substitute'
        '2016-12-26' | 'Monday'    | 'Boxing Day'              | 'Boxing Day'
        '2016-12-27' | 'Tuesday'   | 'Christmas Day'           | 'the Christmas Day substitute (25 December was a Sunday)'
        '2017-01-02' | 'Monday'    | 'New Year’s Day'          | "New Year's Day substitute (1 January was a Sunday)"
    }

    def "the 2011 royal wedding (29 April 2011) is before the data, so the calendar starts on 1 January 2012"() {
        expect:
        calendar.firstDay() == date('2012-01-01')
        !calendar.covers(date('2011-04-29'))
    }

    def "working days are counted across the 2012 Jubilee weekend and the 2016 Christmas substitutes"() {
        expect:
        calendar.addWorkingDays(date(start), n) == date(due)

        where:
        start        | n  | due
        '2012-05-31' | 2  | '2012-06-06' // Fri 1 June, then 4 and 5 June are holidays
        '2012-05-25' | 1  | '2012-05-28' // no late-May holiday in 2012
        '2016-12-23' | 1  | '2016-12-28'
        '2015-12-24' | 1  | '2015-12-29'
        '2012-01-04' | -1 | '2012-01-03'
        '2017-01-03' | -2 | '2016-12-29'
    }

    // -- the rules, written out independently of the data ------------------------------------------

    private List<List> byTheRules(int year) {
        List<List> days = []
        LocalDate newYear = LocalDate.of(year, 1, 1)
        days << (weekend(newYear) ? [nextMonday(newYear), 'New Year’s Day', 'Substitute day'] : [newYear, 'New Year’s Day', ''])
        days << [easter(year).minusDays(2), 'Good Friday', '']
        days << [easter(year).plusDays(1), 'Easter Monday', '']
        days << [LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), 'Early May bank holiday', '']
        if (year == 2012) {
            days << [LocalDate.of(2012, 6, 4), 'Spring bank holiday', '']
            days << [LocalDate.of(2012, 6, 5), 'Queen’s Diamond Jubilee', '']
        } else {
            days << [LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), 'Spring bank holiday', '']
        }
        days << [LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), 'Summer bank holiday', '']
        LocalDate christmas = LocalDate.of(year, 12, 25)
        switch (christmas.dayOfWeek) {
            case DayOfWeek.SATURDAY:
                days << [christmas.plusDays(2), 'Christmas Day', 'Substitute day'] << [christmas.plusDays(3), 'Boxing Day', 'Substitute day']
                break
            case DayOfWeek.SUNDAY:
                days << [christmas.plusDays(1), 'Boxing Day', ''] << [christmas.plusDays(2), 'Christmas Day', 'Substitute day']
                break
            case DayOfWeek.FRIDAY:
                days << [christmas, 'Christmas Day', ''] << [christmas.plusDays(3), 'Boxing Day', 'Substitute day']
                break
            default:
                days << [christmas, 'Christmas Day', ''] << [christmas.plusDays(1), 'Boxing Day', '']
        }
        days
    }

    private LocalDate holiday(String title, int year) {
        events.find { it.title() == title && it.date().year == year }.date()
    }

    private static boolean weekend(LocalDate day) {
        day.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]
    }

    private static LocalDate nextMonday(LocalDate day) {
        day.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year.intdiv(100), c = year % 100, d = b.intdiv(4), e = b % 4
        int f = (b + 8).intdiv(25), g = (b - f + 1).intdiv(3), h = (19 * a + b - d - g + 15) % 30
        int i = c.intdiv(4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l).intdiv(451)
        int month = (h + l - 7 * m + 114).intdiv(31), day = (h + l - 7 * m + 114) % 31 + 1
        LocalDate.of(year, month, day)
    }
}
