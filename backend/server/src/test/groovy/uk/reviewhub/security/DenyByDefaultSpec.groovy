package uk.reviewhub.security

import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.web.router.Router
import io.micronaut.web.router.UriRouteInfo
import jakarta.inject.Inject
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

/**
 * Every route of the application, called without a token, answers 401, except the few that are
 * meant to be public. A new controller that forgets {@code @Secured} (or opens itself up) fails here.
 */
class DenyByDefaultSpec extends IntegrationSpec {

    /** The only routes anybody may call without signing in. */
    static final Set<String> PUBLIC = [
            'POST /api/auth/sign-in',
            'POST /api/auth/refresh',
            // Self-service onboarding (OnboardingSpec): register, confirm the email, set up from the
            // set-up link; limited per client address and email, the same answer whatever is known.
            'POST /api/registrations',
            'POST /api/registrations/verification',
            'POST /api/registrations/setup-offer',
            'POST /api/registrations/setup',
            // An invitation link's holder is not signed in: the token in the body gates these
            // (a link that matches nothing is 404 and counts against the client address).
            'POST /api/invitations/link',
            'POST /api/invitations/accept',
            // Signing in through the organisation (SsoSpec): the way to sign in by the email's domain,
            // starting (limited per client address) and finishing (the state in the body gates it).
            'POST /api/auth/sign-in-method',
            'POST /api/auth/sso/start',
            'POST /api/auth/sso/finish',
            // The API's own description (it describes the operations and holds no data).
            'GET /openapi/reviewhub.yml',
            'HEAD /openapi/reviewhub.yml',
            'GET /health',
            'HEAD /health',
            'GET /health/{selector}',
            'HEAD /health/{selector}',
            // Metrics: answered on the management port only (MetricsOnManagementPort; 404 here, see MetricsSpec).
            'GET /prometheus',
            'HEAD /prometheus',
            // Calendar apps cannot send a bearer token: the feed token in the path gates these
            // (unknown, malformed or revoked tokens answer 404) and names the tenant.
            'GET /ical/{token}/group/{groupId}.ics',
            'HEAD /ical/{token}/group/{groupId}.ics',
            'GET /ical/{token}/member.ics',
            'HEAD /ical/{token}/member.ics',
            'GET /ical/{token}/safeguarding.ics',
            'HEAD /ical/{token}/safeguarding.ics',
            'GET /ical/{token}/scrutiny.ics',
            'HEAD /ical/{token}/scrutiny.ics',
    ] as Set

    @Inject
    Router router

    @Inject
    @Client('/')
    HttpClient client

    def "every route except the public ones refuses an anonymous caller with 401"() {
        given:
        List<UriRouteInfo> routes = router.uriRoutes().toList()
        Map<String, Integer> answers = [:]
        routes.each { UriRouteInfo route ->
            String template = route.uriMatchTemplate.toString()
            String path = route.uriMatchTemplate.expand(
                    route.uriMatchTemplate.variableNames.collectEntries { [(it): UUID.randomUUID().toString()] })
            def request = HttpRequest.create(route.httpMethod, path)
            if (route.httpMethod.permitsRequestBody()) {
                if (route.consumes.contains(MediaType.MULTIPART_FORM_DATA_TYPE)) {
                    // Uploads: a well-formed multipart body, so the answer is about security, not the body.
                    request.body(MultipartBody.builder().addPart('file', 'x.txt', MediaType.TEXT_PLAIN_TYPE, 'x'.bytes).build())
                            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                } else {
                    request.body('{}').contentType(MediaType.APPLICATION_JSON_TYPE)
                }
            }
            def answer = ApiCalls.send(client, request)
            answers["${route.httpMethod} ${template}".toString()] = answer.status
            if (answer.status == 401) {
                assert answer.contentType == 'application/problem+json'
            }
        }

        expect: 'the application has routes, including the public ones'
        answers.keySet().containsAll(PUBLIC.findAll { !it.contains('{selector}') })

        and:
        answers.findAll { key, status -> !(key in PUBLIC) && status != 401 } == [:]

        and: 'public routes do not ask for a token'
        answers.findAll { key, status -> key in PUBLIC && status == 401 } == [:]
    }

    def "the OpenAPI document is public"() {
        when:
        def answer = ApiCalls.get(client, '/openapi/reviewhub.yml')

        then:
        answer.status == 200
        answer.body.startsWith('openapi: 3')
        answer.body.contains('/api/auth/sign-in')
    }

    def "static resources other than the OpenAPI document are not served anonymously"() {
        expect:
        ApiCalls.get(client, '/openapi/../application.yml').status in [400, 401, 404]
        ApiCalls.get(client, '/application.yml').status in [401, 404]
    }
}
