package uk.reviewhub.partnership

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.LondonTime

import java.time.Clock

import static uk.reviewhub.testing.ApiCalls.get

/** Southampton's admin edits its group's terms of reference: new versions with history, stale edits refused. */
@MicronautTest(transactional = false)
class TermsOfReferenceEditSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    ApiCalls.Answer put(String path, Object body, String bearer) {
        ApiCalls.send(client, HttpRequest.PUT(path, body), bearer)
    }

    def "an edit makes a new version, keeps the history and says when the review is approaching"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String admin = demo.token('admin@southampton.demo')
        String groupId = get(client, ApiPaths.GROUPS, admin).json.first().id
        String path = "/api/groups/$groupId/terms-of-reference"
        def current = get(client, path, admin).json
        def dueOn = LondonTime.today(clock).plusDays(30).toString()
        def edit = current.findAll { k, v -> k != 'group' } + [purpose: current.purpose + ' (revised)', reviewDueOn: dueOn,
                lastReviewedOn: null]

        when:
        def saved = put(path, edit, admin)

        then: 'a new version, with the review reminder'
        saved.status == 200
        saved.json.termsOfReference.version == current.version + 1
        saved.json.termsOfReference.purpose.endsWith('(revised)')
        saved.json.termsOfReference.quorum == current.quorum
        saved.json.termsOfReference.cadence == current.cadence
        saved.json.reviewReminder == 'APPROACHING'
        saved.json.reviewReminderText == "The review is due on $dueOn, in 30 days.".toString()

        and: 'the current version is the new one, and the history keeps the old'
        get(client, path, demo.token('member@southampton.demo')).json.version == current.version + 1
        def versions = get(client, "$path/versions", demo.token('member@southampton.demo')).json
        versions*.termsOfReference.version.take(2) == [current.version + 1, current.version]
        versions[1].termsOfReference.purpose == current.purpose

        when: 'an edit over the version read before'
        def stale = put(path, edit + [purpose: 'Other'], admin)

        then:
        stale.status == 409
        stale.contentType == 'application/problem+json'

        and: 'bad input is a problem; only admins edit; other partnerships do not find the group'
        put(path, edit + [version: current.version + 1, deadlines: [[code: 'x', label: 'X', workingDays: 3, direction: 'SIDEWAYS']]],
                admin).status == 422
        put(path, edit + [version: current.version + 1, purpose: ''], admin).status == 400

        when: 'a cadence the schedule cannot expand'
        def badRule = put(path, edit + [version: current.version + 1, cadence: current.cadence + [rrule: 'FREQ=DAILY']], admin)

        then: 'it is refused in words'
        badRule.status == 422
        badRule.json.detail == "The cadence's RRULE cannot be used: FREQ=DAILY is not supported: meetings recur WEEKLY or MONTHLY."

        put(path, edit + [version: current.version + 1], demo.token('chair@southampton.demo')).status == 403
        put(path, edit + [version: current.version + 1], demo.token('admin@salford.demo')).status == 404
        get(client, "$path/versions", demo.token('admin@salford.demo')).status == 404
    }
}
