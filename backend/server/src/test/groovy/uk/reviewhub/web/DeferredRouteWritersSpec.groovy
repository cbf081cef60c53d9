package uk.reviewhub.web

import io.micronaut.core.type.Argument
import io.micronaut.core.type.MutableHeaders
import io.micronaut.http.HttpMethod
import io.micronaut.http.MediaType
import io.micronaut.http.body.MessageBodyHandlerRegistry
import io.micronaut.http.body.MessageBodyWriter
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.codec.CodecException
import io.micronaut.json.JsonFeatures
import io.micronaut.json.body.CustomizableJsonHandler
import io.micronaut.web.router.Router
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get

/**
 * Each route's JSON writer is made when the route first answers, not while the router is built at
 * start ({@link DeferredRouteWriters}), and what is written is the specific writer's own answer.
 */
class DeferredRouteWritersSpec extends IntegrationSpec {

    @Inject Router router
    @Inject MessageBodyHandlerRegistry registry
    @Inject @Client('/') HttpClient client
    @Inject AccessTokens accessTokens

    /** A writer that counts the specific writers made from it and writes which type it was made for. */
    static class Recording implements MessageBodyWriter<Object> {
        final String madeFor
        final List<String> made

        Recording(String madeFor, List<String> made) {
            this.madeFor = madeFor
            this.made = made
        }

        @Override
        MessageBodyWriter<Object> createSpecific(Argument<Object> type) {
            made << type.typeName
            new Recording(type.typeName, made)
        }

        @Override
        void writeTo(Argument<Object> type, MediaType mediaType, Object object, MutableHeaders headers,
                     OutputStream out) throws CodecException {
            out.write("${madeFor}:${object}".getBytes('UTF-8'))
        }
    }

    def "a specific writer is made at its first use, once, and writes as the one it defers to"() {
        given:
        List<String> made = []
        def deferring = new DeferredRouteWriters.Deferring<Object>(new Recording('any', made))

        when: 'the router asks for the writer of a route answering a String'
        def specific = deferring.createSpecific(Argument.of(String) as Argument<Object>)

        then: 'nothing is made yet'
        made.isEmpty()
        !specific.made()

        when: 'the route answers twice'
        def first = new ByteArrayOutputStream()
        def second = new ByteArrayOutputStream()
        specific.writeTo(Argument.of(String) as Argument<Object>, MediaType.APPLICATION_JSON_TYPE, 'one', null, first)
        specific.writeTo(Argument.of(String) as Argument<Object>, MediaType.APPLICATION_JSON_TYPE, 'two', null, second)

        then: 'the specific writer was made once, for the route type, and wrote both answers'
        made == ['java.lang.String']
        specific.made()
        first.toString('UTF-8') == 'java.lang.String:one'
        second.toString('UTF-8') == 'java.lang.String:two'

        and: 'the writer found, asked directly, writes as itself'
        def direct = new ByteArrayOutputStream()
        deferring.writeTo(Argument.of(String) as Argument<Object>, MediaType.APPLICATION_JSON_TYPE, 'three', null, direct)
        direct.toString('UTF-8') == 'any:three'
    }

    /** A JSON writer that can be customised: the customised one writes as "custom". */
    static class CustomizableRecording extends Recording implements CustomizableJsonHandler {
        CustomizableRecording(String madeFor, List<String> made) {
            super(madeFor, made)
        }

        @Override
        CustomizableJsonHandler customize(JsonFeatures features) {
            new CustomizableRecording('custom', made)
        }
    }

    def "a writer that can be customised stays so when deferred, and the customised one is the writer's own, deferred too"() {
        given:
        List<String> made = []

        expect: 'a plain writer is not made customisable'
        !(DeferredRouteWriters.Registry.deferring(new Recording('any', made)) instanceof CustomizableJsonHandler)

        when: 'an HTTP client with JSON features of its own customises a JSON writer the registry found'
        def found = DeferredRouteWriters.Registry.deferring(new CustomizableRecording('any', made))
        def customised = (found as CustomizableJsonHandler).customize(null) as MessageBodyWriter<Object>
        def specific = customised.createSpecific(Argument.of(String) as Argument<Object>)

        then: 'its specific writers are deferred as well'
        found instanceof CustomizableJsonHandler
        made.isEmpty()

        when:
        def out = new ByteArrayOutputStream()
        specific.writeTo(Argument.of(String) as Argument<Object>, MediaType.APPLICATION_JSON_TYPE, 'four', null, out)

        then: "and what it writes is the customised writer's specific one"
        made == ['java.lang.String']
        out.toString('UTF-8') == 'java.lang.String:four'
        (customised as DeferredRouteWriters.Deferring).target() instanceof CustomizableRecording
        ((customised as DeferredRouteWriters.Deferring).target() as CustomizableRecording).madeFor == 'custom'
    }

    def "the application's registry defers, and a route's writer is made when it first answers, with the same JSON"() {
        expect: 'the registry every route was built with is the deferring one'
        registry instanceof DeferredRouteWriters.Registry

        when:
        def route = router.find(HttpMethod.GET, ApiPaths.ME, null).findFirst().orElseThrow().routeInfo
        def writer = route.messageBodyWriter

        then: "the route's writer is a deferred one"
        writer instanceof DeferredRouteWriters.Specific

        when: 'the route answers'
        def answer = get(client, ApiPaths.ME, new DemoTokens(accessTokens).token('support@salford.demo'))

        then: 'its writer has been made, and the answer is the JSON of the declared type'
        answer.status == 200
        answer.contentType == 'application/json'
        answer.json.email == 'support@salford.demo'
        answer.json.partnership.slug == 'salford'
        (writer as DeferredRouteWriters.Specific).made()
    }
}
