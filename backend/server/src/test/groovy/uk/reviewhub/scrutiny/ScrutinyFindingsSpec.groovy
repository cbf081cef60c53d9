package uk.reviewhub.scrutiny

import io.micronaut.http.HttpRequest
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.testing.ApiCalls

import static uk.reviewhub.api.scrutiny.ScrutinyPaths.*

/**
 * Findings of a piece of scrutiny (issue 12 item 6): a finding draws on the piece's observations and
 * other evidence (triangulated when two kinds support it), is rated, and leads to recommendations
 * whose actions go on the Composite Action Plan with the source "scrutiny" (the CAP and its CSV
 * show it). Changing a piece after commission (optimistic versions). Bad input names the field and
 * writes nothing; the admin reads; Salford sees none of it.
 */
class ScrutinyFindingsSpec extends ScrutinyIntegrationSpec {

    ApiCalls.Answer put(String path, Object body, String token) { ApiCalls.send(client, HttpRequest.PUT(path, body), token) }

    def "a finding draws on an observation and a focus group, is triangulated, and its recommendation puts an action on the CAP"() {
        given: 'a piece with an observation and a focus group'
        Map p = piece()
        def observed = post(at(PIECE_OBSERVATIONS, [pieceId: p.id]), observation(framework()), lead)
        def focus = post(at(PIECE_EVIDENCE, [pieceId: p.id]), [kind: 'FOCUS_GROUP', gatheredOn: today.minusDays(3).toString(),
                title: 'Focus group with front door social workers', summary: 'The out-of-hours handover loses information'], lead)
        def audit = post(at(PIECE_EVIDENCE, [pieceId: p.id]), [kind: 'AUDIT', gatheredOn: today.minusDays(2).toString(),
                title: 'Audit of twenty contacts', summary: 'Six lacked the reason for the decision'], lead)
        assert observed.status == 201 && focus.status == 201 && audit.status == 201
        String findings = at(PIECE_FINDINGS, [pieceId: p.id])

        when: 'the lead records a finding on the observation and the focus group'
        def made = post(findings, [title: 'Handover loses information', detail: 'Seen at the strategy discussion and told by staff',
                                   rating: 'Requires improvement', observationIds: [observed.json.id], evidenceIds: [focus.json.id]], lead)

        then: 'it is numbered, rated and triangulated, and names its evidence'
        made.status == 201
        made.json.number == 1
        made.json.rating == 'Requires improvement'
        made.json.triangulated
        made.json.supports*.kind == ['OBSERVATION', 'FOCUS_GROUP']
        made.json.supports*.id == [observed.json.id, focus.json.id]

        when: 'the chair, on the team, records a second finding on the audit alone'
        def single = post(findings, [title: 'Decisions recorded', detail: 'Most contacts record the reason', rating: 'Good enough',
                                     evidenceIds: [audit.json.id]], chair)

        then: 'one kind of evidence does not triangulate'
        single.status == 201
        single.json.number == 2
        !single.json.triangulated
        single.json.supports*.kindLabel == ['Audit']

        when: 'the finding leads to a recommendation with an action on the CAP'
        UUID agencyId = UUID.fromString(get(findings, lead).json.agencies[0].id as String)
        def recommended = post(at(FINDING_RECOMMENDATIONS, [findingId: made.json.id]), [text: 'Hand over in writing out of hours',
                action: [agencyId: agencyId, owner: 'Head of the front door', description: 'Introduce a written handover',
                         dueOn: today.plusMonths(2).toString()]], lead)

        then:
        recommended.status == 201
        recommended.json.recommendations*.number == [1]
        recommended.json.recommendations[0].actions*.description == ['Introduce a written handover']
        recommended.json.recommendations[0].actions[0].source == 'SCRUTINY'

        and: 'the CAP shows it with the source scrutiny and the piece; the CSV too'
        def cap = get(ApiPaths.CAP + '?source=SCRUTINY&size=100', chair)
        cap.status == 200
        def onCap = cap.json.find { it.description == 'Introduce a written handover' && it.scrutinyPieceId == p.id }
        onCap.scrutinyPieceTitle == p.title
        onCap.caseId == null
        get(ApiPaths.CAP + '?source=REVIEW&size=100', chair).json.every { it.source == 'REVIEW' }
        get(ApiPaths.CAP_CSV + '?source=SCRUTINY', chair).body.contains("SCRUTINY: ${p.title}")

        and: 'the admin reads the findings; a member may not; Salford does not find them'
        get(findings, admin).json.findings*.number == [1, 2]
        get(findings, member).status == 403
        get(findings, salford).status == 404
        post(at(FINDING_RECOMMENDATIONS, [findingId: made.json.id]), [text: 'x'], salford).status in [403, 404]

        and: 'audited'
        rows("audit_event where entity = 'scrutiny-finding' and entity_id = '${made.json.id}'") == 1
        rows("audit_event where entity = 'scrutiny-findings' and action = 'READ' and entity_id = '${p.id}'") >= 1
        rows("audit_event where entity = 'action' and entity_id = '${onCap.id}'") == 1
    }

    def "bad findings and recommendations are refused at their field with problem+json and write nothing"() {
        given:
        Map p = piece()
        Map elsewhere = piece()
        def observed = post(at(PIECE_OBSERVATIONS, [pieceId: p.id]), observation(framework()), lead)
        def foreign = post(at(PIECE_OBSERVATIONS, [pieceId: elsewhere.id]), observation(framework()), lead)
        String findings = at(PIECE_FINDINGS, [pieceId: p.id])
        Map good = [title: 'Handover', detail: 'Information is lost', rating: 'Significant concern', observationIds: [observed.json.id]]
        int before = rows('scrutiny_finding')

        expect:
        with(post(findings, good + [observationIds: [foreign.json.id]], lead)) {
            status == 400 && contentType.startsWith('application/problem+json') && json.errors*.field == ['observationIds[0]']
        }
        post(findings, good + [observationIds: [observed.json.id, observed.json.id]], lead).json.errors*.field == ['observationIds[1]']
        post(findings, good + [observationIds: []], lead).json.errors*.field == ['observationIds']
        post(findings, good + [detail: 'Mrs Smith was not told'], lead).json.errors*.field == ['detail']
        with(post(findings, good + [rating: 'SPLENDID'], lead)) {
            status == 400 && json.errors*.field == ['rating'] && json.errors[0].message.contains('Strong practice, Good enough')
        }
        post(findings, good + [rating: 'A concern'], lead).json.errors*.field == ['rating'] // the default scale, not Norfolk's
        post(findings, good + [rating: null], lead).json.errors*.field == ['rating']
        post(findings, good + [title: ''], lead).json.errors*.field == ['title']
        post(findings, good, member).status == 403
        post(findings, good, admin).status == 403
        post(findings, good, salford).status in [403, 404]
        rows('scrutiny_finding') == before
        rows('scrutiny_finding_support where observation_id = ' + "'${observed.json.id}'") == 0

        when: 'a good one, then bad recommendations'
        def made = post(findings, good, lead)
        String recommend = at(FINDING_RECOMMENDATIONS, [findingId: made.json.id])
        int recommendations = rows('scrutiny_recommendation')
        int actions = rows('cap_action')
        Map action = [agencyId: UUID.randomUUID(), owner: 'Head of service', description: 'Write it down', dueOn: today.plusDays(30).toString()]

        then: 'an unknown agency, a past due date, a missing owner: nothing written, not even the recommendation'
        made.status == 201
        post(recommend, [text: 'Hand over in writing', action: action], lead).json.errors*.field == ['action.agencyId']
        post(recommend, [text: 'Hand over in writing', action: action + [dueOn: today.minusDays(1).toString()]], lead).json.errors*.field == ['action.dueOn']
        post(recommend, [text: 'Hand over in writing', action: action + [owner: '']], lead).json.errors*.field == ['action.owner']
        post(recommend, [text: 'Tell Mrs Smith first'], lead).json.errors*.field == ['text']
        post(recommend, [text: 'Hand over in writing'], member).status == 403
        post(at(FINDING_RECOMMENDATIONS, [findingId: UUID.randomUUID()]), [text: 'Hand over in writing'], lead).status == 404
        rows('scrutiny_recommendation') == recommendations
        rows('cap_action') == actions

        and: 'without an action, a recommendation is only a recommendation'
        post(recommend, [text: 'Hand over in writing'], lead).json.recommendations[0].actions == []
        rows('cap_action') == actions
    }

    def "a piece's commission is changed over the version read; a stale version, an outsider and bad input change nothing"() {
        given:
        Map p = piece()
        String path = at(PIECE, [pieceId: p.id])
        Map change = [title: p.title + ' (revised)', scope: 'Triage and the out-of-hours handover', questions: ['Is information lost?'],
                      methodology: ['OBSERVATIONS', 'FOCUS_GROUPS'], leadId: userId('scrutineer@norfolk.demo'),
                      teamIds: [userId('chair@norfolk.demo'), userId('scrutineer2@norfolk.demo')],
                      agreedReportBy: today.plusMonths(4).toString(), version: p.version]

        when:
        def changed = put(path, change, lead)

        then:
        changed.status == 200
        changed.json.title == p.title + ' (revised)'
        changed.json.version == p.version + 1
        changed.json.team*.name.size() == 2
        changed.json.reportDue == today.plusMonths(4).toString()
        changed.json.commissionedOn == p.commissionedOn

        and: 'the old version is stale; the new team member may now change it'
        put(path, change + [title: 'Again'], lead).status == 409
        put(path, change + [title: 'Again', version: p.version + 1], other).status == 200

        and: 'bad input, the admin and Salford change nothing'
        put(path, change + [version: p.version + 2, leadId: userId('member@norfolk.demo')], lead).json.errors*.field == ['leadId']
        put(path, change + [version: p.version + 2, agreedReportBy: '2001-01-01'], lead).status == 400
        put(path, change + [version: p.version + 2, methodology: []], lead).json.errors*.field == ['methodology']
        put(path, change + [version: p.version + 2], admin).status == 403
        put(path, change + [version: p.version + 2], salford).status in [403, 404]
        get(path, lead).json.title == 'Again'
        get(path, lead).json.version == p.version + 2
        rows("audit_event where entity = 'scrutiny-piece' and action = 'UPDATE' and entity_id = '${p.id}'") == 2
    }
}
