package uk.reviewhub.learning

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.casereview.CaseWorld
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

/** The partnership's own learning themes over HTTP: add, rename, retire; detach from cases and reviews; other partnerships see none of it. */
class LearningThemeTaxonomySpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject @Client('/') HttpClient client

    @Shared CaseWorld world
    @Shared CaseWorld other

    def setup() {
        if (world == null) {
            world = new CaseWorld(client, accessTokens, 'themes')
            other = new CaseWorld(client, accessTokens, 'themes-other')
        }
    }

    private ApiCalls.Answer delete(CaseWorld w, String path, String role = 'CHAIR') {
        ApiCalls.send(client, HttpRequest.DELETE(path), w.tokens[role])
    }

    private String code() {
        'local-' + UUID.randomUUID().toString().substring(0, 8)
    }

    def "a partnership admin adds a theme of the partnership's own, renames it and retires it"() {
        given:
        def c = code()

        when:
        def added = world.post('/api/learning-themes', [code: c, title: ' County lines '], 'PARTNERSHIP_ADMIN')
        def renamed = world.put("/api/learning-themes/$added.json.id", [title: 'County lines exploitation'], 'PARTNERSHIP_ADMIN')
        def retired = world.post("/api/learning-themes/$added.json.id/retire", [:], 'PARTNERSHIP_ADMIN')

        then:
        added.status == 201
        added.json.code == c
        added.json.title == 'County lines'
        !added.json.national
        added.json.active
        renamed.status == 200
        renamed.json.title == 'County lines exploitation'
        retired.status == 200
        !retired.json.active

        and: 'the list keeps it, marked retired, beside the national themes'
        def listed = world.get('/api/learning-themes', 'MEMBER').json
        listed.find { it.code == c }.with { !active && title == 'County lines exploitation' }
        listed.count { it.national } >= 18

        and: 'taxonomy changes are audited'
        world.auditRows().findAll { it.entity == 'learning-theme' && it.entityId.toString() == added.json.id }*.action == ['CREATE', 'UPDATE', 'UPDATE']
    }

    def "chairs and vice chairs manage the taxonomy too; other roles may not"() {
        expect:
        world.post('/api/learning-themes', [code: code(), title: 'T'], role).status == status

        where:
        role               | status
        'PARTNERSHIP_ADMIN'| 201
        'CHAIR'            | 201
        'VICE_CHAIR'       | 201
        'MEMBER'           | 403
        'BUSINESS_SUPPORT' | 403
        'PLATFORM_ADMIN'   | 403
    }

    def "bad input answers problem+json: #why"() {
        when:
        def answer = world.post('/api/learning-themes', body, 'PARTNERSHIP_ADMIN')

        then:
        answer.status == status
        answer.contentType.startsWith('application/problem+json')
        !answer.body.contains('Exception')
        !answer.body.toLowerCase().contains('sql')

        where:
        why                        | body                                  | status
        'a national code again'    | [code: 'neglect', title: 'Neglect 2'] | 409
        'a code with capitals'     | [code: 'Bad Code', title: 'T']        | 400
        'no title'                 | [code: 'no-title', title: '']         | 400
        'no code'                  | [title: 'T']                          | 400
    }

    def "the same code twice is a conflict"() {
        given:
        def c = code()
        world.post('/api/learning-themes', [code: c, title: 'First'], 'CHAIR')

        when:
        def again = world.post('/api/learning-themes', [code: c, title: 'Second'], 'CHAIR')

        then:
        again.status == 409
        again.contentType.startsWith('application/problem+json')
        again.json.detail.contains(c)
    }

    def "a rename with a stale version answers 409 and changes nothing"() {
        given:
        def theme = world.post('/api/learning-themes', [code: code(), title: 'Before'], 'CHAIR').json
        world.put("/api/learning-themes/$theme.id", [title: 'First rename', version: theme.version], 'PARTNERSHIP_ADMIN')

        when:
        def stale = world.put("/api/learning-themes/$theme.id", [title: 'Second rename', version: theme.version], 'CHAIR')

        then:
        theme.version == 0
        stale.status == 409
        stale.contentType.startsWith('application/problem+json')
        world.get('/api/learning-themes').json.find { it.id == theme.id }.with { title == 'First rename' && version == 1 }
    }

    def "unknown themes answer 404 on rename and retire"() {
        expect:
        world.put("/api/learning-themes/${UUID.randomUUID()}", [title: 'X'], 'CHAIR').status == 404
        world.post("/api/learning-themes/${UUID.randomUUID()}/retire", [:], 'CHAIR').status == 404
        world.put('/api/learning-themes/not-a-uuid', [title: 'X'], 'CHAIR').status == 400
    }

    def "a retired theme stays on the case it was attached to but cannot be attached again"() {
        given:
        def theme = world.post('/api/learning-themes', [code: code(), title: 'Private fostering'], 'CHAIR').json
        def before = world.newCase()
        def after = world.newCase()
        world.post("/api/cases/$before.id/themes", [themeId: theme.id])

        when:
        world.post("/api/learning-themes/$theme.id/retire", [:], 'PARTNERSHIP_ADMIN')
        def attach = world.post("/api/cases/$after.id/themes", [themeId: theme.id])

        then:
        attach.status == 422
        attach.contentType.startsWith('application/problem+json')
        attach.json.detail.contains('retired')
        world.get("/api/cases/$before.id").json.themes.find { it.id == theme.id }.active == false
        world.get("/api/cases/$after.id/themes").json == []
    }

    def "themes are detached from a case and from its review"() {
        given:
        def themes = world.get('/api/learning-themes').json
        def neglect = themes.find { it.code == 'neglect' }
        def c = world.caseAt('REVIEW')
        world.post("/api/cases/$c.id/themes", [themeId: neglect.id])
        world.post("/api/cases/$c.id/review/themes", [themeId: neglect.id], 'BUSINESS_SUPPORT')

        expect:
        world.get("/api/cases/$c.id/themes", 'MEMBER').json*.code == ['neglect']
        world.get("/api/cases/$c.id/review/themes", 'MEMBER').json*.code == ['neglect']

        when:
        def fromCase = delete(world, "/api/cases/$c.id/themes/$neglect.id", 'BUSINESS_SUPPORT')
        def fromReview = delete(world, "/api/cases/$c.id/review/themes/$neglect.id")

        then:
        fromCase.status == 200
        fromCase.json == []
        fromReview.status == 200
        fromReview.json == []
        world.get("/api/cases/$c.id").json.themes == []
        world.get("/api/cases/$c.id/review/themes").json == []

        and: 'a theme not attached, a member, a case without a review'
        delete(world, "/api/cases/$c.id/themes/$neglect.id").status == 404
        delete(world, "/api/cases/$c.id/themes/$neglect.id", 'MEMBER').status == 403
        world.get("/api/cases/${world.newCase().id}/review/themes").status == 404
    }

    def "another partnership's themes and cases are 404"() {
        given:
        def mine = world.post('/api/learning-themes', [code: code(), title: 'Mine'], 'CHAIR').json
        def neglect = world.get('/api/learning-themes').json.find { it.code == 'neglect' }
        def c = world.newCase()
        world.post("/api/cases/$c.id/themes", [themeId: neglect.id])
        def theirCase = other.newCase()

        expect: 'the other partnership cannot see, rename, retire, attach or detach them'
        !(other.get('/api/learning-themes').json*.id.contains(mine.id))
        other.put("/api/learning-themes/$mine.id", [title: 'Stolen'], 'CHAIR').status == 404
        other.post("/api/learning-themes/$mine.id/retire", [:], 'PARTNERSHIP_ADMIN').status == 404
        other.post("/api/cases/$theirCase.id/themes", [themeId: neglect.id]).status == 404
        other.get("/api/cases/$c.id/themes").status == 404
        delete(other, "/api/cases/$c.id/themes/$neglect.id").status == 404

        and: 'nothing changed'
        world.get('/api/learning-themes').json.find { it.id == mine.id }.with { title == 'Mine' && active }
        world.get("/api/cases/$c.id/themes").json*.code == ['neglect']
    }
}
