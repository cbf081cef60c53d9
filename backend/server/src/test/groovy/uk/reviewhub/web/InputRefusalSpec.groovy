package uk.reviewhub.web

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.casereview.CaseWorld
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import java.util.concurrent.Callable
import java.util.concurrent.Executors

/**
 * Input that used to end in a 500 (issue 13 item 9) is refused with a 4xx problem naming the
 * field or the conflict, and nothing is written.
 */
class InputRefusalSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    CaseWorld world

    def setup() {
        world = new CaseWorld(client, accessTokens, 'input')
    }

    private static void refused(ApiCalls.Answer answer, int status, String field) {
        assert answer.status == status
        assert answer.contentType.startsWith('application/problem+json')
        if (field != null) {
            assert answer.json.errors*.field == [field]
        }
    }

    def "a control character in a text field is refused while the body is read, naming the field: #what"() {
        when:
        def answer = call.call(world)

        then:
        refused(answer, 400, field)
        answer.json.detail.contains('control characters')

        where:
        what                           | field     | call
        'NUL in an agency name'        | 'name'    | { CaseWorld w -> w.post(ApiPaths.AGENCIES, [code: 'nul-agency', name: "Bad\u0000name", kind: 'OTHER'], 'PARTNERSHIP_ADMIN') }
        'NUL in sign-in, no token'     | 'email'   | { CaseWorld w -> ApiCalls.post(w.client, ApiPaths.SIGN_IN, [email: "a\u0000@example.org", password: 'x', partnership: 'salford']) }
        'BEL in a learning theme'      | 'title'   | { CaseWorld w -> w.post(ApiPaths.LEARNING_THEMES, [code: 'bell-theme', title: "Ring\u0007"], 'CHAIR') }
        // A list of strings is read by serde's own list reader, so the database's refusal is the net: no field named.
        'NUL in a list element'        | null      | { CaseWorld w -> w.post("/api/cases/${w.newCase().id}/rapid-review", [meetingOn: '2025-03-12', facts: 'Facts', agenciesInvolved: ['police', "x\u0000"]]) }
    }

    def "validation messages are words for people naming the field, not the validator's text"() {
        when:
        def answer = world.post(ApiPaths.LEARNING_THEMES, [code: 'long-title', title: 'x' * 201], 'CHAIR')

        then:
        refused(answer, 400, 'title')
        answer.json.errors[0].message == 'Title must be at most 200 characters.'
        !answer.body.contains('size must be')
    }

    def "a NUL refused writes nothing"() {
        when:
        post(ApiPaths.AGENCIES, [code: 'nul-agency', name: "Bad\u0000name", kind: 'OTHER'])

        then:
        !world.get(ApiPaths.AGENCIES, 'PARTNERSHIP_ADMIN').json*.code.contains('nul-agency')
    }

    def "tabs and line breaks are still text"() {
        expect:
        post(ApiPaths.AGENCIES, [code: 'tabbed', name: "Two\tparts\r\nand lines", kind: 'OTHER']).status == 201
    }

    def "a recommendation number of 0 or less is refused naming the field: #number"() {
        given:
        def c = world.caseAt('REVIEW')

        when:
        def answer = world.post("/api/cases/$c.id/review/recommendations", [number: number, text: 'Share information'])

        then:
        refused(answer, 400, 'number')
        world.get("/api/cases/$c.id").json.review.recommendations.isEmpty()

        where:
        number << [0, -1, Integer.MIN_VALUE]
    }

    def "#n parallel requests creating the same #what code: one is created, the rest are 409 naming the conflict"() {
        when:
        def pool = Executors.newFixedThreadPool(n)
        List<ApiCalls.Answer> answers
        try {
            answers = pool.invokeAll((1..n).collect { i -> { -> call.call(world, i) } as Callable<ApiCalls.Answer> })*.get()
        } finally {
            pool.shutdown()
        }

        then:
        answers.count { it.status in [200, 201] } == 1
        answers.findAll { !(it.status in [200, 201]) }.every {
            it.status == 409 && it.contentType.startsWith('application/problem+json') && it.json.detail.contains(what)
        }
        world.get(path, 'PARTNERSHIP_ADMIN').json.count { it.code == 'raced-code' } == 1

        where:
        what             | path                    | call
        'agency'         | ApiPaths.AGENCIES       | { CaseWorld w, int i -> w.post(ApiPaths.AGENCIES, [code: 'raced-code', name: "Agency $i".toString(), kind: 'OTHER'], 'PARTNERSHIP_ADMIN') }
        'learning theme' | ApiPaths.LEARNING_THEMES | { CaseWorld w, int i -> w.post(ApiPaths.LEARNING_THEMES, [code: 'raced-code', title: "Theme $i".toString()], 'CHAIR') }
        n = 8
    }

    private ApiCalls.Answer post(String path, Map body) {
        world.post(path, body, 'PARTNERSHIP_ADMIN')
    }
}
