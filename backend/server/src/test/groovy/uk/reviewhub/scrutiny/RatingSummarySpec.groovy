package uk.reviewhub.scrutiny

import spock.lang.Specification
import uk.reviewhub.scrutiny.domain.Observation
import uk.reviewhub.scrutiny.domain.Person
import uk.reviewhub.scrutiny.domain.RatingSummary

import java.time.Instant
import java.time.LocalDate

/** The themes across observations: counts per rating per domain, in the order of the scale. */
class RatingSummarySpec extends Specification {

    static final List<String> FOUR = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate']
    static final Map<Integer, Map<String, List<String>>> SCALES = [
            1: [voice: FOUR, risk: FOUR],
            2: [voice: ['Strong', 'Adequate', 'Weak'], risk: FOUR]]

    static Observation observed(int version, Map<String, String> ratings) {
        new Observation(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 1, 5), 'Strategy discussion',
                new Person(UUID.randomUUID(), 'S'), version,
                ratings.collect { d, r -> new Observation.Rating(d, "${d} v${version}".toString(), r) }, 'Evidence', null, null, null,
                Instant.EPOCH)
    }

    def "#what"() {
        expect:
        RatingSummary.of(observations, SCALES).collectEntries { [(it.domain()): it.counts()] } == expected

        where:
        what                                              | observations                                                  || expected
        'no observations, no themes'                      | []                                                            || [:]
        'one observation: its rating 1, the rest 0'       | [observed(1, [voice: 'Good'])]                                || [voice: [Outstanding: 0, Good: 1, 'Requires improvement': 0, Inadequate: 0]]
        'counts add up per rating'                        | [observed(1, [voice: 'Good']), observed(1, [voice: 'Good']),
                                                             observed(1, [voice: 'Inadequate'])]                           || [voice: [Outstanding: 0, Good: 2, 'Requires improvement': 0, Inadequate: 1]]
        'domains are counted apart, in the order met'     | [observed(1, [risk: 'Outstanding', voice: 'Good'])]           || [risk: [Outstanding: 1, Good: 0, 'Requires improvement': 0, Inadequate: 0],
                                                                                                                              voice: [Outstanding: 0, Good: 1, 'Requires improvement': 0, Inadequate: 0]]
        "a domain no one rated is left out"               | [observed(1, [risk: 'Good'])]                                 || [risk: [Outstanding: 0, Good: 1, 'Requires improvement': 0, Inadequate: 0]]
        'the newest scale orders; older ratings follow'   | [observed(1, [voice: 'Good']), observed(2, [voice: 'Weak'])]  || [voice: [Strong: 0, Adequate: 0, Weak: 1, Good: 1]]
    }

    def "a domain is named as the newest version that rated it names it"() {
        expect:
        RatingSummary.of([observed(1, [voice: 'Good']), observed(2, [voice: 'Strong'])], SCALES)[0].domainName() == 'voice v2'
    }
}
