package uk.reviewhub.pack

import spock.lang.Specification

import java.time.LocalDate

/** RRULE expansion, checked against dates worked out independently (python-dateutil). */
class RecurrenceSpec extends Specification {

    def "#rule from #start gives #expected"() {
        when:
        def dates = Recurrence.parse(rule).between(LocalDate.parse(start), LocalDate.parse(start), LocalDate.parse(to))

        then:
        dates*.toString() == expected

        where:
        rule                                              | start        | to           || expected
        // Norfolk: the second Monday of each month, as its pack writes it
        'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2'                | '2026-01-01' | '2026-06-30' || ['2026-01-12', '2026-02-09', '2026-03-09', '2026-04-13', '2026-05-11', '2026-06-08']
        // the same, written with an ordinal
        'FREQ=MONTHLY;BYDAY=2MO'                          | '2026-01-01' | '2026-06-30' || ['2026-01-12', '2026-02-09', '2026-03-09', '2026-04-13', '2026-05-11', '2026-06-08']
        // Southampton and Salford: every six weeks from the first meeting
        'FREQ=WEEKLY;INTERVAL=6'                          | '2026-01-08' | '2026-06-30' || ['2026-01-08', '2026-02-19', '2026-04-02', '2026-05-14', '2026-06-25']
        'RRULE:FREQ=WEEKLY;INTERVAL=6'                    | '2026-01-08' | '2026-03-01' || ['2026-01-08', '2026-02-19']
        'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3'                 | '2026-01-01' | '2026-12-31' || ['2026-01-30', '2026-02-27', '2026-03-27']
        'FREQ=WEEKLY;BYDAY=TU,TH;INTERVAL=2;COUNT=5'      | '2026-01-05' | '2026-12-31' || ['2026-01-06', '2026-01-08', '2026-01-20', '2026-01-22', '2026-02-03']
        'FREQ=MONTHLY;BYMONTHDAY=31'                      | '2026-01-01' | '2026-08-31' || ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31']
        'FREQ=MONTHLY;INTERVAL=2;BYDAY=2MO;UNTIL=20260801' | '2026-01-01' | '2026-12-31' || ['2026-01-12', '2026-03-09', '2026-05-11', '2026-07-13']
        'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'   | '2026-01-01' | '2026-04-30' || ['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30']
        // the series start is not itself a second Monday, so it is not a meeting
        'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2'                | '2026-01-13' | '2026-03-31' || ['2026-02-09', '2026-03-09']
    }

    def "a window inside the series gives only its dates, and COUNT still counts from the series start"() {
        given:
        def start = LocalDate.parse('2026-01-08')

        expect:
        Recurrence.parse('FREQ=WEEKLY;INTERVAL=6').between(start, LocalDate.parse('2026-03-01'), LocalDate.parse('2026-05-31'))*.toString() ==
                ['2026-04-02', '2026-05-14']
        Recurrence.parse('FREQ=WEEKLY;INTERVAL=6;COUNT=3').between(start, LocalDate.parse('2026-03-01'), LocalDate.parse('2026-12-31'))*.toString() ==
                ['2026-04-02']
    }

    def "a rule this product cannot expand is refused, saying why: #rule"() {
        when:
        Recurrence.parse(rule)

        then:
        UnsupportedRecurrenceException e = thrown()
        e.message.contains(says)

        where:
        rule                                   || says
        'FREQ=DAILY'                           || 'weekly or monthly, not daily'
        'FREQ=YEARLY;BYMONTH=1'                || 'weekly or monthly, not yearly'
        'FREQ=MONTHLY;BYHOUR=10'               || 'BYHOUR'
        'FREQ=WEEKLY;BYWEEKNO=3'               || 'BYWEEKNO'
        'FREQ=WEEKLY;WKST=SU'                  || 'start them on SU'
        'INTERVAL=2'                           || 'does not say how often'
        'FREQ=WEEKLY;INTERVAL=0'               || 'INTERVAL=0'
        'FREQ=WEEKLY;COUNT=3;UNTIL=20261231'   || 'both COUNT and UNTIL'
        'FREQ=WEEKLY;BYDAY=2MO'                || 'cannot number the weekday'
        'FREQ=MONTHLY;BYSETPOS=2'              || 'BYSETPOS needs BYDAY or BYMONTHDAY'
        'FREQ=MONTHLY;BYDAY=XX'                || "'XX' in"
        'FREQ=MONTHLY;FREQ=WEEKLY'             || 'appears twice'
        ''                                     || 'no recurrence rule'
    }
}
