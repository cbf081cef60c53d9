package uk.reviewhub.meeting

import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.LondonTime
import uk.reviewhub.time.WorkingDayCalendar

import java.time.Clock
import java.time.LocalDate

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * The chair publishes a Salford agenda with its papers: guarded (422 with the reason), each
 * publication a new revision with history, the 5-working-day publishing clock, items after
 * publication late, and the AgendaPublished hook raised.
 */
class AgendaPublicationApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject WorkingDayCalendar calendar
    @Inject Clock clock
    @Inject AgendaPublishedEvents events

    @Inject
    @Client('/')
    HttpClient client

    DemoTokens demo

    def setup() {
        demo = new DemoTokens(accessTokens)
    }

    Map meeting(int daysAhead, String title = 'Case Review and Audit sub-group') {
        String support = demo.token('support@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, support).json.first().id
        String day = LondonTime.today(clock).plusDays(daysAhead).toString()
        post(client, "/api/groups/$groupId/meetings", [title: title, scheduledStart: day + 'T10:00', reason: 'Extra meeting'], support).json
    }

    Map submit(String meetingId, String title) {
        post(client, "/api/meetings/$meetingId/agenda/items", [title: title], demo.token('member@salford.demo')).json
    }

    ApiCalls.Answer decide(String meetingId, Map item, String decision) {
        post(client, "/api/meetings/$meetingId/agenda/items/${item.id}/decision", [version: item.version, decision: decision],
                demo.token('chair@salford.demo'))
    }

    ApiCalls.Answer publish(String meetingId, int revision, String email = 'chair@salford.demo') {
        post(client, "/api/meetings/$meetingId/agenda/publications", [revision: revision], demo.token(email))
    }

    void upload(String itemId, String fileName, byte[] content) {
        def body = MultipartBody.builder().addPart('file', fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build()
        assert ApiCalls.send(client, HttpRequest.POST("/api/agenda-items/$itemId/papers", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), demo.token('member@salford.demo')).status == 201
    }

    def "the chair publishes the agenda with its papers; a change makes a new revision and the history is kept"() {
        given: 'a meeting six weeks ahead with two items, one with a paper'
        def m = meeting(42)
        def chronology = submit(m.id, 'Case of concern: Child A')
        def other = submit(m.id, 'Something off topic')
        upload(chronology.id, 'Chronology.txt', PaperTypeSpec.TXT)
        int eventsBefore = events.received.size()

        when: 'the chair publishes before deciding on the items'
        def undecided = publish(m.id, 0)

        then: 'refused with the reason'
        undecided.status == 422
        undecided.contentType == 'application/problem+json'
        undecided.json.detail.contains("2 items await the chair's decision")

        when: 'the chair accepts one and rejects the other; members and business support may not publish'
        decide(m.id, chronology, 'ACCEPTED')
        decide(m.id, other, 'REJECTED')
        def byMember = publish(m.id, 0, 'member@salford.demo')
        def bySupport = publish(m.id, 0, 'support@salford.demo')
        def first = publish(m.id, 0)

        then: 'revision 1: the accepted item with its paper, published on time'
        byMember.status == 403
        bySupport.status == 403
        first.status == 200
        first.json.published.revision == 1
        first.json.published.publishedByName
        first.json.published.items == [[itemId: chronology.id, number: 1, title: 'Case of concern: Child A', papers: ['Chronology.txt']]]
        !first.json.changedSincePublished
        first.json.publishClock.code == 'papers-published'
        first.json.publishClock.status == 'MET_ON_TIME'
        first.json.publishClock.statusLabel == 'Published on time'
        first.json.publishClock.due == calendar.addWorkingDays(LocalDate.parse(m.scheduledStart.substring(0, 10)), -5).toString()
        first.json.publishClock.completedOn == LondonTime.today(clock).toString()

        and: 'the AgendaPublished hook was raised once, for this meeting'
        events.received.size() == eventsBefore + 1
        events.received.last().meetingId().toString() == m.id
        events.received.last().revision() == 1
        events.received.last().tenantId() != null

        and: 'the members were sent the AGENDA_PUBLISHED notice for revision 1 (kept in the outbox: no mail server in tests)'
        def notices = get(client, ApiPaths.REMINDERS, demo.token('admin@salford.demo')).json
                .findAll { it.key.startsWith("AGENDA_PUBLISHED:${m.id}:1:") }
        notices*.recipient.containsAll(['chair@salford.demo', 'member@salford.demo'])
        notices.every { it.noticeKind == 'AGENDA_PUBLISHED' && it.status == 'HELD' && it.subject.contains('published') }

        when: 'published again with nothing changed, or by someone who read an older revision'
        def unchanged = publish(m.id, 1)
        def stale = publish(m.id, 0)

        then:
        unchanged.status == 422
        unchanged.json.detail == 'The agenda has not changed since it was last published: there is nothing new to publish.'
        stale.status == 409
        stale.json.detail.contains('revision 1')

        when: 'a member submits an item after publication'
        def late = submit(m.id, 'Urgent: Child B')

        then: 'it is late, whatever the item deadline, and blocks publishing until the chair decides'
        late.late
        late.decision == 'PROPOSED'
        publish(m.id, 1).json.detail.contains('Urgent: Child B')

        when: 'the chair accepts it and publishes again'
        decide(m.id, late, 'ACCEPTED')
        def changed = get(client, "/api/meetings/${m.id}/agenda", demo.token('member@salford.demo')).json
        def second = publish(m.id, 1)
        def history = get(client, "/api/meetings/${m.id}/agenda/publications", demo.token('member@salford.demo'))

        then: 'revision 2; revision 1 is kept as it was; the clock still counts the first publication'
        changed.changedSincePublished
        second.status == 200
        second.json.published.revision == 2
        second.json.published.items*.title == ['Case of concern: Child A', 'Urgent: Child B']
        second.json.publishClock.status == 'MET_ON_TIME'
        history.status == 200
        history.json*.revision == [2, 1]
        history.json[1].items*.title == ['Case of concern: Child A']
    }

    def "a cancelled meeting's agenda is not published; nor is one with nothing accepted"() {
        given:
        def cancelled = meeting(30, 'To be cancelled')
        def item = submit(cancelled.id, 'Item')
        decide(cancelled.id, item, 'ACCEPTED')
        post(client, "/api/meetings/${cancelled.id}/cancel", [version: cancelled.version, reason: 'Chair unavailable'],
                demo.token('support@salford.demo'))
        def empty = meeting(31, 'Nothing accepted')

        when:
        def refusedCancelled = publish(cancelled.id, 0)
        def refusedEmpty = publish(empty.id, 0)

        then:
        refusedCancelled.status == 422
        refusedCancelled.json.detail == 'The meeting was cancelled: its agenda cannot be published.'
        get(client, "/api/meetings/${cancelled.id}/agenda", demo.token('chair@salford.demo')).json.publishClock == null
        refusedEmpty.status == 422
        refusedEmpty.json.detail.startsWith('No item has been accepted')
    }

    def "before publication the clock runs; another partnership's chair gets 404"() {
        given:
        def m = meeting(60)

        expect:
        with(get(client, "/api/meetings/${m.id}/agenda", demo.token('member@salford.demo')).json) {
            publishClock.status == 'ON_TRACK'
            publishClock.statusLabel == 'On time: not yet published'
            published == null
            !changedSincePublished
        }
        publish(m.id, 0, 'chair@norfolk.demo').status == 404
        get(client, "/api/meetings/${m.id}/agenda/publications", demo.token('chair@norfolk.demo')).status == 404
    }
}
