package uk.reviewhub.meeting

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PackWorld

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Meetings take their deadlines only from their group's terms of reference. A group whose terms set
 * none has meetings without deadlines: the agenda and the minutes say no deadline is set, and
 * nothing fails for the want of one.
 */
class MeetingWithoutDeadlinesSpec extends IntegrationSpec {

    @Inject PackLoader loader
    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    def "a group whose terms of reference set no deadlines runs a meeting from agenda to circulated minutes"() {
        given: "a group like Salford's whose terms of reference have no deadlines"
        def world = new PackWorld(loader, accessTokens, [C: [code: 'no-deadlines', name: 'Sub-group without deadlines',
                edit: { String text -> text.replaceAll(/(?s)\n  deadlines:\n.*?\n(?=  performanceMeasures:)/, '\n  deadlines: []\n') }]])
        world.person('support', 'BUSINESS_SUPPORT').person('chair', 'CHAIR', 'C', "Head of Children's Safeguarding")
        String support = world.tokens.support
        String groupId = world.groups.C
        assert get(client, "/api/groups/$groupId/terms-of-reference", support).json.deadlines == []

        when: 'a meeting is added and an item submitted'
        def meeting = post(client, "/api/groups/$groupId/meetings", [title: 'Extra meeting', scheduledStart: '2028-09-07T10:00',
                reason: 'Backlog'], support).json
        def item = post(client, "/api/meetings/${meeting.id}/agenda/items", [title: 'Chronology'], support)
        def agenda = get(client, "/api/meetings/${meeting.id}/agenda", support)

        then: 'no item deadline, so nothing is late; no publication deadline either'
        item.status == 200
        item.json.deadline == null
        !item.json.late
        agenda.status == 200
        agenda.json.itemDeadline == null
        agenda.json.itemDeadlineRule == null
        agenda.json.publishBy == null

        when: 'the minutes are drafted, approved by the chair and circulated'
        def draft = ApiCalls.send(client, HttpRequest.PUT("/api/meetings/${meeting.id}/minutes",
                [entries: [[heading: 'Chronology', notes: 'Discussed.']]]), support)
        def approved = post(client, "/api/meetings/${meeting.id}/minutes/approve", [version: draft.json.version], world.tokens.chair)
        def circulated = post(client, "/api/meetings/${meeting.id}/minutes/circulate", [version: approved.json.version], support)

        then: 'the minutes have no circulation clock'
        draft.status == 200
        draft.json.circulation == null
        approved.status == 200
        circulated.status == 200
        circulated.json.circulation == null

        and: "the group's performance report still answers"
        get(client, "/api/groups/$groupId/performance?from=2028-01-01&to=2028-12-31", support).status == 200
    }
}
