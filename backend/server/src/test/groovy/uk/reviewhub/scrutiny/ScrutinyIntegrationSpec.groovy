package uk.reviewhub.scrutiny

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.time.LocalDate
import java.time.ZoneId

import static uk.reviewhub.api.scrutiny.ScrutinyPaths.*

/**
 * What the specs of independent scrutiny's API share: Norfolk's demo people signed in (its two
 * scrutineers, the chair who is a scrutineer too, the admin, a member) and Salford's chair, calls,
 * counting rows as the owner, and a piece, the framework and an observation made through the API.
 */
abstract class ScrutinyIntegrationSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared DemoTokens demo
    @Shared LocalDate today = LocalDate.now(ZoneId.of('Europe/London'))
    @Shared Random random = new Random()

    String lead, other, chair, admin, member, salford

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
        lead = demo.token('scrutineer@norfolk.demo')
        other = demo.token('scrutineer2@norfolk.demo')
        chair = demo.token('chair@norfolk.demo')
        admin = demo.token('admin@norfolk.demo')
        member = demo.token('member@norfolk.demo')
        salford = demo.token('chair@salford.demo')
    }

    ApiCalls.Answer get(String path, String token = null) { ApiCalls.get(client, path, token) }

    ApiCalls.Answer post(String path, Object body, String token) { ApiCalls.post(client, path, body, token) }

    static String at(String template, Map ids) {
        ids.inject(template) { String p, k, v -> p.replace("{$k}", v.toString()) }
    }

    static UUID userId(String email) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement('select id from app_user where email = cast(? as citext)')
            s.setString(1, email)
            def r = s.executeQuery()
            assert r.next()
            r.getObject(1, UUID)
        } finally {
            c.close()
        }
    }

    static int rows(String table) {
        PostgresFixture.get().countRows(table)
    }

    Map piece(Map extra = [:]) {
        def answer = post(PIECES, [title         : 'Front door triage ' + UUID.randomUUID().toString().substring(0, 6),
                                   scope         : 'How contacts are triaged at the front door',
                                   questions     : ['Are thresholds applied consistently?'],
                                   methodology   : ['OBSERVATIONS', 'AUDITS'],
                                   commissionedBy: 'Lead Safeguarding Partners',
                                   commissionedOn: today.minusDays(300).toString(),
                                   leadId        : userId('scrutineer@norfolk.demo'),
                                   teamIds       : [userId('chair@norfolk.demo')]] + extra, lead)
        assert answer.status == 201: answer.body
        answer.json as Map
    }

    Map framework() {
        def answer = get(FRAMEWORK, lead)
        assert answer.status == 200: answer.body
        answer.json as Map
    }

    Map observation(Map framework, Map extra = [:]) {
        [observedOn : today.minusDays(10).toString(), setting: 'Strategy discussion (front door)',
         frameworkVersion: framework.version,
         ratings    : [[domain: framework.domains[0].code, rating: framework.domains[0].ratingScale[1]]],
         evidence   : 'Police and health shared the history; the social worker summarised the risks.',
         strengths  : 'Clear chairing', areasForDevelopment: 'Record the reasons for the decision',
         practitionerFeedback: 'Useful to hear how it came across'] + extra
    }

}
