package uk.reviewhub.web

import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.web.router.Router
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.post

/** Every error leaves as application/problem+json, with no internals in it. */
class ProblemJsonSpec extends IntegrationSpec {

    static final List<String> INTERNALS = ['Exception', '\tat ', 'at io.micronaut', 'at uk.reviewhub', 'jackson',
                                           'Source:', 'line:', 'SQL', 'select ', 'org.', 'java.']

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    Router router

    String token

    def setup() {
        String email = TestUsers.uniqueEmail('member')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('problems'), [Roles.MEMBER])
        token = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json.accessToken
    }

    private static void assertProblem(ApiCalls.Answer answer, int status) {
        assert answer.status == status
        assert answer.contentType == 'application/problem+json'
        assert answer.json.status == status
        assert answer.json.title
        assert answer.json.type == 'about:blank'
        INTERNALS.each { assert !answer.body.contains(it) }
    }

    def "malformed JSON answers 400 with a readable detail"() {
        when:
        def answer = ApiCalls.send(client, HttpRequest.POST(ApiPaths.SIGN_IN, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE))

        then:
        assertProblem(answer, 400)
        answer.json.detail == detail

        where:
        body                                   | detail
        '{"email": "a@example.org", "passw'    | 'The request body is not valid JSON.'
        'not json at all'                      | 'The request body is not valid JSON.'
        '{"email": {"a": 1}, "password": "x"}' | "The value given for 'email' is missing, of the wrong type or not in the expected format."
    }

    def "invalid fields answer 400 listing each field"() {
        when:
        def answer = post(client, ApiPaths.SIGN_IN, [email: '', password: 'x' * 201])

        then:
        assertProblem(answer, 400)
        answer.json.errors*.field == ['email', 'password']
        answer.json.errors.every { it.message }
    }

    def "an unknown route answers 404 to a signed-in caller"() {
        expect:
        assertProblem(ApiCalls.get(client, '/api/no-such-thing', token), 404)
    }

    def "an unknown route answers 401 or 404 without a token, never anything else"() {
        expect:
        ApiCalls.get(client, '/api/no-such-thing').status in [401, 404]
    }

    def "a method the route does not have answers 405"() {
        expect:
        assertProblem(ApiCalls.send(client, HttpRequest.DELETE(ApiPaths.ME), token), 405)
    }

    def "security refusals are problems too"() {
        expect:
        assertProblem(ApiCalls.get(client, ApiPaths.ME), 401)
        assertProblem(ApiCalls.get(client, ApiPaths.ME, 'garbage'), 401)
    }

    def "a role the caller lacks answers 403"() {
        expect:
        assertProblem(ApiCalls.get(client, '/test-only/problems/platform-only', token), 403)
    }

    def "a conflict answers 409 with its detail"() {
        when:
        def answer = ApiCalls.get(client, '/test-only/problems/conflict', token)

        then:
        assertProblem(answer, 409)
        answer.json.detail == 'The group was changed by someone else; reload and try again.'
    }

    def "an unexpected failure (#what) answers 500 with a correlation id and nothing of the cause"() {
        when:
        def answer = ApiCalls.get(client, "/test-only/problems/$path", token)

        then:
        assertProblem(answer, 500)
        answer.json.correlationId ==~ /[0-9a-f-]{36}/
        answer.json.detail.contains(answer.json.correlationId)
        !answer.body.contains('secret_table')
        !answer.body.contains('password_hash')

        where:
        what                                       | path
        'an unchecked exception'                   | 'server-error'
        'a checked exception no handler takes'     | 'checked-failure'
    }

    def "every error, asked again and again, gets the same answer"() {
        when: 'the handler an error route keeps is asked a second and third time'
        def answers = (1..3).collect {
            [ApiCalls.get(client, ApiPaths.ME), ApiCalls.get(client, '/api/no-such-thing', token),
             ApiCalls.get(client, '/test-only/problems/conflict', token),
             ApiCalls.get(client, '/test-only/problems/platform-only', token)]
        }

        then:
        answers.every { round -> round*.status == [401, 404, 409, 403] }
        answers.collect { round -> round*.json*.detail }.unique().size() == 1
    }

    def "unchecked exceptions and malformed JSON reach their handler through a global error route; a hang-up does not"() {
        given:
        def request = HttpRequest.GET('/api/me')
        def route = { Throwable error ->
            router.findErrorRoute(null, error, request).map { it.routeInfo.declaringType.simpleName }.orElse(null)
        }

        expect: 'Micronaut asks the router first, and looks a handler up itself only when no error route matches'
        [new io.micronaut.security.authentication.AuthorizationException(null),
         new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.NOT_FOUND, 'gone'),
         new uk.reviewhub.problem.NotFoundException('gone'),
         new jakarta.validation.ConstraintViolationException([] as Set),
         new IllegalStateException('boom'),
         new io.micronaut.json.JsonSyntaxException('bad')].every { route(it) == 'ExceptionHandlerRoute' }

        and: 'a client that hung up stays with Micronaut, which answers it quietly'
        route(new IOException('Connection reset by peer')) == null
    }
}
