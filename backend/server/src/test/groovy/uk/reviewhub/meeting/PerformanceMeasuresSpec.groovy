package uk.reviewhub.meeting

import spock.lang.Specification
import uk.reviewhub.meeting.domain.PerformanceMeasures

import static uk.reviewhub.meeting.domain.PerformanceMeasures.Light.AMBER
import static uk.reviewhub.meeting.domain.PerformanceMeasures.Light.GREEN
import static uk.reviewhub.meeting.domain.PerformanceMeasures.Light.NO_DATA
import static uk.reviewhub.meeting.domain.PerformanceMeasures.Light.RED

class PerformanceMeasuresSpec extends Specification {

    def "#met of #of against #target% is #light, #percent%"() {
        expect:
        PerformanceMeasures.light(met, of, target) == light
        PerformanceMeasures.percent(met, of) == percent

        where:
        met | of | target || light   | percent
        9   | 10 | 90     || GREEN   | 90
        10  | 10 | 90     || GREEN   | 100
        8   | 9  | 90     || AMBER   | 89      // 88.9%: exact comparison, not the rounded figure
        8   | 10 | 90     || AMBER   | 80
        7   | 10 | 90     || RED     | 70
        0   | 0  | 90     || NO_DATA | null
        5   | 5  | 100    || GREEN   | 100
        9   | 10 | 100    || AMBER   | 90
        17  | 20 | 100    || RED     | 85
        1   | 3  | 0      || GREEN   | 33
        2   | 3  | 90     || RED     | 67
    }

    def "the sentence says what was counted and how it compares"() {
        expect:
        PerformanceMeasures.measure('planned-meetings-held', 'Planned meetings take place', met, of, 90,
                'planned meetings held', 'No planned meetings were due in the period.').text() == text

        where:
        met | of || text
        9   | 10 || '9 of 10 planned meetings held (90%): on target (90%).'
        8   | 10 || '8 of 10 planned meetings held (80%): just below the target of 90%.'
        5   | 10 || '5 of 10 planned meetings held (50%): below the target of 90%.'
        0   | 0  || 'No planned meetings were due in the period.'
    }

    def "impossible counts are refused"() {
        when:
        PerformanceMeasures.light(3, 2, 90)

        then:
        thrown(IllegalArgumentException)
    }
}
