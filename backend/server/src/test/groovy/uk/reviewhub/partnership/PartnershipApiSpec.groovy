package uk.reviewhub.partnership

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.security.AccessTokens

import static uk.reviewhub.testing.ApiCalls.get

/**
 * The partnership read API, as the shipped packs' demo users. Tokens are issued the way sign-in
 * issues them ({@link AccessTokens}) for the demo user's membership as loaded from the packs.
 */
class PartnershipApiSpec extends IntegrationSpec {

    @Inject
    AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    Map<String, String> tokens = [:]

    def "a Salford chair sees Salford, its three statutory partners and its group"() {
        when:
        def answer = get(client, ApiPaths.PARTNERSHIP, token('chair@salford.demo'))

        then:
        answer.status == 200
        answer.json.slug == 'salford'
        answer.json.name == 'Salford Safeguarding Children Board'
        answer.json.statutoryPartners*.kind as Set == ['LOCAL_AUTHORITY', 'POLICE', 'HEALTH'] as Set
        answer.json.groups*.code == ['case-review-and-audit']
    }

    def "Salford's group has eighteen members by agency, with a chair, a vice chair and a minute taker"() {
        given:
        String bearer = token('chair@salford.demo')
        String groupId = salfordGroupId()

        when:
        def answer = get(client, "/api/groups/$groupId/members", bearer)
        def members = answer.json.agencies*.members.flatten()

        then:
        answer.status == 200
        members.size() == 18
        members.findAll { it.groupRole != 'MEMBER' }.collectEntries { [it.groupRole, it.positionTitle] } == [
                CHAIR       : "Head of Children's Safeguarding",
                VICE_CHAIR  : 'Designated Doctor Safeguarding Children, CCG',
                MINUTE_TAKER: 'Senior Business Support Officer']
        answer.json.agencies.first().agency.code == 'salford-city-council'
        answer.json.agencies.every { a -> a.members.every { it.agency.code == a.agency.code } }
    }

    def "Salford's terms of reference carry its quorum of four agencies and its 10, 5 and 14 working-day deadlines"() {
        when:
        def answer = get(client, "/api/groups/${salfordGroupId()}/terms-of-reference", token('chair@salford.demo'))

        then:
        answer.status == 200
        answer.json.version == 1
        answer.json.quorum.minimumDistinctAgencies == 4
        answer.json.deadlines.collect { [it.code, it.workingDays, it.direction] } == [
                ['agenda-items', 10, 'BEFORE'], ['papers-published', 5, 'BEFORE'], ['minutes-circulated', 14, 'AFTER']]
        answer.json.performanceMeasures.find { it.code == 'planned-meetings-held' }.targetPercent == 90
        answer.json.cadence.rrule == 'FREQ=WEEKLY;INTERVAL=6'
        answer.json.lastReviewedOn == '2017-09-01'
    }

    def "Norfolk's group meets on the second Monday of each month"() {
        given:
        String bearer = token('chair@norfolk.demo')
        def groups = get(client, ApiPaths.GROUPS, bearer).json

        when:
        def answer = get(client, "/api/groups/${groups.first().id}/terms-of-reference", bearer)

        then:
        groups*.code == ['sprg']
        answer.json.cadence.rrule == 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2'
        answer.json.cadence.minimumMeetingsPerYear == 10
        answer.json.quorum.deputiesWithDelegatedAuthorityCount
    }

    def "a Norfolk user asking for Salford's group by id is told it does not exist"() {
        given:
        String bearer = token('chair@norfolk.demo')
        String salfordGroup = salfordGroupId()

        expect:
        get(client, "/api/groups/$salfordGroup/$path", bearer).status == 404
        get(client, "/api/groups/$salfordGroup/$path", bearer).contentType.startsWith('application/problem+json')

        where:
        path << ['members', 'terms-of-reference']
    }

    def "a group id that is not a uuid is a bad request"() {
        when:
        def answer = get(client, '/api/groups/not-a-uuid/members', token('chair@salford.demo'))

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
    }

    def "without a token, or with a platform-only token, the partnership is not shown"() {
        expect:
        get(client, ApiPaths.PARTNERSHIP).status == 401
        get(client, ApiPaths.PARTNERSHIP, token('platform-admin@reviewhub.demo')).status == 403
    }

    private String salfordGroupId() {
        get(client, ApiPaths.GROUPS, token('chair@salford.demo')).json.first().id
    }

    private String token(String email) {
        tokens.computeIfAbsent(email) { new DemoTokens(accessTokens).token(email) }
    }
}
