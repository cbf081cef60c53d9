package uk.reviewhub.casereview

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.MovableClock

import java.sql.Connection
import java.sql.SQLException
import java.time.Duration
import java.time.Instant

/** The case review lifecycle over real HTTP: guards, clocks, versions, isolation, access and audit. */
class CaseLifecycleSpec extends IntegrationSpec {

    /** A year well ahead, within the plausible window for due dates (DateWindow): these actions are not overdue. */
    static final int LATER = java.time.LocalDate.now().year + 3

    @Inject AccessTokens accessTokens
    @Inject @Client('/') HttpClient client
    @Inject MovableClock clock

    @Shared CaseWorld world
    @Shared CaseWorld other

    def setup() {
        if (world == null) {
            world = new CaseWorld(client, accessTokens, 'cases')
            other = new CaseWorld(client, accessTokens, 'others')
        }
    }

    def cleanup() {
        clock.reset()
    }

    void today(String date) {
        clock.reset()
        clock.advance(Duration.between(Instant.now(), Instant.parse(date + 'T12:00:00Z')))
    }

    def "a serious incident goes from notification through rapid review, decision and review to an action on the CAP"() {
        when: 'the SIN is recorded'
        def c = world.newCase()

        then:
        c.stage == 'NOTIFIED'
        c.version == 0

        when: 'the rapid review meets and is sent to the Panel, which responds'
        c = world.caseAt('WITH_PANEL')
        c = CaseWorld.ok(world.put("/api/cases/$c.id/rapid-review", [meetingOn: '2025-03-12', facts: 'Facts',
                agenciesInvolved: ['police'], recommendation: 'LCSPR', sentToPanelOn: '2025-03-20', panelResponseOn: '2025-04-02',
                panelResponseSummary: 'Panel agrees an LCSPR', version: c.rapidReview.version]))

        then:
        c.stage == 'WITH_PANEL'
        c.rapidReview.panelResponseSummary == 'Panel agrees an LCSPR'

        when: 'the partners decide on an LCSPR and commission it'
        c = CaseWorld.ok(world.post("/api/cases/$c.id/decision", [decision: 'LCSPR', rationale: 'Significant learning',
                decidedBy: 'LSPs', decidedOn: '2025-04-10']))
        c = CaseWorld.ok(world.post("/api/cases/$c.id/review", [reviewType: 'LCSPR', agenciesInScope: ['police'],
                methodology: 'Systems', reviewer: 'Ms Reviewer', commissionedOn: '2025-04-14']))
        c = CaseWorld.ok(world.post("/api/cases/$c.id/review/milestones", [title: 'Practitioner event', dueOn: '2025-06-02']))
        c = CaseWorld.ok(world.post("/api/cases/$c.id/review/recommendations", [number: 1, text: 'Share information at discharge']))

        then:
        c.stage == 'REVIEW_IN_PROGRESS'
        c.review.milestones*.title == ['Practitioner event']
        c.review.recommendations*.number == [1]

        when: 'the recommendation becomes an action'
        def action = world.post("/api/recommendations/${c.review.recommendations[0].id}/actions",
                [agencyId: world.police.toString(), owner: 'DI Smith', description: 'Brief all officers', dueOn: "${LATER}-01-01".toString()])

        then:
        action.status == 201
        action.json.source == 'RECOMMENDATION'
        action.json.recommendationNumber == 1
        world.get("/api/cap").json*.id.contains(action.json.id)

        when: 'the report goes to the Panel 7 working days before publication, after sign-off'
        c = CaseWorld.ok(world.put("/api/cases/$c.id/review", CaseWorld.reviewBody(c, [draftOn: '2025-08-01',
                signedOffOn: '2025-09-01', sentToPanelOn: '2025-09-23', publishedOn: '2025-10-02'])))

        then:
        c.stage == 'PUBLISHED'
        c.timeline.find { it.code == 'final-report-to-panel' }.status == 'MET_ON_TIME'
        c.timeline.find { it.code == 'final-report-to-panel' }.dueOn == '2025-09-23'
    }

    def "an illegal step answers #status with the reason: #step"() {
        given:
        Map c = world.caseAt(stage)
        String id = c.id
        def before = world.get("/api/cases/$id").json

        when:
        def answer = attempt(world, id, c)

        then:
        answer.status == status
        answer.contentType.startsWith('application/problem+json')
        answer.json.detail.contains(reason)

        and: 'nothing changed'
        world.get("/api/cases/$id").json == before

        where:
        step                                               | stage               | reason                                                  | attempt | status
        'a rapid review without a SIN'                     | 'REFERRED'          | 'needs a serious incident notification'                 | { w, x, k -> w.post("/api/cases/$x/rapid-review", [meetingOn: '2025-03-12']) } | 422
        'a decision before any rapid review'               | 'NOTIFIED'          | 'before the rapid review has been sent'                 | { w, x, k -> w.post("/api/cases/$x/decision", decision('LCSPR')) } | 422
        'a decision before the rapid review goes'          | 'RAPID_REVIEW'      | 'before the rapid review has been sent'                 | { w, x, k -> w.post("/api/cases/$x/decision", decision('LCSPR')) } | 422
        'sending to the Panel with no meeting date'        | 'RAPID_REVIEW'      | 'before its meeting date is recorded'                   | { w, x, k -> w.put("/api/cases/$x/rapid-review", [sentToPanelOn: '2025-03-20', version: k.rapidReview.version]) } | 422
        'a Panel response before sending'                  | 'RAPID_REVIEW'      | "response cannot be recorded before"                    | { w, x, k -> w.put("/api/cases/$x/rapid-review", [meetingOn: '2025-03-12', panelResponseOn: '2025-03-20', version: k.rapidReview.version]) } | 422
        'a second rapid review'                            | 'RAPID_REVIEW'      | 'already has a rapid review'                            | { w, x, k -> w.post("/api/cases/$x/rapid-review", [meetingOn: '2025-03-12']) } | 409
        'a review after a decision of no review'           | 'DECIDED_NO_REVIEW' | 'only when the partners have decided on a review'       | { w, x, k -> w.post("/api/cases/$x/review", review('LCSPR')) } | 422
        'a review of another type than decided'            | 'DECIDED_LCSPR'     | 'must be of the type the partners decided'              | { w, x, k -> w.post("/api/cases/$x/review", review('CONCISE_REVIEW')) } | 422
        'a recommendation with no commissioned review'     | 'DECIDED_LCSPR'     | 'only to a commissioned review'                         | { w, x, k -> w.post("/api/cases/$x/review/recommendations", [number: 1, text: 'x']) } | 422
        'an action with no commissioned review'            | 'DECIDED_LCSPR'     | 'no commissioned review'                                | { w, x, k -> w.post("/api/cases/$x/review/actions", action(w)) } | 422
        'a sign-off before any draft'                      | 'REVIEW'            | 'before its draft is recorded'                          | { w, x, k -> w.put("/api/cases/$x/review", CaseWorld.reviewBody(k, [signedOffOn: '2025-09-01'])) } | 422
        'publication before sign-off'                      | 'REVIEW'            | 'before the partnership has signed it off'              | { w, x, k -> w.put("/api/cases/$x/review", CaseWorld.reviewBody(k, [draftOn: '2025-08-01', publishedOn: '2025-10-02', sentToPanelOn: '2025-09-01'])) } | 422
        'publication with no final report to the Panel'    | 'REVIEW'            | 'before its final report is sent'                       | { w, x, k -> w.put("/api/cases/$x/review", CaseWorld.reviewBody(k, [draftOn: '2025-08-01', signedOffOn: '2025-09-01', publishedOn: '2025-10-02'])) } | 422
        'final report 6 working days before publication'   | 'REVIEW'            | 'it had to be sent by 2025-09-23, not 2025-09-24'       | { w, x, k -> w.put("/api/cases/$x/review", CaseWorld.reviewBody(k, [draftOn: '2025-08-01', signedOffOn: '2025-09-01', sentToPanelOn: '2025-09-24', publishedOn: '2025-10-02'])) } | 422
    }

    static Map decision(String kind) {
        [decision: kind, rationale: 'r', decidedBy: 'LSPs', decidedOn: '2025-04-10']
    }

    static Map review(String kind) {
        [reviewType: kind, commissionedOn: '2025-04-14']
    }

    static Map action(CaseWorld w) {
        [agencyId: w.police.toString(), owner: 'DI Smith', description: 'Brief officers', dueOn: "${LATER}-01-01".toString()]
    }

    def "the timeline counts working days across Christmas and New Year, with the partnership's own rapid-review rule"() {
        given: 'today is Monday 29 December 2025; the local authority became aware on Friday 19 December'
        today('2025-12-29')
        def c = world.newCase(origin: 'REFERRAL', nature: 'DEATH', awareOn: '2025-12-19', notifiedOn: null)

        when:
        def steps = world.get("/api/cases/$c.id/timeline").json

        then: '5 working days skip 25 and 26 December and the weekend'
        def sin = steps.find { it.code == 'sin-notification' }
        sin.dueOn == '2025-12-30'
        sin.status == 'DUE_SOON'
        sin.statusLabel == 'Due soon'
        sin.workingDaysRemaining == 1

        when: 'the SIN goes on 30 December'
        c = CaseWorld.ok(world.put("/api/cases/$c.id", CaseWorld.caseBody(origin: 'SIN', nature: 'DEATH', awareOn: '2025-12-19',
                notifiedOn: '2025-12-30', laCaseReference: c.laCaseReference, version: c.version)))

        then: 'the rapid review is due 15 working days later, New Year skipped'
        c.timeline.find { it.code == 'sin-notification' }.status == 'MET_ON_TIME'
        c.timeline.find { it.code == 'rapid-review' }.dueOn == '2026-01-21'
        c.timeline.find { it.code == 'rapid-review' }.status == 'ON_TRACK'

        when: 'a partnership allows 10 working days for rapid reviews'
        other.clockOverrides('{"rapid-review": "10 working days after"}')
        def o = other.newCase(awareOn: '2025-12-19', notifiedOn: '2025-12-30')

        then:
        o.timeline.find { it.code == 'rapid-review' }.dueOn == '2026-01-14'
        o.timeline.find { it.code == 'rapid-review' }.rule.startsWith('10 working days after')

        when: 'the clock reads 22 January with the rapid review still not sent'
        today('2026-01-22')

        then:
        world.get("/api/cases/$c.id/timeline").json.find { it.code == 'rapid-review' }.status == 'OVERDUE'
        world.get('/api/dashboard').json.overdue*.caseId.contains(c.id)
    }

    def "historic cases never fail: a 2015 case counts over its bank holidays, a 2010 one says its clocks cannot be computed"() {
        given: 'a partnership of its own, so its case list and dashboard hold only these cases'
        def historic = new CaseWorld(client, accessTokens, 'historic')

        when: 'a SIN from Christmas 2015, and one from 2010, before the bank-holiday data'
        def c2015 = historic.newCase(awareOn: '2015-12-21', notifiedOn: '2015-12-31')
        def c2010 = historic.newCase(awareOn: '2010-03-01', notifiedOn: '2010-03-04')
        def list = historic.get('/api/cases')
        def dashboard = historic.get('/api/dashboard')
        def timeline2010 = historic.get("/api/cases/$c2010.id/timeline")

        then: '5 working days from Monday 21 December 2015 skip Christmas and the Boxing Day substitute (28 December)'
        c2015.timeline.find { it.code == 'sin-notification' }.dueOn == '2015-12-30'
        c2015.timeline.find { it.code == 'sin-notification' }.status == 'MET_LATE'

        and: 'the 2010 clocks read OUTSIDE_CALENDAR with words, and the list, dashboard and timeline all answer'
        list.status == 200
        list.json*.id as Set == [c2015.id, c2010.id] as Set
        dashboard.status == 200
        timeline2010.status == 200
        with(timeline2010.json.find { it.code == 'sin-notification' }) {
            it.status == 'OUTSIDE_CALENDAR'
            it.statusLabel == 'Cannot be computed: no bank-holiday data for 2010'
            it.dueOn == null
            it.actualOn == '2010-03-04'
        }

        when: 'the 2010 case goes all the way to a published LCSPR, its final report sent before publication'
        String id = c2010.id
        def c = CaseWorld.ok(historic.post("/api/cases/$id/rapid-review", [meetingOn: '2010-03-10', facts: 'Facts',
                agenciesInvolved: ['police'], recommendation: 'LCSPR', sentToPanelOn: '2010-03-20']))
        c = CaseWorld.ok(historic.post("/api/cases/$id/decision", [decision: 'LCSPR', rationale: 'Learning',
                decidedBy: 'LSPs', decidedOn: '2010-04-10']))
        c = CaseWorld.ok(historic.post("/api/cases/$id/review", [reviewType: 'LCSPR', agenciesInScope: ['police'],
                methodology: 'Systems', reviewer: 'Ms Reviewer', commissionedOn: '2010-04-14']))
        def late = historic.put("/api/cases/$id/review", CaseWorld.reviewBody(c, [draftOn: '2010-08-01',
                signedOffOn: '2010-09-01', sentToPanelOn: '2010-10-05', publishedOn: '2010-10-02']))
        def published = historic.put("/api/cases/$id/review", CaseWorld.reviewBody(c, [draftOn: '2010-08-01',
                signedOffOn: '2010-09-01', sentToPanelOn: '2010-09-23', publishedOn: '2010-10-02']))

        then: 'the guard holds to what it can check (sent before publication) instead of failing'
        late.status == 422
        late.json.detail.contains('no bank-holiday data for 2010')
        published.status == 200
        published.json.stage == 'PUBLISHED'
        published.json.timeline.find { it.code == 'final-report-to-panel' }.status == 'OUTSIDE_CALENDAR'
        historic.get('/api/cases').status == 200
        historic.get('/api/dashboard').status == 200
    }

    def "an update carrying a stale version answers 409 and overwrites nothing"() {
        given:
        def c = world.newCase()

        when: 'two people read version 0; the first saves'
        def first = world.put("/api/cases/$c.id", CaseWorld.caseBody(laCaseReference: c.laCaseReference, childIdentifier: 'X.Y.', version: 0))
        def second = world.put("/api/cases/$c.id", CaseWorld.caseBody(laCaseReference: c.laCaseReference, childIdentifier: 'P.Q.', version: 0), 'BUSINESS_SUPPORT')

        then:
        first.status == 200
        first.json.version == 1
        second.status == 409
        second.json.detail.contains('changed by someone else')
        world.get("/api/cases/$c.id").json.childIdentifier == 'X.Y.'

        when: 'an update without a version'
        def unversioned = world.put("/api/cases/$c.id", CaseWorld.caseBody(laCaseReference: c.laCaseReference))

        then:
        unversioned.status == 400
    }

    def "another partnership's case, review and actions are not found"() {
        given:
        def c = world.caseAt('REVIEW')
        def rec = CaseWorld.ok(world.post("/api/cases/$c.id/review/recommendations", [number: 1, text: 'r'])).review.recommendations[0]
        def act = world.post("/api/recommendations/$rec.id/actions", action(world)).json

        expect:
        other.get("/api/cases/$c.id").status == 404
        other.get("/api/cases/$c.id/timeline").status == 404
        other.put("/api/cases/$c.id", CaseWorld.caseBody(version: 0)).status == 404
        other.post("/api/cases/$c.id/rapid-review", [meetingOn: '2025-03-12']).status == 404
        other.get("/api/actions/$act.id").status == 404
        other.post("/api/recommendations/$rec.id/actions", action(other)).status == 404
        !other.get('/api/cases').json*.id.contains(c.id)
        !other.get('/api/cap').json*.id.contains(act.id)
        other.get("/api/cases/$c.id").contentType.startsWith('application/problem+json')
    }

    def "#role may not #what"() {
        expect:
        call(world).status == 403

        where:
        role                | what                   | call
        'NATIONAL_VIEWER'   | 'list cases'           | { w -> w.get('/api/cases', 'NATIONAL_VIEWER') }
        'NATIONAL_VIEWER'   | 'read the CAP'         | { w -> w.get('/api/cap', 'NATIONAL_VIEWER') }
        'NATIONAL_VIEWER'   | 'read the dashboard'   | { w -> w.get('/api/dashboard', 'NATIONAL_VIEWER') }
        'PLATFORM_ADMIN'    | 'list cases'           | { w -> w.get('/api/cases', 'PLATFORM_ADMIN') }
        'PLATFORM_ADMIN'    | 'record a case'        | { w -> w.post('/api/cases', CaseWorld.caseBody(), 'PLATFORM_ADMIN') }
        'PARTNERSHIP_ADMIN' | 'list cases'           | { w -> w.get('/api/cases', 'PARTNERSHIP_ADMIN') }
        'MEMBER'            | 'record a case'        | { w -> w.post('/api/cases', CaseWorld.caseBody(), 'MEMBER') }
        'BUSINESS_SUPPORT'  | 'record a decision'    | { w -> w.post("/api/cases/${UUID.randomUUID()}/decision", decision('LCSPR'), 'BUSINESS_SUPPORT') }
        'CHAIR'             | 'read the audit log'   | { w -> w.get('/api/audit', 'CHAIR') }
    }

    def "a national viewer cannot read a case even knowing its id"() {
        given:
        def c = world.newCase()

        expect:
        world.get("/api/cases/$c.id", 'NATIONAL_VIEWER').status == 403
        world.get("/api/cases/$c.id/timeline", 'PLATFORM_ADMIN').status == 403
    }

    def "every read and change of case data is audited with who, what and which record; admins can page the log"() {
        given:
        def before = world.auditRows().size()

        when:
        def c = world.newCase()
        world.get("/api/cases/$c.id", 'MEMBER')
        world.get('/api/cases', 'BUSINESS_SUPPORT')
        world.post("/api/cases/$c.id/rapid-review", [meetingOn: '2025-03-12'])
        def rows = world.auditRows().drop(before)

        then:
        rows.collect { [it.action, it.entity] } == [['CREATE', 'case'], ['READ', 'case'], ['READ', 'case-list'], ['CREATE', 'rapid-review']]
        rows[0].userId == world.users.CHAIR
        rows[1].userId == world.users.MEMBER
        rows[1].entityId.toString() == c.id

        when:
        def page = world.get('/api/audit?size=2', 'PARTNERSHIP_ADMIN')

        then:
        page.status == 200
        page.json.items.size() == 2
        page.json.total >= 4
        page.json.items[0].entity == 'rapid-review'
    }

    def "a refused change leaves no audit row and no change behind"() {
        given:
        def c = world.newCase(origin: 'REFERRAL', notifiedOn: null)
        def before = world.auditRows().size()

        when:
        def answer = world.post("/api/cases/$c.id/rapid-review", [meetingOn: '2025-03-12'])

        then:
        answer.status == 422
        world.auditRows().size() == before
    }

    def "the application role can neither update nor delete the audit log"() {
        given:
        world.newCase()

        when:
        appSql("update audit_event set action = 'FORGED' where tenant_id = '${world.tenant}'")

        then:
        SQLException updating = thrown()
        updating.SQLState == '42501'

        when:
        appSql("delete from audit_event where tenant_id = '${world.tenant}'")

        then:
        SQLException deleting = thrown()
        deleting.SQLState == '42501'
    }

    void appSql(String statement) {
        PostgresFixture.get().appConnection().withCloseable { Connection c ->
            def bind = c.prepareStatement("select set_config('app.tenant_id', ?, false)")
            bind.setString(1, world.tenant.toString())
            bind.execute()
            c.createStatement().execute(statement)
        }
    }

    def "the case list comes in pages, newest first, with the total in a header"() {
        given:
        def all = world.get('/api/cases?size=500').json

        when:
        def first = world.get('/api/cases?page=0&size=1')
        def second = world.get('/api/cases?page=1&size=1')
        def tooBig = world.get('/api/cases?size=501')

        then:
        all.size() >= 2
        first.headers.get('X-Total-Count') == all.size().toString()
        first.json*.id == [all[0].id]
        second.json*.id == [all[1].id]
        all*.awareOn == all*.awareOn.sort(false).reverse()
        tooBig.status == 400
    }
}
