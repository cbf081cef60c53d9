package uk.reviewhub.reminder

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.mail.domain.NoticeKind
import uk.reviewhub.meeting.domain.MeetingDeadline
import uk.reviewhub.reminder.domain.ReminderEngine
import uk.reviewhub.reminder.domain.ReminderFacts
import uk.reviewhub.reminder.domain.ReminderFacts.Action
import uk.reviewhub.reminder.domain.ReminderFacts.Group
import uk.reviewhub.reminder.domain.ReminderFacts.Meeting
import uk.reviewhub.reminder.domain.ReminderFacts.Person
import uk.reviewhub.reminder.domain.ReminderFacts.Seat
import uk.reviewhub.reminder.domain.ReminderSettings
import uk.reviewhub.time.BankHolidayFeed
import uk.reviewhub.time.WorkingDayCalendar
import uk.reviewhub.time.clock.ClockRule

import java.time.LocalDate
import java.time.LocalTime

import static java.time.LocalDate.parse

/**
 * The reminder rules over dates, in working days of England and Wales (bank holidays included):
 * who is reminded of what, on which days, under which key. Agenda items are due 10 working days
 * before the meeting (Salford's terms of reference); reminders start 3 working days before that.
 */
class ReminderEngineSpec extends Specification {

    @Shared WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales()
    @Shared ReminderEngine engine = new ReminderEngine(calendar, new ReminderSettings(3, 3, 10, 60))

    static final UUID GROUP = UUID.fromString('00000000-0000-0000-0000-0000000000a1')
    static final UUID MEETING = UUID.fromString('00000000-0000-0000-0000-0000000000b1')
    static final UUID ACTION = UUID.fromString('00000000-0000-0000-0000-0000000000c1')
    static final Person CHAIR = person('chair', 1)
    static final Person MEMBER = person('member', 2)
    static final Person MINUTER = person('minutes', 3)
    static final Person ADMIN = person('admin', 4)
    static final Person SUPPORT = person('support', 5)
    static final UUID CHAIR_SEAT = UUID.fromString('00000000-0000-0000-0000-0000000000d1')
    static final UUID MEMBER_SEAT = UUID.fromString('00000000-0000-0000-0000-0000000000d2')
    static final UUID MINUTER_SEAT = UUID.fromString('00000000-0000-0000-0000-0000000000d3')
    static final UUID UNLINKED_SEAT = UUID.fromString('00000000-0000-0000-0000-0000000000d4')

    def "the item deadline reminder runs from 3 working days before the deadline to the deadline, across Christmas and Easter"() {
        given:
        def facts = facts([meeting(parse(meetingDay), 'PLANNED')])

        when:
        def due = engine.due(parse(today), facts).findAll { it.kind() == NoticeKind.ITEM_DEADLINE }

        then:
        due.size() == (reminded ? 2 : 0)
        !reminded || due.every { it.data().deadline == deadlineText && it.key().startsWith("ITEM_DEADLINE:$MEETING:$deadline:") }

        where:
        meetingDay   | today        || reminded | deadline     | deadlineText
        // Christmas 2026: 25 and 28 December and 1 January are bank holidays, so the deadline is Wednesday 23 December.
        '2027-01-11' | '2026-12-17' || false    | '2026-12-23' | null
        '2027-01-11' | '2026-12-18' || true     | '2026-12-23' | '23/12/2026'
        '2027-01-11' | '2026-12-20' || true     | '2026-12-23' | '23/12/2026'
        '2027-01-11' | '2026-12-23' || true     | '2026-12-23' | '23/12/2026'
        '2027-01-11' | '2026-12-24' || false    | '2026-12-23' | null
        // Easter 2026: Good Friday 3 April and Easter Monday 6 April, so the deadline is Friday 27 March.
        '2026-04-14' | '2026-03-23' || false    | '2026-03-27' | null
        '2026-04-14' | '2026-03-24' || true     | '2026-03-27' | '27/03/2026'
        '2026-04-14' | '2026-03-27' || true     | '2026-03-27' | '27/03/2026'
        '2026-04-14' | '2026-03-30' || false    | '2026-03-27' | null
    }

    def "the lead time counts working days in the partnership's own division: a Scottish bank holiday moves it for Scotland only"() {
        given:
        def engineFor = new ReminderEngine(WorkingDayCalendar.of(BankHolidayFeed.bundled(), division), new ReminderSettings(3, 3, 10, 60))
        def facts = facts([meeting(parse(meetingDay), 'PLANNED')])

        when:
        def due = engineFor.due(parse(today), facts).findAll { it.kind() == NoticeKind.ITEM_DEADLINE }

        then:
        due.size() == (deadline ? 2 : 0)
        due.every { it.key().startsWith("ITEM_DEADLINE:$MEETING:$deadline:") }

        where:
        division            | meetingDay   | today        || deadline
        // St Andrew's Day, Monday 30 November 2026, is a Scottish bank holiday only: 10 working days before
        // Monday 14 December is 30 November in England and Wales but Friday 27 November in Scotland.
        'england-and-wales' | '2026-12-14' | '2026-11-24' || null
        'scotland'          | '2026-12-14' | '2026-11-24' || '2026-11-27'
        'england-and-wales' | '2026-12-14' | '2026-11-25' || '2026-11-30'
        'england-and-wales' | '2026-12-14' | '2026-11-30' || '2026-11-30'
        'scotland'          | '2026-12-14' | '2026-11-30' || null
        // 2 January 2026 is a Scottish bank holiday only: for a meeting on Friday 16 January the deadline is
        // Friday 2 January in England and Wales, Wednesday 31 December 2025 in Scotland.
        'england-and-wales' | '2026-01-16' | '2026-01-02' || '2026-01-02'
        'scotland'          | '2026-01-16' | '2026-01-02' || null
        'scotland'          | '2026-01-16' | '2025-12-24' || '2025-12-31'
        'england-and-wales' | '2026-01-16' | '2025-12-24' || null
        'england-and-wales' | '2026-01-16' | '2025-12-29' || '2026-01-02'
    }

    def "each reminder keeps its key from day to day, so the sender sends it once"() {
        given:
        def facts = facts([meeting(parse('2027-01-11'), 'PLANNED')])

        expect:
        engine.due(parse('2026-12-18'), facts)*.key() as Set == engine.due(parse('2026-12-23'), facts)*.key() as Set
        engine.due(parse('2026-12-18'), facts)*.key().unique().size() == engine.due(parse('2026-12-18'), facts).size()
    }

    def "item deadline reminders go to current members with a sign-in, once each, and not for cancelled or held meetings"() {
        given:
        def seats = [
                new Seat(CHAIR_SEAT, 'CHAIR', null, null, CHAIR),
                new Seat(MEMBER_SEAT, 'MEMBER', parse('2020-01-01'), null, MEMBER),
                new Seat(UUID.randomUUID(), 'MEMBER', null, null, MEMBER),                         // a second seat, same person
                new Seat(UUID.randomUUID(), 'MEMBER', null, parse('2026-12-01'), person('ended', 6)),
                new Seat(UUID.randomUUID(), 'MEMBER', parse('2027-01-01'), null, person('starting', 7)),
                new Seat(UNLINKED_SEAT, 'ADVISER', null, null, null)]
        def facts = facts([meeting(parse('2027-01-11'), status)], [], seats)

        when:
        def due = engine.due(parse('2026-12-21'), facts).findAll { it.kind() == NoticeKind.ITEM_DEADLINE }

        then:
        due*.to()*.email() as Set == recipients as Set
        due.size() == recipients.size()

        where:
        status      || recipients
        'PLANNED'   || ['chair@example.org', 'member@example.org']
        'MOVED'     || ['chair@example.org', 'member@example.org']
        'CANCELLED' || []
        'HELD'      || []
    }

    def "no item deadline reminder goes to a member who has already submitted an item for the meeting"() {
        given:
        def submitters = submitted.collect { it.userId() } as Set
        def facts = facts([new Meeting(MEETING, GROUP, 'Case Review and Audit', 'PLANNED', parse('2027-01-11'), LocalTime.of(10, 0),
                submitters)])

        when:
        def due = engine.due(parse('2026-12-21'), facts).findAll { it.kind() == NoticeKind.ITEM_DEADLINE }

        then:
        due*.to()*.email() as Set == recipients as Set
        due.size() == recipients.size()

        where:
        submitted       || recipients
        []              || ['chair@example.org', 'member@example.org']
        [MEMBER]        || ['chair@example.org']
        [CHAIR, MEMBER] || []
        [ADMIN]         || ['chair@example.org', 'member@example.org']   // a submitter without a seat changes nothing
    }

    def "a moved meeting has a new deadline, so a new reminder"() {
        given:
        def before = engine.due(parse('2026-03-27'), facts([meeting(parse('2026-04-14'), 'PLANNED')]))*.key()
        def after = engine.due(parse('2026-03-27'), facts([meeting(parse('2026-04-15'), 'MOVED')]))*.key()

        expect:
        before && after
        (before as Set).intersect(after as Set).isEmpty()
    }

    def "an action is reminded from 3 working days before it is due, and once overdue within 10 working days after"() {
        given:
        def facts = facts([], [action(parse(dueDate), status, MEMBER_SEAT)])

        when:
        def due = engine.due(parse(today), facts).findAll { it.kind() == NoticeKind.ACTION_DUE }

        then:
        due*.key() == (keyPrefix ? ["$keyPrefix:$ACTION:$dueDate:${MEMBER.userId()}".toString()] : [])
        due.every { it.to() == MEMBER && it.data().overdue == (keyPrefix == 'ACTION_OVERDUE' ? 'yes' : '') }

        where:
        dueDate      | status      | today        || keyPrefix
        // Easter 2026: three working days before Tuesday 7 April is Tuesday 31 March.
        '2026-04-07' | 'OPEN'      | '2026-03-30' || null
        '2026-04-07' | 'OPEN'      | '2026-03-31' || 'ACTION_DUE'
        '2026-04-07' | 'OPEN'      | '2026-04-07' || 'ACTION_DUE'
        '2026-04-07' | 'OPEN'      | '2026-04-08' || 'ACTION_OVERDUE'
        '2026-04-07' | 'OPEN'      | '2026-04-21' || 'ACTION_OVERDUE'
        '2026-04-07' | 'OPEN'      | '2026-04-22' || null
        '2026-04-07' | 'COMPLETED' | '2026-04-07' || null
        '2026-04-07' | 'CANCELLED' | '2026-04-08' || null
        // Christmas 2026: three working days before Tuesday 29 December is Tuesday 22 December.
        '2026-12-29' | 'OPEN'      | '2026-12-21' || null
        '2026-12-29' | 'OPEN'      | '2026-12-22' || 'ACTION_DUE'
        '2027-01-13' | 'OPEN'      | '2027-01-08' || 'ACTION_DUE'
    }

    def "an action goes to its owner's user; else the minute takers; else business support; else the chair"() {
        given:
        def seats = [new Seat(CHAIR_SEAT, 'CHAIR', null, null, CHAIR),
                     new Seat(MEMBER_SEAT, 'MEMBER', null, memberEnded ? parse('2026-01-01') : null, MEMBER),
                     new Seat(UNLINKED_SEAT, 'MEMBER', null, null, null)]
        if (minuteTaker) {
            seats << new Seat(MINUTER_SEAT, 'MINUTE_TAKER', null, null, MINUTER)
        }
        def facts = new ReminderFacts('Example Partnership', [group(seats)], [],
                [action(parse('2026-04-07'), 'OPEN', ownerSeat)], [ADMIN], support ? [SUPPORT] : [])

        when:
        def to = engine.due(parse('2026-04-07'), facts).findAll { it.kind() == NoticeKind.ACTION_DUE }*.to()*.email()

        then:
        to == [expected]

        where:
        ownerSeat     | memberEnded | minuteTaker | support || expected
        MEMBER_SEAT   | false       | true        | true    || 'member@example.org'
        MEMBER_SEAT   | true        | true        | true    || 'minutes@example.org'
        UNLINKED_SEAT | false       | true        | true    || 'minutes@example.org'
        null          | false       | true        | true    || 'minutes@example.org'
        null          | false       | false       | true    || 'support@example.org'
        null          | false       | false       | false   || 'chair@example.org'
    }

    def "the terms of reference review reminds the admins when it approaches (60 days) and once when it has passed"() {
        given:
        def group = new Group(GROUP, 'Case Review and Audit sub-group', Optional.empty(),
                reviewDueOn == null ? null : parse(reviewDueOn), [])
        def facts = new ReminderFacts('Example Partnership', [group], [], [], [ADMIN], [SUPPORT])

        when:
        def due = engine.due(parse(today), facts)

        then:
        due*.key() == (phase ? ["TERMS_OF_REFERENCE_REVIEW:$GROUP:$reviewDueOn:$phase:${ADMIN.userId()}".toString()] : [])
        due.every { it.kind() == NoticeKind.TERMS_OF_REFERENCE_REVIEW && it.to() == ADMIN }
        due.every { it.data().passed == (phase == 'PASSED' ? 'yes' : '') }

        where:
        reviewDueOn  | today        || phase
        null         | '2026-06-01' || null
        '2026-09-30' | '2026-07-31' || null
        '2026-09-30' | '2026-08-01' || 'APPROACHING'
        '2026-09-30' | '2026-09-30' || 'APPROACHING'
        '2026-09-30' | '2026-10-01' || 'PASSED'
        '2026-09-30' | '2027-03-01' || 'PASSED'
    }

    private static Person person(String name, int n) {
        new Person(UUID.fromString(String.format('00000000-0000-0000-0000-%012d', n)), "$name@example.org")
    }

    private static Group group(List<Seat> seats) {
        new Group(GROUP, 'Case Review and Audit sub-group',
                Optional.of(new MeetingDeadline('agenda-items', 'Agenda items', new ClockRule.WorkingDaysBefore(10))), null, seats)
    }

    private static ReminderFacts facts(List<Meeting> meetings, List<Action> actions = [],
                                       List<Seat> seats = [new Seat(CHAIR_SEAT, 'CHAIR', null, null, CHAIR),
                                                           new Seat(MEMBER_SEAT, 'MEMBER', null, null, MEMBER)]) {
        new ReminderFacts('Example Partnership', [group(seats)], meetings, actions, [ADMIN], [SUPPORT])
    }

    private static Meeting meeting(LocalDate day, String status) {
        new Meeting(MEETING, GROUP, 'Case Review and Audit', status, day, LocalTime.of(10, 0))
    }

    private static Action action(LocalDate due, String status, UUID ownerSeat) {
        new Action(ACTION, GROUP, 'Share the chronology', 'Senior Lead, CAMHS', ownerSeat, 'CAMHS', due, status)
    }
}
