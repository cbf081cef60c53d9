package uk.reviewhub.time.clock

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.time.WorkingDayCalendar

import static java.time.LocalDate.parse as date

class ClockDefinitionsSpec extends Specification {

    @Shared
    ClockDefinitions defaults = ClockDefinitions.defaults()

    def "the pack reader knows exactly the server's clock codes, so a pack can override each and no other"() {
        expect:
        uk.reviewhub.pack.ClockOverrides.CODES == defaults.all()*.code()
    }

    def "every wording the pack reader accepts, the server's parser reads (#text)"() {
        expect:
        uk.reviewhub.pack.ClockOverrides.wordingProblem(text).empty
        defaults.withOverrideTexts(['rapid-review': text]).rule('rapid-review').describe() == describe

        where:
        text                              | describe
        '10 working days after'           | '10 working days after'
        '1 working day after'             | '1 working day after'
        'within 15 working days of'       | '15 working days after'
        '6 months after'                  | '6 months after'
        '1 calendar month after'          | '1 month after'
        'at least 7 working days before'  | 'at least 7 working days before'
        '12 working days before'          | 'at least 12 working days before'
        '2600 working days after'         | '2600 working days after'
    }

    def "by default, #code is #rule #event"() {
        expect:
        defaults.rule(code).describe() == rule
        defaults.get(code).event() == event

        where:
        code                     | rule                             | event
        'sin-notification'       | '5 working days after'           | 'the local authority became aware'
        'rapid-review'           | '15 working days after'          | 'the serious incident notification'
        'lcspr-publication'      | '6 months after'                 | 'the decision to commission it'
        'final-report-to-panel'  | 'at least 7 working days before' | 'publication'
        'initial-cp-conference'  | '15 working days after'          | 'the strategy discussion'
        'first-cp-review'        | '3 months after'                 | 'the initial conference'
        'subsequent-cp-review'   | '6 months after'                 | 'the previous review conference'
        'first-lac-review'       | '20 working days after'          | 'the child became looked after'
        'second-lac-review'      | '3 months after'                 | 'the first review'
        'subsequent-lac-review'  | '6 months after'                 | 'the previous review'
        'scrutiny-report'        | '3 months after'                 | 'the piece was commissioned'
        'lado-referral'          | '1 working day after'            | 'the allegation became known'
        'irp-resolution'         | '20 working days after'          | 'the issue was raised'
        'irp-informal'           | '5 working days after'           | 'the issue reached the stage'
        'irp-director'           | '2 working days after'           | 'the issue reached the stage'
    }

    def "meeting deadlines are not clocks: #code comes only from a group's terms of reference"() {
        expect:
        defaults.find(code).empty
        uk.reviewhub.pack.ClockOverrides.MEETING_DEADLINES.contains(code)

        where:
        code << ['agenda-items', 'agenda-published', 'papers-published', 'minutes-circulated']
    }

    def "every default has a title and a source"() {
        expect:
        defaults.all().every { !it.title().isBlank() && !it.source().isBlank() }
        defaults.all()*.code().unique().size() == defaults.all().size()
    }

    def "a partnership's pack overrides a rule by code and keeps the rest"() {
        when:
        ClockDefinitions partnership = defaults.withOverrideTexts(['rapid-review': '10 working days after',
                                                                    'lcspr-publication': 'within 9 months of'])

        then:
        partnership.rule('rapid-review') == new ClockRule.WorkingDaysAfter(10)
        partnership.rule('lcspr-publication') == new ClockRule.CalendarMonthsAfter(9)
        partnership.get('rapid-review').title() == defaults.get('rapid-review').title()
        partnership.rule('sin-notification') == defaults.rule('sin-notification')
        partnership.all()*.code() == defaults.all()*.code()

        and: 'the defaults are untouched'
        defaults.rule('rapid-review') == new ClockRule.WorkingDaysAfter(15)

        and: 'the overridden rule drives the due date'
        partnership.rule('rapid-review').dueDate(date('2024-05-01'), WorkingDayCalendar.englandAndWales()) == date('2024-05-16')
    }

    def "an override for an unknown clock is refused, naming the known ones"() {
        when:
        defaults.withOverrides(['rapid-reveiw': new ClockRule.WorkingDaysAfter(10)])

        then:
        IllegalArgumentException e = thrown()
        e.message.contains("No clock 'rapid-reveiw'")
        e.message.contains('rapid-review')
    }

    def "an override that cannot be read names its clock"() {
        when:
        defaults.withOverrideTexts(['sin-notification': 'a week after'])

        then:
        IllegalArgumentException e = thrown()
        e.message.startsWith("The clock 'sin-notification': Cannot read the clock rule 'a week after'")
    }

    def "a summary reads like the terms of reference"() {
        expect:
        defaults.get('rapid-review').summary() ==
                'Rapid review complete and sent to the National Panel: 15 working days after the serious incident notification'
    }
}
