package uk.reviewhub.time

import spock.lang.Shared
import spock.lang.Specification

import java.time.LocalDate

import static java.time.LocalDate.parse as date

class WorkingDayCalendarSpec extends Specification {

    @Shared
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()

    def "#day is #expectation in England and Wales"() {
        expect:
        calendar.isWorkingDay(date(day)) == working

        where:
        day          | working | why
        '2024-01-05' | true    | 'an ordinary Friday'
        '2024-01-06' | false   | 'Saturday'
        '2024-01-07' | false   | 'Sunday'
        '2024-01-01' | false   | "New Year's Day"
        '2022-01-03' | false   | "New Year's Day substitute (1 January 2022 was a Saturday)"
        '2023-01-02' | false   | "New Year's Day substitute (1 January 2023 was a Sunday)"
        '2021-12-27' | false   | 'Christmas Day substitute 2021'
        '2021-12-28' | false   | 'Boxing Day substitute 2021'
        '2021-12-29' | true    | 'after the 2021 substitute days'
        '2022-12-26' | false   | 'Boxing Day 2022'
        '2022-12-27' | false   | 'Christmas Day substitute 2022'
        '2020-12-28' | false   | 'Boxing Day substitute 2020'
        '2024-03-29' | false   | 'Good Friday 2024'
        '2024-04-01' | false   | 'Easter Monday 2024'
        '2025-04-18' | false   | 'Good Friday 2025'
        '2025-04-21' | false   | 'Easter Monday 2025'
        '2020-05-08' | false   | 'Early May bank holiday moved to VE day'
        '2020-05-04' | true    | 'the first Monday of May 2020 was not a bank holiday'
        '2022-06-02' | false   | 'Spring bank holiday moved to Thursday 2 June 2022'
        '2022-06-03' | false   | 'Platinum Jubilee bank holiday'
        '2022-05-30' | true    | 'the last Monday of May 2022 was not a bank holiday'
        '2022-09-19' | false   | 'State Funeral of Queen Elizabeth II'
        '2023-05-08' | false   | 'Coronation of King Charles III'
        '2024-08-26' | false   | 'Summer bank holiday (last Monday of August)'
        '2024-08-05' | true    | 'first Monday of August: a holiday in Scotland only'
        '2024-03-18' | true    | "St Patrick's Day substitute: Northern Ireland only"
        expectation = working ? 'a working day' : "not a working day ($why)"
    }

    def "day #n counted from #start (#what) is #due"() {
        expect:
        calendar.addWorkingDays(date(start), n) == date(due)

        where:
        start        | n  | due          | what
        '2024-01-08' | 1  | '2024-01-09' | 'a plain Monday'
        '2024-01-05' | 1  | '2024-01-08' | 'a Friday, over the weekend'
        '2024-01-05' | 5  | '2024-01-12' | 'a Friday, a week later'
        '2024-01-06' | 1  | '2024-01-08' | 'a Saturday: day 0 is the Saturday itself'
        '2024-01-06' | 5  | '2024-01-12' | 'a Saturday'
        '2024-01-07' | 1  | '2024-01-08' | 'a Sunday'
        '2024-12-25' | 1  | '2024-12-27' | 'Christmas Day: day 0 is the bank holiday itself'
        '2024-12-25' | 2  | '2024-12-30' | 'Christmas Day'
        '2024-04-01' | 1  | '2024-04-02' | 'Easter Monday'
        '2023-12-22' | 1  | '2023-12-27' | 'the Friday before Christmas 2023'
        '2023-12-22' | 5  | '2024-01-03' | 'over Christmas and New Year 2023'
        '2021-12-24' | 1  | '2021-12-29' | 'Christmas Eve 2021, over both substitute days'
        '2021-12-24' | 4  | '2022-01-04' | 'over Christmas 2021 and New Year 2022 substitutes'
        '2022-12-23' | 1  | '2022-12-28' | 'the Friday before Christmas 2022'
        '2022-12-23' | 4  | '2023-01-03' | 'over Christmas 2022 and the New Year 2023 substitute'
        '2024-03-28' | 1  | '2024-04-02' | 'the Thursday before Easter 2024'
        '2025-04-17' | 1  | '2025-04-22' | 'the Thursday before Easter 2025'
        '2024-03-25' | 5  | '2024-04-03' | 'SIN clock over Easter 2024'
        '2024-05-01' | 15 | '2024-05-23' | 'rapid review clock over the Early May bank holiday 2024'
        '2020-05-01' | 1  | '2020-05-04' | 'Friday 1 May 2020: Monday 4 May was a working day'
        '2020-05-07' | 1  | '2020-05-11' | 'the day before VE day 2020'
        '2022-05-27' | 1  | '2022-05-30' | 'Friday 27 May 2022: Monday 30 May was a working day'
        '2022-06-01' | 1  | '2022-06-06' | 'the day before the 2022 Jubilee weekend'
        '2022-09-16' | 1  | '2022-09-20' | 'the Friday before the State Funeral'
        '2023-05-05' | 1  | '2023-05-09' | 'the Friday before the Coronation holiday'
        '2024-01-06' | 0  | '2024-01-06' | 'N = 0 on a Saturday: the day itself'
        '2024-12-25' | 0  | '2024-12-25' | 'N = 0 on a bank holiday: the day itself'
        '2024-01-09' | 0  | '2024-01-09' | 'N = 0 on a working day'
    }

    def "counting back #back working days from #event (#what) gives #due"() {
        expect:
        calendar.addWorkingDays(date(event), -back) == date(due)

        where:
        event        | back | due          | what
        '2024-01-09' | 1    | '2024-01-08' | 'a plain Tuesday'
        '2024-01-08' | 1    | '2024-01-05' | 'a Monday, back over the weekend'
        '2024-01-06' | 1    | '2024-01-05' | 'a Saturday'
        '2024-01-02' | 1    | '2023-12-29' | "back over New Year's Day"
        '2023-12-27' | 1    | '2023-12-22' | 'back over Christmas 2023'
        '2024-12-26' | 1    | '2024-12-24' | 'from Boxing Day'
        '2024-04-10' | 7    | '2024-03-28' | 'at least 7 working days before a publication after Easter'
        '2022-06-06' | 1    | '2022-06-01' | 'back over the Jubilee'
        '2022-01-04' | 4    | '2021-12-24' | 'back over New Year 2022 and Christmas 2021 substitutes'
        '2022-09-20' | 1    | '2022-09-16' | 'back over the State Funeral'
        '2023-05-09' | 1    | '2023-05-05' | 'back over the Coronation'
    }

    def "working days from #from to #to: #count"() {
        expect:
        calendar.workingDaysBetween(date(from), date(to)) == count

        where:
        from         | to           | count
        '2024-01-09' | '2024-01-09' | 0
        '2024-01-05' | '2024-01-07' | 0
        '2024-01-06' | '2024-01-08' | 1
        '2023-12-22' | '2024-01-03' | 5
        '2024-01-03' | '2023-12-22' | -5
        '2024-03-28' | '2024-04-02' | 1
        '2024-04-02' | '2024-03-28' | -1
        '2024-01-01' | '2024-12-31' | 254
    }

    def "counting agrees with stepping one day at a time, everywhere in 2019-2027"() {
        given:
        List<LocalDate> days = date('2019-01-01').datesUntil(date('2028-01-01')).toList()

        expect:
        days.every { day ->
            [-20, -7, -1, 1, 5, 15, 20].every { n -> calendar.addWorkingDays(day, n) == stepped(day, n) }
        }

        and: 'workingDaysBetween is the inverse of addWorkingDays on working days'
        days.every { day ->
            LocalDate later = day.plusDays(23)
            !calendar.isWorkingDay(later) || calendar.addWorkingDays(day, calendar.workingDaysBetween(day, later)) == later
        }
    }

    def "a date outside 2012-2100 (the data, then the projection) is an error, not a guess: #what"() {
        when:
        action.call()

        then:
        DateOutsideCalendarException e = thrown()
        e.message.contains('2012-01-01 to 2100-12-31')

        where:
        what                                   | action
        'asking about 31 December 2011'        | { calendar.isWorkingDay(date('2011-12-31')) }
        'asking about 1 January 2101'          | { calendar.isWorkingDay(date('2101-01-01')) }
        'counting forward past the projection' | { calendar.addWorkingDays(date('2100-12-31'), 1) }
        'counting back past the data'          | { calendar.addWorkingDays(date('2012-01-03'), -1) }
        'starting outside the projection'      | { calendar.addWorkingDays(date('2101-06-03'), 0) }
        'measuring to a day outside it'        | { calendar.workingDaysBetween(date('2100-12-01'), date('2101-01-03')) }
    }

    def "the bundled calendar covers whole years, 2012 to 2028, to their last working days, then projects"() {
        expect:
        calendar.firstDay() == date('2012-01-01')
        calendar.dataLastDay() == date('2028-12-31')
        calendar.lastDay() == date('2100-12-31')
        calendar.addWorkingDays(date('2028-12-28'), 1) == date('2028-12-29')
        calendar.addWorkingDays(date('2012-01-04'), -1) == date('2012-01-03') // 2 January 2012 was New Year's substitute day
    }

    def "the working day on or after #day is #expected"() {
        expect:
        calendar.workingDayOnOrAfter(date(day)) == date(expected)

        where:
        day          | expected
        '2024-01-05' | '2024-01-05'
        '2024-01-06' | '2024-01-08'
        '2021-12-25' | '2021-12-29'
    }

    def "#division: #day is #expectation"() {
        given:
        WorkingDayCalendar other = new WorkingDayCalendars(BankHolidayFeed.bundled()).forDivision(division)

        expect:
        other.isWorkingDay(date(day)) == working

        where:
        division           | day          | working | why
        'scotland'         | '2024-01-02' | false   | '2nd January'
        'scotland'         | '2024-04-01' | true    | 'no Easter Monday in Scotland'
        'scotland'         | '2024-08-05' | false   | 'Summer bank holiday is the first Monday of August'
        'scotland'         | '2024-08-26' | true    | 'the last Monday of August is not'
        'scotland'         | '2025-12-01' | false   | "St Andrew's Day substitute"
        'northern-ireland' | '2024-03-18' | false   | "St Patrick's Day substitute"
        'northern-ireland' | '2025-07-14' | false   | 'Battle of the Boyne substitute'
        'northern-ireland' | '2024-04-01' | false   | 'Easter Monday'
        expectation = working ? 'a working day' : "not a working day ($why)"
    }

    def "a division the data does not have is refused"() {
        when:
        WorkingDayCalendar.of(BankHolidayFeed.bundled(), 'wales-only')

        then:
        IllegalArgumentException e = thrown()
        e.message.contains("'wales-only'")
        e.message.contains('england-and-wales')
    }

    private LocalDate stepped(LocalDate day, int n) {
        LocalDate current = day
        int remaining = Math.abs(n)
        while (remaining > 0) {
            current = current.plusDays(Integer.signum(n))
            if (current.dayOfWeek.value < 6 && calendar.bankHoliday(current).isEmpty()) {
                remaining--
            }
        }
        current
    }
}
