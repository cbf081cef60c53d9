package uk.reviewhub.meeting

import spock.lang.Specification
import uk.reviewhub.meeting.domain.MinutesLifecycle

import static uk.reviewhub.meeting.domain.MinutesLifecycle.Operation.*
import static uk.reviewhub.api.vocabulary.MinutesStatus.*

/** The minutes lifecycle guards: approval locks; after approval only an amendment changes them. */
class MinutesLifecycleSpec extends Specification {

    def "#operation on #status minutes: #outcome"() {
        when:
        def refusal = MinutesLifecycle.refusal(status, operation)

        then:
        refusal.isPresent() == (outcome == 'refused')
        refusal.map { it.contains(says) }.orElse(true)

        where:
        status   | operation || outcome   | says
        DRAFT    | EDIT      || 'allowed' | ''
        DRAFT    | APPROVE   || 'allowed' | ''
        DRAFT    | AMEND     || 'refused' | 'still a draft'
        DRAFT    | CIRCULATE || 'allowed' | ''
        APPROVED | EDIT      || 'refused' | 'locked'
        APPROVED | APPROVE   || 'refused' | 'already approved'
        APPROVED | AMEND     || 'allowed' | ''
        APPROVED | CIRCULATE || 'allowed' | ''
    }

    def "approved minutes are locked, drafts are not"() {
        expect:
        MinutesLifecycle.locked(APPROVED)
        !MinutesLifecycle.locked(DRAFT)
    }
}
