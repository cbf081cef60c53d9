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

import java.time.LocalDate
import java.time.ZoneId
import java.time.format.DateTimeFormatter

import static uk.reviewhub.api.conference.SafeguardingPaths.*

/**
 * The safeguarding service's iCalendar feed: a chair's holds the conferences and reviews of their
 * own children as all-day events, the manager's the service's; the address is the only key (no
 * sign-in), an unknown or revoked one is not found, and nobody outside the service makes one.
 */
class SafeguardingFeedSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared DemoTokens demo
    @Shared LocalDate today = LocalDate.now(ZoneId.of('Europe/London'))

    String chair, chair2, manager, admin, salford

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
        chair = demo.token('chair@tri-borough.demo')
        chair2 = demo.token('chair2@tri-borough.demo')
        manager = demo.token('manager@tri-borough.demo')
        admin = demo.token('admin@tri-borough.demo')
        salford = demo.token('chair@salford.demo')
    }

    static String at(String template, Map ids) {
        ids.inject(template) { String p, k, v -> p.replace("{$k}", v.toString()) }
    }

    UUID userId(String email) {
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

    /** A child allocated to the chair, with an initial conference planned {@code inDays} from today; answers its case reference. */
    String childWithConference(String chairEmail, int inDays) {
        String reference = 'LCS' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase()
        def child = ApiCalls.post(client, CHILDREN, [caseReference: reference, initials: 'AB', bornOn: today.minusYears(4).toString(),
                                                     borough: 'Westminster'], manager)
        assert child.status == 201: child.body
        assert ApiCalls.post(client, at(CHILD_ALLOCATIONS, [childId: child.json.id]), [chairId: userId(chairEmail)], manager).status == 200
        def episode = ApiCalls.post(client, at(CHILD_EPISODES, [childId: child.json.id]),
                [kind: 'CHILD_PROTECTION', startedOn: today.minusDays(3).toString()], manager)
        assert episode.status == 201: episode.body
        def conference = ApiCalls.post(client, at(EPISODE_CONFERENCES, [episodeId: episode.json.id]),
                [kind: 'INITIAL', plannedOn: today.plusDays(inDays).toString()], manager)
        assert conference.status == 201: conference.body
        reference
    }

    String path(String url) {
        url.substring(url.indexOf('/ical/'))
    }

    def "a chair's feed holds their own children's conferences as all-day events; the manager's the service's"() {
        given:
        String mine = childWithConference('chair@tri-borough.demo', 5)
        String theirs = childWithConference('chair2@tri-borough.demo', 6)

        when:
        def made = ApiCalls.post(client, CALENDAR_FEED, [:], chair)
        def calendar = ApiCalls.get(client, path(made.json.url as String))
        def service = ApiCalls.get(client, path(ApiCalls.post(client, CALENDAR_FEED, [:], manager).json.url as String))

        then: 'the address is answered once, and read without signing in'
        made.status == 201
        (made.json.url as String).contains('/ical/')
        (made.json.url as String).endsWith('/safeguarding.ics')
        calendar.status == 200
        calendar.contentType.startsWith('text/calendar')

        and: "the chair's own child's conference on its day, nobody else's"
        calendar.body.contains('BEGIN:VCALENDAR')
        calendar.body.contains('DTSTART;VALUE=DATE:' + today.plusDays(5).format(DateTimeFormatter.BASIC_ISO_DATE))
        calendar.body.contains('Initial child protection conference: ' + mine)
        !calendar.body.contains(theirs)

        and: "the manager's holds both"
        service.body.contains(mine)
        service.body.contains(theirs)
    }

    def "an unknown or revoked address is not found, and nobody outside the service makes a feed"() {
        given:
        def made = ApiCalls.post(client, CALENDAR_FEED, [:], chair2)
        String address = path(made.json.url as String)

        expect:
        ApiCalls.get(client, address).status == 200
        ApiCalls.get(client, '/ical/' + 'A' * 43 + '/safeguarding.ics').status == 404
        ApiCalls.get(client, '/ical/short/safeguarding.ics').status == 404
        ApiCalls.post(client, CALENDAR_FEED, [:], admin).status == 403
        ApiCalls.post(client, CALENDAR_FEED, [:], salford).status == 403

        when:
        def revoked = ApiCalls.send(client, HttpRequest.DELETE(ApiPaths.CALENDAR_FEED.replace('{feedId}', made.json.id as String)), chair2)

        then:
        revoked.status == 204
        ApiCalls.get(client, address).status == 404
    }
}
