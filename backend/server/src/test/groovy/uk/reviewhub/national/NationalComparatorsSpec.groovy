package uk.reviewhub.national

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import java.sql.Connection
import java.time.LocalDate

import static uk.reviewhub.national.NationalBenchmarkingSpec.owner
import static uk.reviewhub.national.NationalBenchmarkingSpec.sin
import static uk.reviewhub.national.NationalBenchmarkingSpec.table
import static uk.reviewhub.national.NationalBenchmarkingSpec.value

/**
 * An onboarded partnership sets its own comparators (region, child population with its year and
 * source, statistical neighbours) through the API, by the same rule as a pack's; rates per 10,000 then
 * appear, and until a population is given the national view says it is missing.
 */
class NationalComparatorsSpec extends IntegrationSpec {

    static final int YEAR = 2011

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared String suffix = UUID.randomUUID().toString().substring(0, 6)
    @Shared String slug = "national-onboarded-$suffix"
    @Shared String name = "Newtown $suffix"
    @Shared UUID tenant

    def setupSpec() {
        tenant = TestUsers.partnership(slug, name)
        // 12 notifications in 2011-12, enough to be shown.
        owner { Connection c -> 12.times { sin(c, tenant, 'SERIOUS_HARM', LocalDate.of(YEAR, 6, 1 + it), null) } }
    }

    String token(String role) {
        UUID user = TestUsers.user(name: "Comparators $role")
        TestUsers.member(user, tenant, [role])
        accessTokens.issue(user, tenant, [role], "Comparators $role", 'comparators@example.org').token()
    }

    String nationalToken() {
        UUID user = TestUsers.user(name: 'Comparators viewer', platformRoles: ['NATIONAL_VIEWER'])
        accessTokens.issue(user, null, ['NATIONAL_VIEWER'], 'Comparators viewer', 'viewer@example.org').token()
    }

    ApiCalls.Answer put(Map body, String token) {
        ApiCalls.send(client, HttpRequest.PUT('/api/partnership/comparators', body), token)
    }

    def "an onboarded partnership without a population is said to have none; its admin sets one and the rate appears"() {
        given:
        String admin = token('PARTNERSHIP_ADMIN')

        when: 'nothing is set yet'
        def before = ApiCalls.send(client, HttpRequest.GET('/api/partnership/comparators'), token('MEMBER'))
        def nationalBefore = ApiCalls.send(client, HttpRequest.GET("/api/national/areas/$slug?year=$YEAR"), nationalToken()).json

        then:
        before.status == 200
        before.json.region == null
        before.json.childPopulation == null
        before.json.setBy == 'pack'
        before.json.regions*.code.size() == 9
        value(nationalBefore, 'Serious incident notifications', 'Rate per 10,000 children: all notifications', name) == 'x'
        nationalBefore.notes.any { it.startsWith('No child population is given for') && it.contains(name) }

        when: 'the admin sets the region, the population and two neighbours'
        def answer = put([region: 'west-midlands', childPopulation: [count: 40000, year: 2020, source: 'ONS mid-year estimates'],
                          statisticalNeighbours: ['dudley', ' sandwell ']], admin)
        def nationalAfter = ApiCalls.send(client, HttpRequest.GET("/api/national/areas/$slug?year=$YEAR"), nationalToken()).json

        then: 'they are kept as the admin set them, and the rate per 10,000 appears: 12 of 40,000 is 3.0'
        answer.status == 200
        answer.json.region == 'west-midlands'
        answer.json.childPopulation == [count: 40000, year: 2020, source: 'ONS mid-year estimates']
        answer.json.statisticalNeighbours == ['dudley', 'sandwell']
        answer.json.setBy == 'admin'
        table(nationalAfter, 'Serious incident notifications').columns.take(2) == [name, 'West Midlands']
        value(nationalAfter, 'Serious incident notifications', 'Rate per 10,000 children: all notifications', name) == '3.0'
        nationalAfter.notes.any { it.contains('not on the platform') && it.contains('dudley') }
        !nationalAfter.notes.any { it.startsWith('No child population is given for') && it.contains(name) }
    }

    def "bad comparators (#problem) are refused at #field, and nothing is written"() {
        given:
        String admin = token('PARTNERSHIP_ADMIN')
        put([region: 'west-midlands', childPopulation: [count: 40000, year: 2020, source: 'ONS'], statisticalNeighbours: []], admin)

        when:
        def answer = put(body, admin)
        def after = ApiCalls.send(client, HttpRequest.GET('/api/partnership/comparators'), admin).json

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
        answer.json.errors*.field == [field]
        after.region == 'west-midlands'
        after.childPopulation.count == 40000

        where:
        problem              | field                        | body
        'unknown region'     | 'region'                     | [region: 'lancashire', statisticalNeighbours: []]
        'negative population'| 'childPopulation.count'      | [region: 'london', childPopulation: [count: -5, year: 2020, source: 'ONS'], statisticalNeighbours: []]
        'year to come'       | 'childPopulation.year'       | [region: 'london', childPopulation: [count: 5000, year: LocalDate.now().year + 1, source: 'ONS'], statisticalNeighbours: []]
        'year too old'       | 'childPopulation.year'       | [region: 'london', childPopulation: [count: 5000, year: 1990, source: 'ONS'], statisticalNeighbours: []]
        'unknown neighbour'  | 'statisticalNeighbours[1]'   | [region: 'london', statisticalNeighbours: ['camden', 'atlantis']]
        'itself'             | 'statisticalNeighbours[0]'   | [region: 'london', statisticalNeighbours: [slug]]
        'twice'              | 'statisticalNeighbours[1]'   | [region: 'london', statisticalNeighbours: ['camden', 'camden']]
    }

    def "a neighbour may be another partnership on the platform"() {
        given:
        String other = "national-other-$suffix"
        TestUsers.partnership(other, "Othertown $suffix")

        when:
        def answer = put([region: 'london', statisticalNeighbours: [other, 'camden']], token('PARTNERSHIP_ADMIN'))

        then:
        answer.status == 200
        answer.json.statisticalNeighbours == [other, 'camden']
        answer.json.childPopulation == null
    }
}
