package uk.reviewhub.web

import groovy.json.JsonOutput
import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import org.yaml.snakeyaml.Yaml
import uk.reviewhub.access.RoleMatrixSpec
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.security.DenyByDefaultSpec
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec

/**
 * The API fuzz (issue 13, "checks that keep these found"): every operation of the generated OpenAPI
 * document, read from the running server, gets a catalogue of bad input, sent as a person the
 * role matrix ({@link RoleMatrixSpec#RULES}) allows to call it (the public operations without a
 * token), so the role check passes and the body and parameters are really read. Each request
 * carries a freshly issued token, so an operation that ends the caller's session (signing out)
 * does not turn the rest of the run into 401s; a 401 is therefore a failure. No answer may be a
 * 5xx, every 4xx is application/problem+json, and no answer speaks in a validator's or the
 * framework's words (none of {@link #VALIDATOR_WORDS}). A new endpoint is covered as soon as it
 * is in the document. The figures are printed.
 */
class ApiFuzzSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    static final String LONG = 'x' * 100_000

    /** Raw bodies, whatever the operation's schema. */
    static final Map<String, String> RAW = [
            'malformed JSON'       : '{"broken": ',
            'wrong type: an array' : '[1, 2, 3]',
            'wrong type: a number' : '42',
            'missing fields'       : '{}',
            'null body'            : 'null',
    ]

    /** Bodies built from the operation's schema with every leaf of one kind made bad. */
    static final Map<String, Closure<Object>> LEAVES = [
            'NUL in text'            : { String type, String format, Object valid -> type == 'string' && !format ? "a\u0000b" : valid },
            'control characters'     : { String type, String format, Object valid -> type == 'string' && !format ? "a\u0001\u001b\u007fb" : valid },
            'very long strings'      : { String type, String format, Object valid -> type == 'string' ? LONG : valid },
            'huge numbers'           : { String type, String format, Object valid -> type in ['integer', 'number'] ? new BigInteger('9' * 30) : valid },
            'negative numbers'       : { String type, String format, Object valid -> type in ['integer', 'number'] ? Integer.MIN_VALUE : valid },
            'zero'                   : { String type, String format, Object valid -> type in ['integer', 'number'] ? 0 : valid },
            'year 0'                 : { String type, String format, Object valid -> format == 'date' ? '0000-01-01' : format == 'date-time' ? '0000-01-01T00:00:00Z' : valid },
            'year 9999'              : { String type, String format, Object valid -> format == 'date' ? '9999-12-31' : format == 'date-time' ? '9999-12-31T23:59:59Z' : valid },
            'invalid UUIDs'          : { String type, String format, Object valid -> format == 'uuid' ? 'not-a-uuid' : valid },
            'wrong types inside'     : { String type, String format, Object valid -> type == 'string' ? 12345 : type in ['integer', 'number', 'boolean'] ? 'many' : valid },
            'null in lists'          : { String type, String format, Object valid -> valid },
    ]

    static final List<String> BAD_QUERY = ["a\u0000b", 'not-a-value', '9' * 30, '-1', '0000-01-01', '9999-12-31', LONG.substring(0, 5000)]

    /** Whom to call an operation as, first that the role matrix allows (the one with most rights first). */
    static final List<String> PREFERENCE = ['chair', 'support', 'admin', 'cpmanager', 'cpchair', 'cpsupport', 'national', 'platform', 'vice', 'member']

    Map doc
    Map<Integer, Integer> statuses = new TreeMap<>()
    Map<String, Integer> callers = new TreeMap<>()
    Map<String, Map<Integer, Integer>> byInput = new LinkedHashMap<>()
    List<String> failures = []
    int requests
    UUID tenant
    Map<String, UUID> people = [:]

    /** One person of each kind of the role matrix (but the one whose role ended), in a partnership of the spec's own. */
    private void people() {
        tenant = TestUsers.partnership("fuzz-${UUID.randomUUID().toString().substring(0, 8)}")
        RoleMatrixSpec.PEOPLE.findAll { it.key != 'ended' }.each { who, role ->
            boolean platform = role in ['NATIONAL_VIEWER', 'PLATFORM_ADMIN']
            UUID user = TestUsers.user(name: "Fuzz $who", platformRoles: platform ? [role] : [])
            if (!platform) {
                TestUsers.member(user, tenant, [role])
            }
            people[who] = user
        }
    }

    /** A new token for {@code who} (null: no token), so no request depends on what an earlier one did to the session. */
    private String token(String who) {
        if (who == null) {
            return null
        }
        String role = RoleMatrixSpec.PEOPLE[who]
        boolean platform = role in ['NATIONAL_VIEWER', 'PLATFORM_ADMIN']
        accessTokens.issue(people[who], platform ? null : tenant, [role], "Fuzz $who", "${who}@example.org").token()
    }

    /** The person to call {@code method path} as: null for a public operation, else the first kind the matrix allows. */
    private static String caller(String method, String path) {
        if ("$method $path".toString() in DenyByDefaultSpec.PUBLIC) {
            return null
        }
        List<String> rule = RoleMatrixSpec.RULES.find { it[0] == method && it[1] == path }
        if (rule == null) {
            return 'no rule'
        }
        Set<String> allowed = rule[2].split(' ') as Set
        'anyone' in allowed ? PREFERENCE.first() : PREFERENCE.find { it in allowed }
    }

    def "every operation answers bad input with a 4xx problem, never a 5xx"() {
        given:
        doc = new Yaml().load(ApiCalls.get(client, '/openapi/reviewhub.yml').body) as Map
        people()
        List<Map> operations = []
        (doc.paths as Map<String, Map>).each { String path, Map item ->
            item.each { String method, Object op ->
                if (method in ['get', 'post', 'put', 'delete', 'patch']) {
                    operations << [path: path, method: method.toUpperCase(), op: op as Map, params: ((item.parameters ?: []) + ((op as Map).parameters ?: [])) as List<Map>]
                }
            }
        }
        long started = System.nanoTime()

        when:
        operations.each { Map o ->
            String role = caller(o.method as String, o.path as String)
            if (role == 'no rule') {
                failures << "${o.method} ${o.path}: not in the role matrix, so nobody to call it as"
                return
            }
            callers.merge(role ?: 'nobody (public)', 1, Integer::sum)
            Map schema = jsonSchema(o.op as Map)
            if (schema != null) {
                RAW.each { name, raw -> fire(o, role, name, path(o, false), raw) }
                LEAVES.each { name, leaf ->
                    def body = sample(schema, leaf, name == 'null in lists', 0)
                    fire(o, role, name, path(o, false), JsonOutput.toJson(body))
                }
            }
            if ((o.params as List<Map>).any { it['in'] == 'path' && it.schema?.format == 'uuid' }) {
                fire(o, role, 'invalid UUID in the path', path(o, true), schema == null ? null : JsonOutput.toJson(sample(schema, { t, f, v -> v }, false, 0)))
            }
            List<Map> query = (o.params as List<Map>).findAll { it['in'] == 'query' }
            if (query) {
                BAD_QUERY.eachWithIndex { String bad, int i ->
                    String q = query.collect { it.name + '=' + URLEncoder.encode(bad, 'UTF-8') }.join('&')
                    fire(o, role, "bad query value ${i + 1}", path(o, false) + '?' + q,
                            schema == null ? null : JsonOutput.toJson(sample(schema, { t, f, v -> v }, false, 0)))
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9
        println "API fuzz: ${operations.size()} operations, each as one person the role matrix allows ${callers}, " +
                "× ${RAW.size() + LEAVES.size()} body inputs (+ ${BAD_QUERY.size()} query inputs, + an invalid path UUID) = " +
                "$requests requests in ${String.format('%.1f', seconds)} s; statuses ${statuses}; failures ${failures.size()}"
        byInput.each { input, counts -> println "  ${input.padRight(26)} ${counts}" }
        failures.each { println "  $it" }

        then:
        operations.size() > 100
        requests > 1000
        failures.isEmpty()
    }

    private void fire(Map o, String role, String input, String path, String body) {
        String token = token(role)
        def request = HttpRequest.create(HttpMethod.parse(o.method as String), path)
        if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE)
        }
        ApiCalls.Answer answer
        try {
            answer = ApiCalls.send(client, request, token)
        } catch (Exception e) {
            failures << "${o.method} ${o.path} [$role] $input: the client failed: ${e.class.simpleName}: ${e.message?.take(200)}"
            return
        }
        requests++
        statuses.merge(answer.status, 1, Integer::sum)
        byInput.computeIfAbsent(input.replaceFirst(/^bad query value \d+$/, 'bad query values'), { new TreeMap<Integer, Integer>() }).merge(answer.status, 1, Integer::sum)
        String contentType = answer.contentType ?: ''
        if (answer.status >= 500) {
            failures << "${o.method} ${o.path} [$role] $input: ${answer.status} ${answer.body?.take(300)}"
        } else if (answer.status == 401 && role != null) {
            failures << "${o.method} ${o.path} [$role] $input: 401 for a person the role matrix allows: ${answer.body?.take(300)}"
        } else if (answer.status >= 400 && !contentType.startsWith('application/problem+json')) {
            failures << "${o.method} ${o.path} [$role] $input: ${answer.status} as ${answer.contentType}"
        } else if (contentType.contains('json') || contentType.startsWith('text/')) {
            String words = validatorWords(answer.body ?: '')
            if (words) {
                failures << "${o.method} ${o.path} [$role] $input: ${answer.status} speaks as a validator ('$words'): ${answer.body?.take(300)}"
            }
        }
    }

    /**
     * Words for people, not validators (issue 13, item 14): a problem's text never carries a bean validator's,
     * a JSON parser's or the framework's own wording, nor a class name.
     */
    static final List<String> VALIDATOR_WORDS = ['size must be between', 'must not be null', 'must not be empty', 'must be greater than',
            'must be less than', 'must match "', 'Failed to convert', 'Required argument', 'Required Body', 'Unexpected character',
            'Unexpected token', 'Cannot deserialize', 'JsonParseException', 'JsonMappingException', 'Unrecognized field', 'java.',
            'javax.', 'jakarta.', 'io.micronaut', 'NullPointerException', 'Exception:', 'year is the calendar year', 'is not a valid',
            'Internal Server Error', ' found, ', '$.', 'is not supported', 'RRULE)', 'has no FREQ']

    static String validatorWords(String body) {
        VALIDATOR_WORDS.find { body.toLowerCase(Locale.ROOT).contains(it.toLowerCase(Locale.ROOT)) }
    }

    private static String path(Map o, boolean invalidUuid) {
        String p = o.path as String
        (o.params as List<Map>).findAll { it['in'] == 'path' }.each { Map param ->
            Map s = param.schema as Map ?: [:]
            String value = s.format == 'uuid' ? (invalidUuid ? 'not-a-uuid' : UUID.randomUUID().toString())
                    : s['enum'] ? (s['enum'] as List).first() : 'x'
            p = p.replace('{' + param.name + '}', value as String)
        }
        p
    }

    private Map jsonSchema(Map op) {
        Map content = (op.requestBody as Map)?.content as Map
        Map json = content?.get('application/json') as Map
        json == null ? null : (json.schema as Map ?: [:])
    }

    private Map resolve(Map schema) {
        if (schema?.'$ref') {
            String name = (schema.'$ref' as String).tokenize('/').last()
            return resolve(doc.components.schemas[name] as Map)
        }
        if (schema?.allOf) {
            return resolve((schema.allOf as List<Map>).first())
        }
        if (schema?.oneOf || schema?.anyOf) {
            return resolve(((schema.oneOf ?: schema.anyOf) as List<Map>).first())
        }
        schema ?: [:]
    }

    /** A value for {@code schema}: a plausible one at every leaf, passed through {@code leaf} to make it bad. */
    private Object sample(Map raw, Closure<Object> leaf, boolean nullsInLists, int depth) {
        Map s = resolve(raw)
        String type = s.type ?: (s.properties ? 'object' : null)
        if (depth > 5) {
            return null
        }
        switch (type) {
            case 'object':
                Map out = [:]
                (s.properties as Map<String, Map>)?.each { String name, Map p -> out[name] = sample(p, leaf, nullsInLists, depth + 1) }
                return out
            case 'array':
                def item = sample(s.items as Map, leaf, nullsInLists, depth + 1)
                return nullsInLists ? [item, null] : [item]
            default:
                return leaf.call(type, s.format as String, valid(type, s))
        }
    }

    private static Object valid(String type, Map s) {
        if (s['enum']) {
            return (s['enum'] as List).first()
        }
        switch (s.format) {
            case 'uuid': return UUID.randomUUID().toString()
            case 'date': return '2026-01-15'
            case 'date-time': return '2026-01-15T10:00:00Z'
            case 'partial-time': return '10:00'
            case 'email': return 'someone@example.org'
        }
        switch (type) {
            case 'integer': return 1
            case 'number': return 1.5
            case 'boolean': return true
            case 'string': return 'Some text'
            default: return null
        }
    }
}
