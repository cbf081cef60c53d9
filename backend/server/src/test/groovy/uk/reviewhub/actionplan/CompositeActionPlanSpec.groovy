package uk.reviewhub.actionplan

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.casereview.CaseWorld
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.IntegrationSpec

/** The CAP over HTTP: sources, filters, CSV, RAG override, completion rules; and learning themes per financial year. */
class CompositeActionPlanSpec extends IntegrationSpec {

    /** A year well ahead, within the plausible window for due dates (DateWindow): these actions are not overdue. */
    static final int LATER = java.time.LocalDate.now().year + 3

    @Inject AccessTokens accessTokens
    @Inject @Client('/') HttpClient client

    @Shared CaseWorld world
    @Shared Map actions = [:]

    def setup() {
        if (world != null) {
            return
        }
        world = new CaseWorld(client, accessTokens, 'cap')
        def c = world.caseAt('REVIEW')
        def rec = CaseWorld.ok(world.post("/api/cases/$c.id/review/recommendations", [number: 1, text: 'r'])).review.recommendations[0]
        actions.overdue = created(world.post("/api/recommendations/$rec.id/actions", [agencyId: world.police.toString(),
                owner: 'DI Smith', description: 'Brief officers', dueOn: '2025-01-31']))
        actions.formula = created(world.post("/api/cases/$c.id/review/actions", [agencyId: world.localAuthority.toString(),
                owner: '=HYPERLINK("http://evil.example","click")', description: 'Audit, then report "findings"', dueOn: "${LATER}-12-31".toString()]))
        actions.done = created(world.post("/api/cases/$c.id/review/actions", [agencyId: world.localAuthority.toString(),
                owner: 'Head of service', description: 'Update the procedure', dueOn: "${LATER}-06-30".toString(), progressPercent: 100,
                evidenceNotes: 'Procedure v2 published', completedOn: '2025-05-01']))
    }

    static Map created(answer) {
        assert answer.status == 201: answer.body
        answer.json
    }

    def "actions are coloured by the RAG rules: overdue red, complete blue, far off green"() {
        expect:
        actions.overdue.rag == 'RED'
        actions.overdue.ragLabel == 'Red: overdue'
        actions.overdue.overdue
        actions.done.rag == 'BLUE'
        actions.formula.rag == 'GREEN'
        actions.formula.source == 'REVIEW'
    }

    def "the CAP filters by #filter"() {
        expect:
        world.get("/api/cap?$filter").json*.id as Set == expected.collect { actions[it].id } as Set

        where:
        filter                  || expected
        ''                      || ['overdue', 'formula', 'done']
        'status=RED'            || ['overdue']
        'status=BLUE'           || ['done']
        'overdue=true'          || ['overdue']
        'overdue=false'         || ['formula', 'done']
        'source=RECOMMENDATION' || ['overdue']
        'source=REVIEW'         || ['formula', 'done']
    }

    def "the CAP filters by agency"() {
        expect:
        world.get("/api/cap?agency=${world.police}").json*.id == [actions.overdue.id]
        world.get("/api/cap?agency=${world.localAuthority}&status=GREEN").json*.id == [actions.formula.id]
    }

    def "the CSV export quotes as RFC 4180 says and defuses formula cells"() {
        when:
        def answer = world.get('/api/cap.csv', 'MEMBER')
        def lines = answer.body.split('\r\n')

        then:
        answer.status == 200
        answer.contentType.startsWith('text/csv')
        lines[0].startsWith('Case reference,Review type,Source,Recommendation,Agency,Owner,Action,Due')
        lines.size() == 4
        answer.body.contains('"\'=HYPERLINK(""http://evil.example"",""click"")"')
        answer.body.contains('"Audit, then report ""findings"""')
        !answer.body.contains(',=HYPERLINK')
        world.auditRows().last().action == 'EXPORT'
    }

    def "a RAG override needs a reason and records who made it; a stale one is refused"() {
        given:
        def action = world.get("/api/actions/${actions.formula.id}").json

        when:
        def noReason = world.put("/api/actions/$action.id/rag-override", [rag: 'RED', version: action.version])
        def ok = world.put("/api/actions/$action.id/rag-override", [rag: 'RED', reason: 'Agency restructure puts it at risk',
                                                                      version: action.version])
        def stale = world.put("/api/actions/$action.id/rag-override", [rag: 'AMBER', reason: 'x', version: action.version])

        then:
        noReason.status == 400
        ok.status == 200
        ok.json.rag == 'RED'
        ok.json.computedRag == 'GREEN'
        ok.json.ragOverrideBy == world.users.CHAIR.toString()
        stale.status == 409
        world.get("/api/cap?status=RED").json*.id as Set == [actions.overdue.id, action.id] as Set

        when: 'a member may not override'
        def member = world.put("/api/actions/$action.id/rag-override", [rag: null, version: ok.json.version], 'MEMBER')

        then:
        member.status == 403

        cleanup:
        world.put("/api/actions/$action.id/rag-override", [rag: null, version: ok.json.version])
    }

    def "completing an action needs evidence, and only a completed action goes to monitoring and evaluation"() {
        given:
        def a = world.get("/api/actions/${actions.overdue.id}").json
        Map body = [agencyId: a.agencyId, owner: a.owner, description: a.description, dueOn: a.dueOn, progressPercent: 100, version: a.version]

        expect:
        world.put("/api/actions/$a.id", body + [completedOn: '2025-02-03'], 'MEMBER').json.detail.contains('evidence')
        world.put("/api/actions/$a.id", body + [handedToMonitoringOn: '2025-02-03'], 'MEMBER').json.detail.contains('Only a completed action')

        when:
        def done = world.put("/api/actions/$a.id", body + [completedOn: '2025-02-03', evidenceNotes: 'Briefing log',
                                                         handedToMonitoringOn: '2025-02-10'], 'MEMBER')

        then:
        done.status == 200
        done.json.rag == 'BLUE'
        done.json.handedToMonitoringOn == '2025-02-10'
        done.json.version == a.version + 1
    }

    def "a #role records progress on an action but cannot change its #field; the chair can"() {
        given:
        def c = world.caseAt('REVIEW')
        def a = created(world.post("/api/cases/$c.id/review/actions", [agencyId: world.police.toString(),
                owner: 'DI Jones', description: 'Review the referral pathway', dueOn: "${LATER}-03-31".toString()]))
        Map body = [agencyId: a.agencyId, owner: a.owner, description: a.description, dueOn: a.dueOn, version: a.version]
        def value = changed == 'another agency' ? world.localAuthority.toString() : changed

        when: 'they change the plan itself'
        def replan = world.put("/api/actions/$a.id", body + [(field): value], role)

        then: 'refused with the reason, and nothing is changed'
        replan.status == 403
        replan.contentType.startsWith('application/problem+json')
        replan.json.detail.contains('Only the chair or vice chair')
        world.get("/api/actions/$a.id").json.version == a.version

        when: 'they record progress'
        def progress = world.put("/api/actions/$a.id", body + [progressPercent: 40, evidenceNotes: 'Pathway mapped'], role)

        then:
        progress.status == 200
        progress.json.progressPercent == 40

        when: 'the chair changes the plan'
        def chair = world.put("/api/actions/$a.id", body + [(field): value, version: progress.json.version])

        then:
        chair.status == 200
        chair.json[field] == value

        where:
        role               | field         | changed
        'MEMBER'           | 'dueOn'       | "${LATER}-09-30".toString()
        'MEMBER'           | 'owner'       | 'Someone else'
        'BUSINESS_SUPPORT' | 'description' | 'A different action'
        'BUSINESS_SUPPORT' | 'agencyId'    | 'another agency'
    }

    def "only the owning agency's members, the chair or vice chair and business support report on an action"() {
        given: "an action of Children's Services; the member is with the police"
        def c = world.caseAt('REVIEW')
        def a = created(world.post("/api/cases/$c.id/review/actions", [agencyId: world.localAuthority.toString(),
                owner: 'Head of service', description: 'Audit the referrals', dueOn: "${LATER}-03-31".toString()]))
        Map body = [agencyId: a.agencyId, owner: a.owner, description: a.description, dueOn: a.dueOn, version: a.version]

        when: 'the member of another agency records progress, completion or hand-off'
        def progress = world.put("/api/actions/$a.id", body + [progressPercent: 40], 'MEMBER')
        def completion = world.put("/api/actions/$a.id", body + [progressPercent: 100, evidenceNotes: 'Done',
                completedOn: '2025-02-03', handedToMonitoringOn: '2025-02-10'], 'MEMBER')

        then: 'refused with the reason, and nothing changes'
        progress.status == 403
        progress.contentType.startsWith('application/problem+json')
        progress.json.detail == "Only members of Children's Services, the chair or vice chair, or business support may record " +
                "this action's progress, evidence, completion or hand-off to monitoring."
        completion.status == 403
        world.get("/api/actions/$a.id").json.version == a.version

        and: 'what each role reads says whether they may report, so the UI offers no form to those who may not'
        world.get("/api/actions/$a.id", 'MEMBER').json.mayReport == false
        world.get("/api/actions/$a.id", 'CHAIR').json.mayReport == true
        world.get("/api/actions/$a.id", 'VICE_CHAIR').json.mayReport == true
        world.get("/api/actions/$a.id", 'BUSINESS_SUPPORT').json.mayReport == true
        world.get("/api/actions/${actions.overdue.id}", 'MEMBER').json.mayReport == true
        world.get('/api/cap', 'MEMBER').json.find { it.id == a.id }.mayReport == false

        and: 'a partnership admin neither reads nor reports'
        world.put("/api/actions/$a.id", body + [progressPercent: 40], 'PARTNERSHIP_ADMIN').status == 403

        when: 'business support and the vice chair report'
        def support = world.put("/api/actions/$a.id", body + [progressPercent: 40], 'BUSINESS_SUPPORT')
        def vice = world.put("/api/actions/$a.id", body + [progressPercent: 60, version: support.json.version], 'VICE_CHAIR')

        then:
        support.status == 200
        vice.status == 200
        vice.json.progressPercent == 60
    }

    def "learning themes are seeded from the national list and summarised per financial year"() {
        given:
        def themes = world.get('/api/learning-themes').json
        def neglect = themes.find { it.code == 'neglect' }
        def march = world.newCase(awareOn: '2025-03-31', notifiedOn: '2025-04-01')
        def april = world.newCase(awareOn: '2025-04-01', notifiedOn: '2025-04-02')

        when:
        def attached = world.post("/api/cases/$march.id/themes", [themeId: neglect.id], 'BUSINESS_SUPPORT')
        world.post("/api/cases/$april.id/themes", [themeId: neglect.id])
        world.post("/api/cases/$april.id/themes", [themeId: neglect.id])

        then:
        themes.size() >= 18
        themes.every { it.national }
        attached.status == 200
        attached.json*.code == ['neglect']
        world.get("/api/cases/$april.id").json.themes*.code == ['neglect']

        and:
        world.get('/api/learning-themes/summary?year=2024').json.with {
            financialYear == '2024-25' && themes.find { it.code == 'neglect' }.cases == 1
        }
        world.get('/api/learning-themes/summary?year=2025').json.with {
            financialYear == '2025-26' && from == '2025-04-01' && to == '2026-03-31' && themes.find { it.code == 'neglect' }.cases == 1
        }
        world.post("/api/cases/$april.id/themes", [themeId: neglect.id], 'MEMBER').status == 403
        world.post("/api/cases/$april.id/themes", [themeId: UUID.randomUUID()]).status == 404
    }

    // Last: it adds an action, which the counts above do not expect.
    def "the CAP's status filter, computed in SQL, agrees with the RAG each action shows"() {
        given: 'an action due within the amber window, and one overdue'
        def soon = java.time.LocalDate.now(java.time.ZoneId.of('Europe/London')).plusDays(3).toString()
        def c = world.caseAt('REVIEW')
        created(world.post("/api/cases/$c.id/review/actions", [agencyId: world.police.toString(), owner: 'DS Jones',
                description: 'Refresh training', dueOn: soon]))
        created(world.post("/api/cases/$c.id/review/actions", [agencyId: world.police.toString(), owner: 'DS Jones',
                description: 'Audit referrals', dueOn: '2025-03-31']))
        def all = world.get('/api/cap?size=500').json

        expect:
        all*.rag as Set == ['RED', 'AMBER', 'GREEN', 'BLUE'] as Set
        ['RED', 'AMBER', 'GREEN', 'BLUE'].every { rag ->
            world.get("/api/cap?status=$rag&size=500").json*.id as Set == all.findAll { it.rag == rag }*.id as Set
        }
    }

    def "the CAP comes in pages with the total in a header"() {
        given:
        def all = world.get('/api/cap?size=500').json

        when:
        def first = world.get('/api/cap?page=0&size=2')
        def second = world.get('/api/cap?page=1&size=2')
        def tooBig = world.get('/api/cap?size=501')

        then:
        first.headers.get('X-Total-Count') == all.size().toString()
        first.json*.id == all[0..1]*.id
        second.json*.id == all.drop(2).take(2)*.id
        tooBig.status == 400
    }
}
