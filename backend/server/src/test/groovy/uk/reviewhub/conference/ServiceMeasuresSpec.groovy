package uk.reviewhub.conference

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import static uk.reviewhub.api.conference.SafeguardingPaths.*

/**
 * The safeguarding service's measures in its group's performance report, with the tri-borough
 * pack's labels and targets: initial conferences within their clock of the strategy discussion,
 * records issued on time and children taking part, counted in the period their due date (or the
 * conference) falls in. Counted over March 2019, where only this spec's children have dates.
 */
class ServiceMeasuresSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared DemoTokens demo

    String chair, manager, support, admin

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
        chair = demo.token('chair@tri-borough.demo')
        manager = demo.token('manager@tri-borough.demo')
        support = demo.token('support@tri-borough.demo')
        admin = demo.token('admin@tri-borough.demo')
    }

    static String at(String template, Map ids) {
        ids.inject(template) { String p, k, v -> p.replace("{$k}", v.toString()) }
    }

    UUID one(String sql, String value) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement(sql)
            s.setString(1, value)
            def r = s.executeQuery()
            assert r.next()
            r.getObject(1, UUID)
        } finally {
            c.close()
        }
    }

    UUID agency(String code) {
        one('''select a.id from agency a join partnership p on p.tenant_id = a.tenant_id
                where p.slug = 'tri-borough' and a.code = ?''', code)
    }

    Map<String, Map> measures() {
        UUID group = one('''select g.id from review_group g join partnership p on p.tenant_id = g.tenant_id
                             where p.slug = 'tri-borough' and g.code = ?''', 'safeguarding-review-qa')
        def answer = ApiCalls.get(client, ApiPaths.GROUP_PERFORMANCE.replace('{groupId}', group.toString()) +
                '?from=2019-03-01&to=2019-03-31', admin)
        assert answer.status == 200: answer.body
        (answer.json.measures as List<Map>).collectEntries { [(it.code): it] }
    }

    /** A child allocated to the chair, born in 2015, with a child protection episode from {@code strategy}. */
    Map episode(String strategy) {
        String reference = 'LCS' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase()
        def child = ApiCalls.post(client, CHILDREN, [caseReference: reference, initials: 'AB', bornOn: '2015-06-01',
                                                     borough: 'Westminster'], manager)
        assert child.status == 201: child.body
        UUID chairId = one('select id from app_user where email = cast(? as citext)', 'chair@tri-borough.demo')
        assert ApiCalls.post(client, at(CHILD_ALLOCATIONS, [childId: child.json.id]), [chairId: chairId], manager).status == 200
        def episode = ApiCalls.post(client, at(CHILD_EPISODES, [childId: child.json.id]),
                [kind: 'CHILD_PROTECTION', startedOn: strategy], chair)
        assert episode.status == 201: episode.body
        episode.json as Map
    }

    def "initial conferences on time, records on time and children taking part are measured against the pack's targets"() {
        given:
        Map<String, Map> before = measures()

        when: 'one initial conference is held on time (16 days after a Monday strategy discussion), quorate, the child there'
        Map first = episode('2019-03-04')
        def initial = ApiCalls.post(client, at(EPISODE_CONFERENCES, [episodeId: first.id]), [kind: 'INITIAL', plannedOn: '2019-03-20'], chair)
        ['childrens-services', 'police', 'schools'].each { code ->
            def r = ApiCalls.post(client, at(CONFERENCE_INVITEES, [conferenceId: initial.json.id]),
                    [agencyId: agency(code), roleTitle: 'Professional', directContact: true], support)
            String invitee = r.json.invitees.find { it.agencyId == agency(code).toString() }.id
            assert ApiCalls.send(client, HttpRequest.PUT(at(INVITEE, [inviteeId: invitee]), [attendance: 'PRESENT']), support).status == 200
        }
        def held = ApiCalls.post(client, at(CONFERENCE_HELD, [conferenceId: initial.json.id]), [heldOn: '2019-03-20'], chair)
        def took = ApiCalls.send(client, HttpRequest.PUT(at(CONFERENCE_PARTICIPATION, [conferenceId: initial.json.id]),
                [childAttended: true, version: held.json.version]), chair)

        and: 'another child whose initial conference was never held'
        episode('2019-03-06')
        Map<String, Map> after = measures()

        then:
        held.json.quorate == true
        took.status == 200

        and: 'two initial conferences fell due in March 2019, one held on time'
        after['initial-conferences-on-time'].of == before['initial-conferences-on-time'].of + 2
        after['initial-conferences-on-time'].met == before['initial-conferences-on-time'].met + 1
        after['initial-conferences-on-time'].label == 'Initial conferences within 15 working days of the strategy discussion'
        after['initial-conferences-on-time'].targetPercent == 90
        after['initial-conferences-on-time'].targetFromTermsOfReference
        after['initial-conferences-on-time'].light in ['GREEN', 'AMBER', 'RED']

        and: 'its decision letter was due the next working day and never issued'
        after['records-issued-on-time'].of == before['records-issued-on-time'].of + 1
        after['records-issued-on-time'].met == before['records-issued-on-time'].met

        and: 'the child took part'
        after['children-participating'].of == before['children-participating'].of + 1
        after['children-participating'].met == before['children-participating'].met + 1

        and: 'the reviews are reported too'
        after.keySet().containsAll(['cp-reviews-on-time', 'lac-reviews-on-time'])
    }
}
