package uk.reviewhub.meeting

import spock.lang.Specification
import uk.reviewhub.api.vocabulary.AttendanceStatus
import uk.reviewhub.meeting.domain.Attendee
import uk.reviewhub.meeting.domain.QuorumRule
import uk.reviewhub.api.vocabulary.AgencyKind
import uk.reviewhub.api.vocabulary.GroupRole

import static uk.reviewhub.api.vocabulary.AttendanceStatus.*

/**
 * The quorum rule kinds, with the seed partnerships' rules. Attendance is written as
 * "agency:STATUS" (a deputy with delegated authority is "agency:DEPUTY+"); agencies are those below.
 */
class QuorumRuleSpec extends Specification {

    static final Map<String, AgencyKind> AGENCIES = [
            council: AgencyKind.LOCAL_AUTHORITY, police: AgencyKind.POLICE, ccg: AgencyKind.HEALTH,
            trust  : AgencyKind.HEALTH, housing: AgencyKind.HOUSING, probation: AgencyKind.PROBATION,
            cafcass: AgencyKind.CAFCASS, school: AgencyKind.EDUCATION]
    static final Map<String, UUID> IDS = AGENCIES.collectEntries { k, v -> [k, UUID.randomUUID()] }

    static final QuorumRule SALFORD = QuorumRule.of(4, [], [], false)
    static final QuorumRule NORFOLK = QuorumRule.of(null, [], [], true)
    static final QuorumRule STATUTORY = QuorumRule.of(null, ['LOCAL_AUTHORITY', 'POLICE', 'HEALTH'], [], false)
    static final QuorumRule CHAIRED = QuorumRule.of(3, [], ['CHAIR', 'VICE_CHAIR'], true)
    static final QuorumRule NONE = QuorumRule.of(null, [], [], false)

    def "#name: #attendance gives '#summary'"() {
        when:
        def verdict = rule.evaluate(attendees(attendance))

        then:
        verdict.quorate() == quorate
        verdict.summary() == summary

        where:
        name                  | rule      | attendance                                                        || quorate | summary
        'Salford, 4 agencies' | SALFORD   | 'council police ccg housing'                                      || true    | 'quorate: 4 agencies present, 4 required'
        'Salford, 4 agencies' | SALFORD   | 'council police ccg trust housing'                                || true    | 'quorate: 5 agencies present, 4 required'
        'Salford, 4 agencies' | SALFORD   | 'council police ccg'                                              || false   | 'not quorate: 3 agencies present, 4 required'
        'Salford, 4 agencies' | SALFORD   | 'council council:PRESENT police ccg housing:APOLOGIES'            || false   | 'not quorate: 3 agencies present, 4 required'
        'Salford, 4 agencies' | SALFORD   | 'council police ccg housing:ABSENT probation:APOLOGIES'           || false   | 'not quorate: 3 agencies present, 4 required'
        // Salford's terms do not count deputies, even with delegated authority
        'Salford, 4 agencies' | SALFORD   | 'council police ccg housing:DEPUTY+'                              || false   | 'not quorate: 3 agencies present, 4 required'
        'Norfolk, deputies'   | NORFOLK   | 'council:DEPUTY+'                                                 || true    | 'quorate: no quorum is set; 1 agency present'
        'Norfolk, deputies'   | NORFOLK   | 'council:DEPUTY police:DEPUTY'                                    || false   | 'not quorate: nobody present'
        'statutory partners'  | STATUTORY | 'council police trust housing'                                    || true    | 'quorate: 4 agencies including the Local Authority, Police and Health'
        'statutory partners'  | STATUTORY | 'council trust housing probation cafcass'                         || false   | 'not quorate: no Police agency present'
        'statutory partners'  | STATUTORY | 'housing probation'                                               || false   | 'not quorate: no local authority agency present; no Police agency present; no Health agency present'
        'chair or vice chair' | CHAIRED   | 'council:CHAIR police ccg'                                        || true    | 'quorate: 3 agencies present, 3 required'
        'chair or vice chair' | CHAIRED   | 'council police ccg:VICE_CHAIR'                                   || true    | 'quorate: 3 agencies present, 3 required'
        'chair or vice chair' | CHAIRED   | 'council police ccg'                                              || false   | 'not quorate: neither the chair nor the vice chair present'
        // a deputy counts for the agency but does not chair
        'chair or vice chair' | CHAIRED   | 'council:CHAIR:DEPUTY+ police ccg'                                 || false   | 'not quorate: neither the chair nor the vice chair present'
        'chair or vice chair' | CHAIRED   | 'council:CHAIR:APOLOGIES police'                                  || false   | 'not quorate: 1 agency present, 3 required; neither the chair nor the vice chair present'
        'no quorum stated'    | NONE      | 'police'                                                          || true    | 'quorate: no quorum is set; 1 agency present'
        'no quorum stated'    | NONE      | 'police:APOLOGIES'                                                || false   | 'not quorate: nobody present'
    }

    def "the reasons say which checks were met and why a deputy did not count"() {
        when:
        def verdict = QuorumRule.of(4, ['POLICE'], [], false).evaluate(attendees('council police ccg housing:DEPUTY+ probation:DEPUTY'))

        then:
        !verdict.quorate()
        verdict.agenciesPresent() == 3
        verdict.reasons() == [
                '3 agencies present, 4 required: not met',
                'Police present (police agency): met',
                'the deputy for housing agency does not count: these terms of reference do not count deputies',
                'the deputy for probation agency does not count: no delegated authority']
    }

    def "a rule of no agencies at all is refused"() {
        when:
        QuorumRule.of(0, [], [], false)

        then:
        thrown(IllegalArgumentException)
    }

    def "stored terms never fail: a minimum below 1 saved before the rules is read as 1, unknown kinds and roles are left out"() {
        when:
        def rule = QuorumRule.stored(minimum, kinds, roles, false)

        then:
        rule.minimumDistinctAgencies() == readAs
        rule.requiredAgencyKinds()*.name() == kindsKept
        rule.requiredAnyOfRoles()*.name() == rolesKept
        !rule.evaluate([]).quorate()

        where:
        minimum | kinds                | roles                 || readAs | kindsKept | rolesKept
        0       | []                   | []                    || 1      | []        | []
        -3      | ['POLICE']           | ['CHAIR']             || 1      | ['POLICE'] | ['CHAIR']
        4       | ['COUNCIL', 'HEALTH'] | ['PRESIDENT']        || 4      | ['HEALTH'] | []
        null    | ['COUNCIL']          | []                    || null   | []        | []
    }

    /** "council:CHAIR:DEPUTY+ police:APOLOGIES": agency, optional role, optional status (+ = delegated authority). */
    static List<Attendee> attendees(String attendance) {
        attendance.split(' ').findAll().collect { String word ->
            def parts = word.split(':') as List<String>
            String agency = parts.removeAt(0)
            GroupRole role = parts && GroupRole.values()*.name().contains(parts.first()) ? GroupRole.valueOf(parts.removeAt(0)) : GroupRole.MEMBER
            String status = parts ? parts.first() : 'PRESENT'
            boolean delegated = status.endsWith('+')
            new Attendee(UUID.randomUUID(), IDS[agency], "$agency agency".toString(), AGENCIES[agency], role,
                    AttendanceStatus.valueOf(status.replace('+', '')), delegated)
        }
    }
}
