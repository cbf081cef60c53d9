package uk.reviewhub.meeting

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.meeting.domain.MeetingDeadline
import uk.reviewhub.pack.TermsOfReference
import uk.reviewhub.partnership.domain.Group
import uk.reviewhub.partnership.domain.GroupTerms
import uk.reviewhub.time.WorkingDayCalendar

import java.time.LocalDate

/**
 * Salford's meeting deadlines (agenda items 10 and papers 5 working days before, minutes 14
 * working days after) across the bank holidays of England and Wales. Expected dates worked out
 * independently from the same bank-holiday data.
 */
class MeetingDeadlineSpec extends Specification {

    @Shared WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()

    @Shared GroupTerms salford = terms([
            new TermsOfReference.Deadline('agenda-items', 'Agenda items and papers to the chair', 10, TermsOfReference.Direction.BEFORE),
            new TermsOfReference.Deadline('papers-published', 'Agenda and papers uploaded', 5, TermsOfReference.Direction.BEFORE),
            new TermsOfReference.Deadline('minutes-circulated', 'Minutes circulated', 14, TermsOfReference.Direction.AFTER)])

    def "a meeting on #meeting (#why): items by #items, papers by #papers, minutes by #minutes"() {
        given:
        LocalDate day = LocalDate.parse(meeting)

        expect:
        due(MeetingDeadline.AGENDA_ITEMS, day) == items
        due(MeetingDeadline.PAPERS_PUBLISHED, day) == papers
        due(MeetingDeadline.MINUTES_CIRCULATED, day) == minutes

        where:
        meeting      | why                                        || items        | papers       | minutes
        '2026-04-02' | 'Good Friday and Easter Monday after it'   || '2026-03-19' | '2026-03-26' | '2026-04-24'
        '2027-04-08' | 'Easter 2027 inside the item window'       || '2027-03-23' | '2027-04-01' | '2027-04-28'
        '2027-04-01' | 'Easter 2027 inside the minutes window'    || '2027-03-16' | '2027-03-23' | '2027-04-21'
        '2027-01-07' | 'Christmas, substitute Boxing Day, New Year' || '2026-12-21' | '2026-12-30' | '2027-01-27'
        '2026-12-31' | 'Christmas inside the minutes window'      || '2026-12-15' | '2026-12-22' | '2027-01-21'
        '2027-05-13' | 'early May bank holiday'                   || '2027-04-28' | '2027-05-06' | '2027-06-03'
        '2027-06-03' | 'spring bank holiday'                      || '2027-05-19' | '2027-05-26' | '2027-06-23'
    }

    def "an item submitted on the deadline is in time; the day after is late"() {
        given:
        def items = MeetingDeadline.of(salford, MeetingDeadline.AGENDA_ITEMS).orElseThrow()
        LocalDate meeting = LocalDate.parse('2027-04-08')

        expect:
        !items.missedBy(LocalDate.parse('2027-03-23'), meeting, calendar)
        items.missedBy(LocalDate.parse('2027-03-24'), meeting, calendar)
        items.describe() == 'at least 10 working days before the meeting'
    }

    def "terms of reference that set no deadline give none"() {
        expect:
        MeetingDeadline.of(terms([]), MeetingDeadline.AGENDA_ITEMS).isEmpty()
    }

    private String due(String code, LocalDate meeting) {
        MeetingDeadline.of(salford, code).orElseThrow().due(meeting, calendar).toString()
    }

    private static GroupTerms terms(List<TermsOfReference.Deadline> deadlines) {
        new GroupTerms(new Group(UUID.randomUUID(), 'group', 'Group', null, null), 1, new TermsOfReference('Purpose', [],
                null, new TermsOfReference.Cadence('FREQ=WEEKLY;INTERVAL=6', 'Every six weeks', null, null, null),
                new TermsOfReference.Quorum('Four agencies', 4, [], [], false), deadlines, [], [], null, null))
    }
}
