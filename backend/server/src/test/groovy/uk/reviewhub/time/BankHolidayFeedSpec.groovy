package uk.reviewhub.time

import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.DayOfWeek

import static java.time.LocalDate.parse as date

class BankHolidayFeedSpec extends Specification {

    @Shared
    BankHolidayFeed bundled = BankHolidayFeed.bundled()

    @TempDir
    Path dir

    def "the bundled data has all three divisions"() {
        expect:
        bundled.divisions() == ['england-and-wales', 'scotland', 'northern-ireland'] as Set
    }

    def "no bundled #division bank holiday falls at a weekend, and each has a title"() {
        given:
        List<BankHoliday> events = bundled.events(division)

        expect:
        events.every { !(it.date().dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]) }
        events.every { !it.title().isBlank() }
        events*.date() == events*.date().sort()

        where:
        division << ['england-and-wales', 'scotland', 'northern-ireland']
    }

    def "England and Wales has at least 8 bank holidays in #year"() {
        expect:
        bundled.events('england-and-wales').count { it.date().year == year } >= 8

        where:
        year << (2018..2028)
    }

    def "England and Wales #year is exactly the official list"() {
        expect:
        bundled.events('england-and-wales').findAll { it.date().year == year }*.date()*.toString() == dates

        where:
        year | dates
        2020 | ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']
        2021 | ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']
        2022 | ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']
        2023 | ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']
        2024 | ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']
        2025 | ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']
        2026 | ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']
    }

    def "substitute days are marked as such: #day"() {
        expect:
        WorkingDayCalendar.englandAndWales().bankHoliday(date(day)).get().with { [it.title(), it.notes()] } == [title, 'Substitute day']

        where:
        day          | title
        '2021-12-27' | 'Christmas Day'
        '2021-12-28' | 'Boxing Day'
        '2022-12-27' | 'Christmas Day'
        '2022-01-03' | 'New Year’s Day'
    }

    def "a file in the feed's shape adds a one-off holiday without a code change"() {
        given: 'a partnership-supplied file with one extra England and Wales holiday'
        Path file = dir.resolve('extra.json')
        Files.writeString(file, '''{"england-and-wales": {"division": "england-and-wales", "events": [
            {"title": "One-off bank holiday", "date": "2025-06-13", "notes": "", "bunting": true}]}}''')

        when:
        WorkingDayCalendar calendar = WorkingDayCalendar.of(bundled.mergedWith(BankHolidayFeed.read(file)), 'england-and-wales')

        then:
        !calendar.isWorkingDay(date('2025-06-13'))
        calendar.addWorkingDays(date('2025-06-12'), 1) == date('2025-06-16')
        calendar.bankHoliday(date('2025-06-13')).get().title() == 'One-off bank holiday'

        and: 'the bundled holidays are all still there'
        !calendar.isWorkingDay(date('2025-12-25'))
        WorkingDayCalendar.englandAndWales().isWorkingDay(date('2025-06-13'))
    }

    def "a file can extend the data to later years"() {
        given:
        Path file = dir.resolve('2029.json')
        Files.writeString(file, '''{"england-and-wales": {"division": "england-and-wales", "events": [
            {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true},
            {"title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": true}]}}''')

        when:
        WorkingDayCalendar calendar = WorkingDayCalendar.of(bundled.mergedWith(BankHolidayFeed.read(file)), 'england-and-wales')

        then:
        calendar.dataLastDay() == date('2029-12-31')
        calendar.addWorkingDays(date('2028-12-29'), 1) == date('2029-01-02')
    }

    def "a file that leaves a year out is refused rather than taking that year as holiday-free"() {
        given:
        Path file = dir.resolve('2030.json')
        Files.writeString(file, '''{"england-and-wales": {"division": "england-and-wales", "events": [
            {"title": "Christmas Day", "date": "2030-12-25", "notes": "", "bunting": true}]}}''')

        when:
        WorkingDayCalendar.of(bundled.mergedWith(BankHolidayFeed.read(file)), 'england-and-wales')

        then:
        IllegalArgumentException e = thrown()
        e.message.contains('nothing for 2029')
    }

    def "a faulty file is refused with a reason: #problem"() {
        given:
        Path file = dir.resolve('faulty.json')
        Files.writeString(file, content)

        when:
        BankHolidayFeed.read(file)

        then:
        IllegalArgumentException e = thrown()
        e.message.contains(reason)

        where:
        problem                 | content                                                                                     | reason
        'not JSON'              | 'bank holidays'                                                                             | 'not valid JSON'
        'an array at the top'   | '[]'                                                                                        | 'expected the feed to be an object'
        'a date in words'       | '{"scotland": {"events": [{"title": "X", "date": "30 November 2025"}]}}'                    | "'30 November 2025', expected YYYY-MM-DD"
        'an event without date' | '{"scotland": {"events": [{"title": "X"}]}}'                                                | 'without a date (X)'
        'an event without title'| '{"scotland": {"events": [{"date": "2025-11-30"}]}}'                                        | 'has no title'
        'a division mismatch'   | '{"scotland": {"division": "england-and-wales", "events": []}}'                             | "division 'england-and-wales' under 'scotland'"
        'a date twice'          | '{"scotland": {"events": [{"title": "X", "date": "2025-12-01"}, {"title": "Y", "date": "2025-12-01"}]}}' | '2025-12-01 twice'
    }
}
