package uk.reviewhub.time

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

import static java.time.LocalDate.parse as date

class CalendarFactorySpec extends Specification {

    @TempDir
    Path dir

    CalendarFactory factory = new CalendarFactory()

    def "without a file the bundled data is used: #file"() {
        expect:
        !factory.workingDayCalendar(factory.workingDayCalendars(factory.bankHolidayFeed(file))).isWorkingDay(date('2023-05-08'))

        where:
        file << [null, '', '  ']
    }

    def "reviewhub.calendar.bank-holidays-file lays its events over the bundled ones"() {
        given:
        Path file = dir.resolve('bank-holidays.json')
        Files.writeString(file, '''{"england-and-wales": {"division": "england-and-wales", "events": [
            {"title": "One-off bank holiday", "date": "2026-06-05", "notes": "", "bunting": true}]}}''')

        when:
        WorkingDayCalendar calendar = factory.workingDayCalendar(factory.workingDayCalendars(factory.bankHolidayFeed(file.toString())))

        then:
        !calendar.isWorkingDay(date('2026-06-05'))
        !calendar.isWorkingDay(date('2026-12-25'))
        calendar.division() == 'england-and-wales'
    }

    def "a file that is not there stops start-up with its path"() {
        when:
        factory.bankHolidayFeed(dir.resolve('missing.json').toString())

        then:
        IllegalStateException e = thrown()
        e.message.contains('missing.json')
        e.message.contains('not a file')
    }

    def "the due-soon threshold comes from configuration"() {
        expect:
        factory.statutoryClock(WorkingDayCalendar.englandAndWales(), 5).dueSoonWorkingDays() == 5
    }

    def "today is the date in London, whatever the clock's zone: #instant is #today"() {
        expect:
        LondonTime.today(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)) == date(today)

        where:
        instant                | today
        '2024-06-30T22:59:59Z' | '2024-06-30'
        '2024-06-30T23:00:00Z' | '2024-07-01'
        '2024-12-31T23:30:00Z' | '2024-12-31'
    }
}
