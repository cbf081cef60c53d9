package uk.reviewhub.web

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.swagger.v3.parser.OpenAPIV3Parser
import io.swagger.v3.parser.core.models.ParseOptions
import jakarta.inject.Inject
import org.yaml.snakeyaml.Yaml
import uk.reviewhub.security.DenyByDefaultSpec
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

/**
 * The API's own description (issue 13, item 18), as served at {@code /openapi/reviewhub.yml}: an
 * independent parser (swagger-parser) finds nothing wrong in it, and a walk over every operation
 * fails on each kind of gap a linter's recommended rules report: no summary, a generic or duplicate
 * operation id, no 4xx answer, an error answer that is not problem+json, {@code nullable} without
 * a type, no servers. The browsable documentation needs no sign-in.
 */
class ApiDescriptionSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    /** Operation ids that say nothing of what they do (with or without a generator's {@code _1} suffix). */
    static final Set<String> GENERIC = ['get', 'list', 'all', 'create', 'update', 'add', 'change', 'delete', 'remove', 'end',
                                        'post', 'put', 'patch', 'find', 'show', 'index', 'read', 'save', 'history', 'versions'] as Set

    static final List<String> METHODS = ['get', 'put', 'post', 'delete', 'patch']

    String text() {
        def answer = ApiCalls.get(client, '/openapi/reviewhub.yml')
        assert answer.status == 200
        answer.body
    }

    Map document() {
        new Yaml().load(text()) as Map
    }

    static List<Map> operations(Map doc) {
        List<Map> out = []
        (doc.paths as Map<String, Map>).each { String path, Map item ->
            item.each { String method, Object op ->
                if (method in METHODS) {
                    out << [path: path, method: method.toUpperCase(), op: op as Map]
                }
            }
        }
        out
    }

    def "an independent OpenAPI parser finds nothing wrong in the document"() {
        given: 'the served document, left in target/openapi/ for other linters (infra/scripts/lint-openapi.sh)'
        String served = text()
        File copy = new File('target/openapi/reviewhub.yml')
        copy.parentFile.mkdirs()
        copy.text = served

        when:
        def result = new OpenAPIV3Parser().readContents(served, null, new ParseOptions(resolve: true))
        println "swagger-parser ${OpenAPIV3Parser.package.implementationVersion ?: ''}: ${result.messages.size()} messages"
        result.messages.each { println "  $it" }

        then:
        result.openAPI != null
        result.messages == []
    }

    def "every operation has a summary, a descriptive unique id and its problem answers"() {
        given:
        Map doc = document()
        List<Map> ops = operations(doc)
        Map components = doc.components as Map
        List<String> gaps = []

        when:
        ops.each { Map o ->
            Map op = o.op as Map
            String name = "${o.method} ${o.path}"
            if (!(op.summary as String)?.trim()) {
                gaps << "$name: no summary"
            }
            String id = op.operationId
            if (!id) {
                gaps << "$name: no operationId"
            } else if (id.replaceFirst(/_\d+$/, '') in GENERIC || id ==~ /.*_\d+$/ || !(id ==~ /[a-z]+([A-Z][a-z0-9]*)+/)) {
                gaps << "$name: generic operationId '$id'"
            }
            Map responses = op.responses as Map ?: [:]
            List<String> fourXX = responses.keySet().findAll { (it as String).startsWith('4') } as List<String>
            if (!fourXX) {
                gaps << "$name: documents no 4xx answer"
            }
            fourXX.each { String code ->
                Map answer = responses[code] as Map
                if (answer.'$ref') {
                    answer = components.responses[(answer.'$ref' as String).tokenize('/').last()] as Map
                }
                if (!(answer?.content as Map)?.containsKey('application/problem+json')) {
                    gaps << "$name: its $code answer is not application/problem+json"
                }
            }
            boolean isPublic = "${o.method} ${o.path}".toString() in DenyByDefaultSpec.PUBLIC
            if (isPublic != (op.security == [])) {
                gaps << "$name: ${isPublic ? 'public but asks for a token' : 'says it needs no token'}"
            }
            if (!isPublic && !responses.containsKey('401')) {
                gaps << "$name: secured but documents no 401"
            }
            if (o.path.contains('{') && !responses.containsKey('404')) {
                gaps << "$name: names a record in its path but documents no 404"
            }
            if ((op.requestBody || op.parameters) && !responses.containsKey('400')) {
                gaps << "$name: takes input but documents no 400"
            }
            if (o.path.startsWith('/api/') && responses['503']?.'$ref' != '#/components/responses/DatabaseUnavailable') {
                gaps << "$name: documents no 503 for the database out of reach"
            }
        }
        ops.countBy { it.op.operationId }.findAll { id, n -> n > 1 }.each { id, n -> gaps << "operationId '$id' is used $n times" }
        println "OpenAPI document: ${ops.size()} operations; gaps ${gaps.size()}"
        gaps.each { println "  $it" }

        then:
        ops.size() > 100
        gaps == []

        and: 'the 503 says how long to wait, as the answer does'
        (components.responses.DatabaseUnavailable.headers as Map).keySet() == ['Retry-After'] as Set
    }

    def "the document declares its servers, and every nullable schema has a type"() {
        given:
        Map doc = document()
        List<String> untyped = []
        walk(doc, '#') { String at, Map node ->
            if (node.nullable == true && !node.type) {
                untyped << at
            }
        }

        expect:
        (doc.servers as List)?.every { it.url }
        (doc.servers as List)?.size() >= 1
        untyped == []
    }

    def "operation ids read as a verb and the path's nouns"() {
        expect:
        ApiDescription.operationId(method, path) == id

        where:
        method   | path                                                   || id
        'get'    | '/api/cases'                                           || 'getCases'
        'get'    | '/api/cases/{caseId}/timeline'                         || 'getCaseTimeline'
        'post'   | '/api/cases'                                           || 'addCase'
        'put'    | '/api/actions/{actionId}/rag-override'                 || 'updateActionRagOverride'
        'post'   | '/api/meetings/{meetingId}/minutes/approve'            || 'approveMeetingMinutes'
        'get'    | '/api/meetings/{meetingId}/minutes.{format}'           || 'getMeetingMinutesDocument'
        'get'    | '/api/cap.csv'                                         || 'getCapCsv'
        'delete' | '/api/cases/{caseId}/themes/{themeId}'                 || 'deleteCaseTheme'
        'post'   | '/api/safeguarding/children/{childId}/allocations'     || 'allocateSafeguardingChild'
        'post'   | '/api/auth/sign-in'                                    || 'signInAuth'
        'get'    | '/api/groups/{groupId}/performance/{file}'             || 'getGroupPerformanceDocument'
    }

    def "the API documentation page is served without signing in, and holds no data"() {
        when:
        def page = ApiCalls.get(client, '/openapi/docs/index.html')
        def script = ApiCalls.get(client, '/openapi/docs/swagger-ui-bundle.js')
        def ours = ApiCalls.get(client, '/openapi/docs/reviewhub-docs.js')

        then: 'our page, over the Swagger UI of the webjar, pointing at the document'
        page.status == 200
        page.contentType.startsWith('text/html')
        page.body.contains('reviewhub-docs.js')
        page.body.contains('../reviewhub.yml')
        script.status == 200
        script.body.contains('SwaggerUIBundle')
        ours.status == 200

        and: 'as scripts, which a browser runs under nosniff'
        [script, ours].every { it.contentType ==~ /(application|text)\/javascript.*/ }

        and: 'nothing else is served from there'
        ApiCalls.get(client, '/openapi/docs/../../application.yml').status in [400, 401, 404]
        ApiCalls.get(client, '/openapi/docs/application.yml').status in [401, 404]
    }

    private static void walk(Object node, String at, Closure visit) {
        if (node instanceof Map) {
            visit(at, node as Map)
            (node as Map).each { k, v -> walk(v, "$at/$k", visit) }
        } else if (node instanceof List) {
            (node as List).eachWithIndex { v, i -> walk(v, "$at/$i", visit) }
        }
    }
}
