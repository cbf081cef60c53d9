package uk.reviewhub.pack

import com.fasterxml.jackson.databind.ObjectMapper
import spock.lang.Specification
import uk.reviewhub.api.vocabulary.AgencyKind
import uk.reviewhub.api.vocabulary.GroupRole

import java.time.LocalDate

/**
 * The one mapping of the terms of reference to and from the pack's shape: what the pack reader, the
 * pack writer and the backend's stored-terms codec all use.
 */
class TermsOfReferenceShapeSpec extends Specification {

    static final ObjectMapper JSON = new ObjectMapper()

    def "every shipped group's terms, written in the pack's shape and read back, are the same terms"() {
        given:
        def groups = ['norfolk', 'southampton', 'salford', 'tri-borough'].collectMany {
            new PackReader().read(PackSource.classpath(), it).value().groups()
        }

        expect:
        groups.size() >= 4
        groups.every { ReviewGroup g ->
            def t = g.termsOfReference()
            def tree = JSON.valueToTree(TermsOfReferenceShape.write(t))
            TermsOfReferenceShape.read(tree, t.lastReviewedOn(), t.reviewDueOn()) == t
        }
    }

    def "a quorum's shape: deputies always said, the apology follow-up only when set (#followUp)"() {
        given:
        def quorum = new TermsOfReference.Quorum('Four agencies', 4, [AgencyKind.POLICE], [GroupRole.CHAIR], deputies, followUp)

        when:
        Map<String, Object> shape = TermsOfReferenceShape.quorum(quorum)
        def terms = new TermsOfReference('Purpose', ['Review'], null, new TermsOfReference.Cadence(null, 'As needed', null, null, null),
                quorum, [new TermsOfReference.Deadline('papers', 'Papers', 5, TermsOfReference.Direction.BEFORE)],
                [new TermsOfReference.PerformanceMeasure('held', 'Meetings held', target)], [], LocalDate.of(2024, 1, 3), null)
        def back = TermsOfReferenceShape.read(JSON.valueToTree(TermsOfReferenceShape.write(terms)), terms.lastReviewedOn(), null)

        then:
        shape.deputiesWithDelegatedAuthorityCount == deputies
        shape.containsKey('apologiesFollowUpAfter') == (followUp != null)
        shape.requiredAgencyKinds == ['POLICE']
        shape.requiredAnyOfRoles == ['CHAIR']
        back == terms

        where:
        deputies | followUp | target
        true     | 2        | 90
        false    | null     | null
    }

    def "a missing part reads as empty, not as a failure (a version stored before a field existed)"() {
        when:
        def terms = TermsOfReferenceShape.read(JSON.readTree('{"purpose": "P"}'), null, null)

        then:
        terms.purpose() == 'P'
        terms.functions() == []
        terms.quorum().minimumDistinctAgencies() == null
        !terms.quorum().deputiesWithDelegatedAuthorityCount()
        terms.deadlines() == []
        terms.cadence().rrule() == null
    }
}
