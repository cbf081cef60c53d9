package uk.reviewhub.scrutiny

import spock.lang.Specification
import uk.reviewhub.scrutiny.domain.Triangulation

/** A finding is triangulated when evidence of two kinds or more supports it. */
class TriangulationSpec extends Specification {

    def "evidence of #kinds triangulates: #triangulated"() {
        expect:
        Triangulation.triangulated(kinds) == triangulated

        where:
        kinds                                              || triangulated
        []                                                 || false
        ['OBSERVATION']                                    || false
        ['OBSERVATION', 'OBSERVATION', 'OBSERVATION']      || false
        ['OBSERVATION', 'FOCUS_GROUP']                     || true
        ['STAFF_FEEDBACK', 'FAMILY_FEEDBACK']              || true
        ['AUDIT', 'AUDIT', 'OBSERVATION']                  || true
    }
}
