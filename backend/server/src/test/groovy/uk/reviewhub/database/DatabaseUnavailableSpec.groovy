package uk.reviewhub.database

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.access.AccessCheck
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.casereview.CaseWorld
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.testing.TcpForwarder

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * While the database cannot be reached (its server stopped or restarting, the network between them
 * down), every request that needs it answers 503 with Retry-After and a sentence saying so, never a
 * 500 or a refusal that blames the caller (a wrong password, a signed-out token); /health says DOWN;
 * and the next request after the database is back is served. The backend's connections go through a
 * {@link TcpForwarder}, which breaks them and refuses new ones, as a stopped server would.
 */
class DatabaseUnavailableSpec extends ConfiguredIntegrationSpec {

    static TcpForwarder forwarder

    @Inject @Client('/') HttpClient client
    @Inject AccessCheck accessCheck

    @Override
    Map<String, String> getProperties() {
        URI db = URI.create(PostgresFixture.get().properties()['reviewhub.database.url'].toString().substring('jdbc:'.length()))
        forwarder = forwarder ?: TcpForwarder.to(db.host, db.port)
        super.getProperties() + [
                'reviewhub.database.url'               : "jdbc:postgresql://127.0.0.1:${forwarder.port()}${db.path}".toString(),
                // A request waits this long for a connection before its 503 (production: 5 s).
                'datasources.default.connection-timeout': '1000',
        ]
    }

    def cleanup() {
        forwarder.restore()
    }

    def cleanupSpec() {
        forwarder?.close()
        forwarder = null
    }

    def signInAnswer(String password = PostgresFixture.DEMO_PASSWORD) {
        post(client, ApiPaths.SIGN_IN, [email: 'support@salford.demo', password: password])
    }

    String signIn() {
        def answer = signInAnswer()
        assert answer.status == 200: answer.body
        answer.json.accessToken
    }

    /** A 503 in words; {@code changes}: the request would change something (so the answer says to check first). */
    static void assertUnavailable(def answer, boolean changes = false) {
        assert answer.status == 503: answer.body
        assert answer.contentType == 'application/problem+json'
        assert answer.headers.get('Retry-After') == '5'
        assert answer.json.title == 'Service Unavailable'
        assert answer.json.detail.startsWith('Review Hub cannot reach its database just now. Try again in a few seconds.')
        assert answer.json.detail.contains('If you were saving something, check whether it was saved') == changes
        assert answer.json.correlationId ==~ /[0-9a-f-]{36}/
        assert answer.json.detail.contains(answer.json.correlationId)
        assert !answer.body.contains('SQL') && !answer.body.contains('Hikari') && !answer.body.contains('postgres')
    }

    def "a read, a write and a token due its access check answer 503 with Retry-After while the database is away, then work again"() {
        given:
        String token = signIn()
        assert get(client, ApiPaths.ME, token).status == 200

        when: 'the database goes away'
        forwarder.cut()

        then: 'a read and a write are each told to try again, in words'
        assertUnavailable(get(client, ApiPaths.CASES, token))
        assertUnavailable(post(client, ApiPaths.CASES, CaseWorld.caseBody(), token), true)

        when: "the person's standing is due to be read again"
        accessCheck.forgetEveryone()

        then: 'the token is not refused as signed out: the check could not be made'
        assertUnavailable(get(client, ApiPaths.ME, token))

        and: '/health says DOWN'
        get(client, '/health').status == 503

        when: 'the database is back'
        forwarder.restore()

        then: 'requests are served again once the pool has a connection, each answer until then a 503'
        servedAgain { get(client, ApiPaths.ME, token) }
        post(client, ApiPaths.CASES, CaseWorld.caseBody(), token).status == 201
        get(client, '/health').status == 200
    }

    /**
     * Sends {@code request} until it is served (the pool retries its connection with a backoff, so the
     * first request after the database is back may still wait out its 503), at most for 20 s.
     */
    static boolean servedAgain(boolean changes = false, Closure<Object> request) {
        long deadline = System.nanoTime() + 20_000_000_000L
        def answer = request()
        while (answer.status == 503 && System.nanoTime() < deadline) {
            assertUnavailable(answer, changes)
            Thread.sleep(200)
            answer = request()
        }
        assert answer.status == 200: answer.body
        true
    }

    def "sign-in while the database is away answers 503, whatever the password, and counts no failure"() {
        when: 'six attempts with a wrong password, more than the five that lock an account'
        forwarder.cut()
        def answers = (1..6).collect { signInAnswer('not the password') }

        then: 'each is told the database is away, not that the password is wrong'
        answers.each { assertUnavailable(it, true) }

        when: 'the database is back'
        forwarder.restore()

        then: 'the right password signs in: attempts that never reached the database locked nothing'
        servedAgain(true) { signInAnswer() }
    }
}
