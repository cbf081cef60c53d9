package uk.reviewhub.meeting

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.meeting.domain.AgendaPublishing
import uk.reviewhub.meeting.domain.MeetingDeadline
import uk.reviewhub.meeting.persistence.AgendaQueries.PublishedItem
import uk.reviewhub.meeting.persistence.AgendaQueries.PublishedPaper
import uk.reviewhub.pack.TermsOfReference
import uk.reviewhub.partnership.domain.Group
import uk.reviewhub.partnership.domain.GroupTerms
import uk.reviewhub.time.WorkingDayCalendar
import uk.reviewhub.time.clock.StatutoryClock

import java.time.LocalDate

/** The rules for publishing an agenda with its papers, and the publishing deadline's clock across bank holidays. */
class AgendaPublishingSpec extends Specification {

    static final UUID A = UUID.fromString('00000000-0000-0000-0000-00000000000a')
    static final UUID B = UUID.fromString('00000000-0000-0000-0000-00000000000b')
    static final UUID C = UUID.fromString('00000000-0000-0000-0000-00000000000c')
    static final UUID P = UUID.fromString('00000000-0000-0000-0000-0000000000ff')

    @Shared WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()
    @Shared StatutoryClock statutoryClock = new StatutoryClock(calendar, 5)
    @Shared MeetingDeadline papers = MeetingDeadline.of(new GroupTerms(
            new Group(UUID.randomUUID(), 'group', 'Group', null, null), 1, new TermsOfReference('Purpose', [], null,
            new TermsOfReference.Cadence('FREQ=WEEKLY;INTERVAL=6', 'Every six weeks', null, null, null),
            new TermsOfReference.Quorum('Four agencies', 4, [], [], false),
            [new TermsOfReference.Deadline('papers-published', 'Agenda and papers published', 5, TermsOfReference.Direction.BEFORE)],
            [], [], null, null)),
            MeetingDeadline.PAPERS_PUBLISHED).orElseThrow()

    static AgendaPublishing.Item item(UUID id, String title, String decision, List<PublishedPaper> papers = []) {
        new AgendaPublishing.Item(id, title, decision, papers)
    }

    /** The agenda [Welcome accepted, Child A accepted with a paper, Other rejected] as published. */
    static List<PublishedItem> PUBLISHED = AgendaPublishing.snapshot([
            item(A, 'Welcome', 'ACCEPTED'), item(B, 'Child A', 'ACCEPTED', [new PublishedPaper(P, 'Report.pdf')]),
            item(C, 'Other', 'REJECTED')])

    def "publishing is #outcome when #situation"() {
        expect:
        AgendaPublishing.refusal(status, items, Optional.ofNullable(latest)) == Optional.ofNullable(reason)

        where:
        situation                                   | status      | items                                                                                   | latest    || reason
        'every item is decided, first publication'  | 'PLANNED'   | [item(A, 'Welcome', 'ACCEPTED'), item(C, 'Other', 'REJECTED')]                          | null      || null
        'the meeting was moved'                     | 'MOVED'     | [item(A, 'Welcome', 'ACCEPTED')]                                                        | null      || null
        'the meeting was cancelled'                 | 'CANCELLED' | [item(A, 'Welcome', 'ACCEPTED')]                                                        | null      || 'The meeting was cancelled: its agenda cannot be published.'
        'the meeting has been held'                 | 'HELD'      | [item(A, 'Welcome', 'ACCEPTED')]                                                        | null      || 'The meeting has been held: its agenda can no longer be published.'
        'a late item awaits the chair'              | 'PLANNED'   | [item(A, 'Welcome', 'ACCEPTED'), item(B, 'Late item', 'PROPOSED')]                      | null      || "1 item awaits the chair's decision (Late item): accept or reject every item before publishing the agenda."
        'two items await the chair'                 | 'PLANNED'   | [item(A, 'One', 'PROPOSED'), item(B, 'Two', 'PROPOSED')]                                | null      || "2 items await the chair's decision (One; Two): accept or reject every item before publishing the agenda."
        'nothing is accepted'                       | 'PLANNED'   | [item(C, 'Other', 'REJECTED')]                                                          | null      || 'No item has been accepted: accept at least one item before publishing the agenda.'
        'no item was submitted'                     | 'PLANNED'   | []                                                                                      | null      || 'No item has been accepted: accept at least one item before publishing the agenda.'
        'nothing changed since publication'         | 'PLANNED'   | [item(A, 'Welcome', 'ACCEPTED'), item(B, 'Child A', 'ACCEPTED', [new PublishedPaper(P, 'Report.pdf')]), item(C, 'Other', 'REJECTED')] | PUBLISHED || 'The agenda has not changed since it was last published: there is nothing new to publish.'
        'a late item was accepted since'            | 'PLANNED'   | [item(A, 'Welcome', 'ACCEPTED'), item(B, 'Child A', 'ACCEPTED', [new PublishedPaper(P, 'Report.pdf')]), item(C, 'Other', 'ACCEPTED')] | PUBLISHED || null
        'the order changed since'                   | 'PLANNED'   | [item(B, 'Child A', 'ACCEPTED', [new PublishedPaper(P, 'Report.pdf')]), item(A, 'Welcome', 'ACCEPTED')] | PUBLISHED || null
        'a paper was added since'                   | 'PLANNED'   | [item(A, 'Welcome', 'ACCEPTED', [new PublishedPaper(C, 'Chronology.docx')]), item(B, 'Child A', 'ACCEPTED', [new PublishedPaper(P, 'Report.pdf')])] | PUBLISHED || null
        'an item was rejected since'                | 'PLANNED'   | [item(A, 'Welcome', 'ACCEPTED'), item(B, 'Child A', 'REJECTED', [new PublishedPaper(P, 'Report.pdf')])] | PUBLISHED || null

        outcome = reason == null ? 'allowed' : 'refused'
    }

    def "the published agenda is the accepted items in agenda order, numbered from 1, with their papers"() {
        expect:
        PUBLISHED == [new PublishedItem(A, 1, 'Welcome', []), new PublishedItem(B, 2, 'Child A', [new PublishedPaper(P, 'Report.pdf')])]
        !AgendaPublishing.changedSince([item(A, 'Welcome', 'ACCEPTED')], Optional.empty())
        AgendaPublishing.changedSince([item(A, 'Welcome', 'ACCEPTED')], Optional.of(PUBLISHED))
    }

    def "meeting on #meeting, read #today, published #published: #label"() {
        when:
        def clock = AgendaPublishing.clock(papers, LocalDate.parse(meeting), published ? LocalDate.parse(published) : null,
                LocalDate.parse(today), statutoryClock)

        then:
        clock.due() == LocalDate.parse(due)
        clock.status() == status
        clock.statusLabel() == label
        clock.workingDaysLate() == late
        clock.rule() == 'at least 5 working days before the meeting'

        where: 'Christmas 2026: Friday 25th, Monday 28th (substitute Boxing Day) are bank holidays'
        meeting      | today        | published    || due          | status        | label                         | late
        '2026-12-29' | '2026-12-01' | null         || '2026-12-18' | 'ON_TRACK'    | 'On time: not yet published'  | null
        '2026-12-29' | '2026-12-16' | null         || '2026-12-18' | 'DUE_SOON'    | 'Due soon: not yet published' | null
        '2026-12-29' | '2026-12-21' | null         || '2026-12-18' | 'OVERDUE'     | 'Overdue: not yet published'  | 1
        '2026-12-29' | '2026-12-29' | '2026-12-18' || '2026-12-18' | 'MET_ON_TIME' | 'Published on time'           | null
        '2026-12-29' | '2026-12-29' | '2026-12-24' || '2026-12-18' | 'MET_LATE'    | 'Published late'              | 4
        '2027-01-07' | '2027-01-04' | '2026-12-30' || '2026-12-30' | 'MET_ON_TIME' | 'Published on time'           | null
        '2027-01-07' | '2027-01-04' | '2026-12-31' || '2026-12-30' | 'MET_LATE'    | 'Published late'              | 1
    }
}
