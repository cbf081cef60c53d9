package uk.reviewhub.meeting

import spock.lang.Specification
import uk.reviewhub.meeting.domain.ICalendar

import java.nio.charset.StandardCharsets
import java.time.Instant

class ICalendarSpec extends Specification {

    def "TEXT values are escaped as RFC 5545 says"() {
        expect:
        ICalendar.escape(text) == escaped

        where:
        text                        || escaped
        'Case review group'         || 'Case review group'
        'Room 1, Civic Centre'      || 'Room 1\\, Civic Centre'
        'Agenda; minutes'           || 'Agenda\\; minutes'
        'C:\\papers'                || 'C:\\\\papers'
        'line one\nline two'        || 'line one\\nline two'
        'line one\r\nline two'      || 'line one\\nline two'
        'bell\u0007'                || 'bell'
    }

    def "long lines are folded at 75 octets, never inside a UTF-8 character"() {
        when:
        String folded = ICalendar.fold(line)
        List<String> parts = folded.split('\r\n', -1) as List

        then: 'every physical line is at most 75 octets'
        parts.every { it.getBytes(StandardCharsets.UTF_8).length <= 75 }

        and: 'continuations start with one space and unfolding gives the line back'
        parts.drop(1).every { it.startsWith(' ') }
        folded.replace('\r\n ', '') == line
        parts.size() == lines

        where:
        line                          || lines
        'SUMMARY:' + 'a' * 67         || 1
        'SUMMARY:' + 'a' * 68         || 2
        'SUMMARY:' + 'é' * 100        || 3
        'SUMMARY:' + '😀' * 40        || 3
    }

    def "a calendar has CRLF line ends, a stable UID, the sequence, UTC times and the cancelled status"() {
        given:
        def start = Instant.parse('2026-03-12T10:00:00Z')
        def events = [
                new ICalendar.Event('m1@reviewhub', 0, start, start.plusSeconds(7200), 'Case Review Group', 'Civic Centre, Swinton',
                        'Salford', false),
                new ICalendar.Event('m2@reviewhub', 2, start.plusSeconds(86400 * 42), start.plusSeconds(86400 * 42 + 3600),
                        'Case Review Group', null, 'Cancelled: chair unwell', true)]

        when:
        String ics = ICalendar.write('Case Review Group', Instant.parse('2026-01-01T09:00:00.123Z'), events)

        then:
        ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')
        ics.endsWith('END:VCALENDAR\r\n')
        !ics.replace('\r\n', '').contains('\n')
        ics.contains('UID:m1@reviewhub\r\nSEQUENCE:0\r\nDTSTAMP:20260101T090000Z\r\nDTSTART:20260312T100000Z\r\nDTEND:20260312T120000Z\r\n')
        ics.contains('LOCATION:Civic Centre\\, Swinton\r\n')
        ics.contains('STATUS:CONFIRMED')
        ics.contains('UID:m2@reviewhub\r\nSEQUENCE:2\r\n')
        ics.contains('STATUS:CANCELLED')
        ics.count('BEGIN:VEVENT') == 2
    }

    def "an all-day event is a DATE from its day to the next, across a month's and a year's end: #day"() {
        when:
        String calendar = ICalendar.writeDays('My conferences and reviews', Instant.parse('2026-12-06T09:00:00Z'),
                [new ICalendar.DayEvent('c1@reviewhub', 2, java.time.LocalDate.parse(day), 'Review conference 1: LCS1, A', 'Planned.')])

        then:
        calendar.contains('\r\nDTSTART;VALUE=DATE:' + start + '\r\n')
        calendar.contains('\r\nDTEND;VALUE=DATE:' + end + '\r\n')
        calendar.contains('SUMMARY:Review conference 1: LCS1\\, A')
        calendar.contains('SEQUENCE:2')
        calendar.startsWith('BEGIN:VCALENDAR\r\n')
        calendar.endsWith('END:VCALENDAR\r\n')

        where:
        day          || start      | end
        '2027-03-16' || '20270316' | '20270317'
        '2027-02-28' || '20270228' | '20270301'
        '2026-12-31' || '20261231' | '20270101'
    }
}
