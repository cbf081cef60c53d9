package uk.reviewhub.document

import groovy.sql.Sql
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.pack.PackSource
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec

import java.sql.Connection

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post
import static uk.reviewhub.testing.ApiCalls.send

/**
 * Partnership admins read, preview and edit their templates over HTTP. Edits are made as
 * Southampton (whose pack has no templates of its own) so Salford's pack templates stay as shipped
 * for the other specs.
 */
class TemplatesApiSpec extends IntegrationSpec {

    /** Kinds no shipped pack gives a template of its own: the built-in one serves until an admin edits it. */
    static final List<String> BUILT_IN_ONLY = ['PERFORMANCE_REPORT', 'CP_DECISION_LETTER', 'CP_FULL_RECORD', 'SCRUTINY_REPORT',
                                               'SCRUTINY_ANNUAL_SUMMARY']

    @Inject
    AccessTokens accessTokens

    @Inject
    PackLoader packLoader

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    DemoTokens demo

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
    }

    def "Salford's admin sees Salford's own templates from its pack, the apology follow-up letter among them"() {
        when:
        def answer = get(client, '/api/templates', demo.token('admin@salford.demo'))

        then:
        answer.status == 200
        answer.json*.kind == ['AGENDA', 'MINUTES', 'APOLOGY_FOLLOW_UP_LETTER', 'TERMS_OF_REFERENCE', 'PERFORMANCE_REPORT',
                              'CP_DECISION_LETTER', 'CP_FULL_RECORD', 'SCRUTINY_REPORT', 'SCRUTINY_ANNUAL_SUMMARY']
        answer.json.findAll { !(it.kind in BUILT_IN_ONLY) }.every { it.source == 'PACK' && it.version >= 1 }
        answer.json.findAll { it.kind in BUILT_IN_ONLY }.every { it.source == 'BUILT_IN' }
        answer.json.find { it.kind == 'APOLOGY_FOLLOW_UP_LETTER' }.body.contains('second consecutive meeting')
    }

    def "a partnership without templates in its pack has the built-in ones, at version 0"() {
        when:
        def answer = get(client, '/api/templates/MINUTES', demo.token('admin@norfolk.demo'))

        then:
        answer.status == 200
        answer.json.version == 0
        answer.json.source == 'BUILT_IN'
        answer.json.body.contains('{{#items}}')
    }

    def "loading the packs again adds no template versions"() {
        given:
        int before = templateRows('salford')

        when:
        packLoader.load(PackSource.classpath())

        then:
        templateRows('salford') == before
        before == 4
    }

    def "an admin saves a new version quoting the version read; a stale version is refused with 409 and changes nothing"() {
        given:
        String admin = demo.token('admin@southampton.demo')
        int read = get(client, '/api/templates/AGENDA', admin).json.version

        when:
        def saved = put('AGENDA', [version: read, body: '<h1>{{group.name}}</h1><p>Agenda v' + (read + 1) + '</p>'], admin)

        then:
        saved.status == 200
        saved.json.version == read + 1
        saved.json.source == 'EDIT'
        get(client, '/api/templates/AGENDA', admin).json.body.contains("Agenda v${read + 1}")

        when: 'someone still holding the version read saves'
        def stale = put('AGENDA', [version: read, body: '<p>Mine</p>'], admin)

        then:
        stale.status == 409
        stale.contentType.startsWith('application/problem+json')
        stale.json.detail.contains('changed by someone else')
        get(client, '/api/templates/AGENDA', admin).json.version == read + 1
    }

    def "#what is refused with a readable 400 and the last good version stays current"() {
        given:
        String admin = demo.token('admin@southampton.demo')
        def before = get(client, '/api/templates/MINUTES', admin).json

        when:
        def answer = put('MINUTES', [version: before.version, body: body], admin)

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
        answer.json.detail.contains(detail)
        !answer.body.contains('samskivert')
        get(client, '/api/templates/MINUTES', admin).json.subMap('version', 'body') == before.subMap('version', 'body')

        where:
        what                       | body                                                        || detail
        'a template that does not compile' | '<h1>{{group.name}}</h1>\n{{#items}}\n<p>{{title}}</p>' || 'Line 2: Section missing close tag'
        'a field the data lacks'   | '<h1>{{group.name}}</h1>\n<p>{{meeting.venue}}</p>'         || "Line 2: 'meeting.venue' is not a field"
        'a class lookup'           | '<p>{{#class}}{{name}}{{/class}}</p>'                       || "'class' is not a field"
        'a partial'                | '<p>{{> letterhead}}</p>'                                   || 'Partials are not allowed'
        'an unescaped value'       | '<p>{{{group.name}}}</p>'                                   || 'Line 1, column 4: unescaped values'
    }

    def "the versions of a kind are listed newest first, ending with the built-in default"() {
        given:
        String admin = demo.token('admin@southampton.demo')
        int read = get(client, '/api/templates/PERFORMANCE_REPORT', admin).json.version
        put('PERFORMANCE_REPORT', [version: read, body: '<h1>{{group.name}} report v' + (read + 1) + '</h1>'], admin)

        when:
        def answer = get(client, '/api/templates/PERFORMANCE_REPORT/versions', admin)

        then:
        answer.status == 200
        answer.json*.version == ((read + 1)..0).toList()
        answer.json.first().source == 'EDIT'
        answer.json.first().body.contains("report v${read + 1}")
        answer.json.last().source == 'BUILT_IN'
        answer.json.last().body.contains('{{#measures}}')
        get(client, '/api/templates/PERFORMANCE_REPORT/versions', demo.token('chair@southampton.demo')).status == 403
    }

    def "a preview renders the text against sample data and saves nothing"() {
        given:
        String admin = demo.token('admin@southampton.demo')
        int version = get(client, '/api/templates/APOLOGY_FOLLOW_UP_LETTER', admin).json.version

        when:
        def answer = post(client, '/api/templates/APOLOGY_FOLLOW_UP_LETTER/preview',
                [body: '<p>Dear {{recipient.positionTitle}}</p><ul>{{#missedMeetings}}<li>{{date}}</li>{{/missedMeetings}}</ul><img src="http://x.example/a.png">'], admin)

        then:
        answer.status == 200
        answer.json.html == '<p>Dear Named Nurse Safeguarding</p><ul><li>23/01/2025</li><li>06/03/2025</li></ul>'
        get(client, '/api/templates/APOLOGY_FOLLOW_UP_LETTER', admin).json.version == version

        when:
        def broken = post(client, '/api/templates/APOLOGY_FOLLOW_UP_LETTER/preview', [body: '{{/recipient}}'], admin)

        then:
        broken.status == 400
        broken.json.detail.startsWith('Line 1')
    }

    def "the sample data lists the fields a template may use"() {
        when:
        def answer = get(client, '/api/templates/TERMS_OF_REFERENCE/sample', demo.token('admin@southampton.demo'))

        then:
        answer.status == 200
        answer.json.termsOfReference.quorum.description
        answer.json.members*.positionTitle.size() == 3
    }

    def "one partnership's edits are not another's"() {
        given:
        String southampton = demo.token('admin@southampton.demo')
        int read = get(client, '/api/templates/TERMS_OF_REFERENCE', southampton).json.version
        put('TERMS_OF_REFERENCE', [version: read, body: '<h1>Southampton only {{group.name}}</h1>'], southampton)

        expect:
        !get(client, '/api/templates/TERMS_OF_REFERENCE', demo.token('admin@norfolk.demo')).json.body.contains('Southampton only')
        !get(client, '/api/templates/TERMS_OF_REFERENCE', demo.token('admin@salford.demo')).json.body.contains('Southampton only')
    }

    def "only partnership admins reach templates: #who gets #status"() {
        expect:
        get(client, '/api/templates', who ? demo.token(who) : null).status == status

        where:
        who                             || status
        null                            || 401
        'member@salford.demo'           || 403
        'chair@salford.demo'            || 403
        'platform-admin@reviewhub.demo' || 403
        'admin@salford.demo'            || 200
    }

    def "bad input is a problem: #what"() {
        when:
        String admin = demo.token('admin@salford.demo')
        def answer = body == null ? get(client, "/api/templates/$kind".toString(), admin) : put(kind, body, admin)

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')

        where:
        what                 | kind         | body
        'an unknown kind'    | 'NEWSLETTER' | null
        'no body text'       | 'AGENDA'     | [version: 1]
        'a negative version' | 'AGENDA'     | [version: -1, body: '<p/>']
    }

    private def put(String kind, Map body, String bearer) {
        send(client, HttpRequest.PUT("/api/templates/$kind".toString(), body), bearer)
    }

    private static int templateRows(String slug) {
        postgres.ownerConnection().withCloseable { Connection c ->
            new Sql(c).firstRow('''select count(*) as n from document_template t join partnership p on p.tenant_id = t.tenant_id
                                    where p.slug = ?''', [slug]).n as int
        }
    }
}
