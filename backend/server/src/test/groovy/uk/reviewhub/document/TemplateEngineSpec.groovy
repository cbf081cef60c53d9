package uk.reviewhub.document

import spock.lang.Specification
import uk.reviewhub.api.document.TemplateKind
import uk.reviewhub.document.domain.DefaultTemplates
import uk.reviewhub.document.domain.SampleData
import uk.reviewhub.document.domain.TemplateEngine
import uk.reviewhub.document.domain.TemplateProblem

/** Logic-less templates that can read only the data they are given, and say where they are broken. */
class TemplateEngineSpec extends Specification {

    TemplateEngine engine = new TemplateEngine()

    /** A bean with a getter and a method: templates must reach neither. */
    static class Secretive {
        static int calls = 0
        String getSecret() { calls++; 'the-secret' }
        String toString() { 'a secretive object' }
        String wipe() { calls++; 'wiped' }
    }

    def "values, nested maps and lists are rendered, and values are HTML-escaped"() {
        when:
        def html = engine.renderHtml('<h1>{{group.name}}</h1><ul>{{#items}}<li>{{number}}. {{title}}</li>{{/items}}</ul>',
                [group: [name: 'Case Review & Audit'], items: [[number: 1, title: '<script>alert(1)</script>'], [number: 2, title: 'Child A']]])

        then:
        html == '<h1>Case Review &amp; Audit</h1><ul><li>1. &lt;script&gt;alert(1)&lt;/script&gt;</li><li>2. Child A</li></ul>'
    }

    def "a template looking up #lookup on a bean, a class or a list reaches nothing: it renders '#expected'"() {
        given:
        Secretive.calls = 0
        def data = [bean: new Secretive(), file: new File('/etc/passwd'), list: ['a'], text: 'plain']

        when:
        def html = engine.renderHtml(template, data)

        then:
        html == expected
        Secretive.calls == 0

        where:
        lookup                  | template                                               || expected
        'a getter'              | '{{bean.secret}}'                                      || ''
        'a method'              | '{{bean.wipe}}'                                        || ''
        'getClass'              | '{{bean.class}}{{bean.class.name}}'                    || ''
        'a class section'       | '{{#bean.class}}x{{classLoader}}{{/bean.class}}'       || ''
        'a top-level class'     | '{{#class}}{{name}}{{/class}}{{class.classLoader}}'    || ''
        'a file\'s path'        | '{{file.path}}{{file.absolutePath}}{{#file.delete}}x{{/file.delete}}' || ''
        'a list\'s size'        | '{{list.size}}{{list.class}}'                          || ''
        'a string\'s methods'   | '{{text.length}}{{text.bytes}}{{text.empty}}'           || ''
        'the object itself'     | '{{bean}}'                                             || 'a secretive object'
        'a list item by index'  | '{{list.0}}'                                           || 'a'
    }

    def "the file still exists after a template 'called' delete on it"() {
        given:
        def file = File.createTempFile('template', '.txt')

        when:
        engine.renderHtml('{{#file.delete}}gone{{/file.delete}}{{file.delete}}', [file: file])

        then:
        file.exists()

        cleanup:
        file.delete()
    }

    def "#what is refused with a readable problem on line #line"() {
        when:
        engine.check(template, [name: 'x', items: [[title: 't']]])

        then:
        TemplateProblem problem = thrown()
        problem.message.contains(message)
        problem.line() == line
        !problem.message.contains('com.samskivert')

        where:
        what                         | template                                           || line | message
        'an unclosed section'        | '<p>{{name}}</p>\n{{#items}}<li>{{title}}</li>'     || 2    | 'Section missing close tag'
        'a close tag with no opener' | '<p>\n{{name}}\n{{/items}}'                         || 3    | "Section close tag with no open tag 'items'"
        'an unknown field'           | '<p>{{name}}</p>\n<p>{{nmae}}</p>'                  || 2    | "'nmae' is not a field"
        'an unknown section'         | '<p>{{name}}</p>\n{{#class}}{{name}}{{/class}}'     || 2    | "'class' is not a field"
        'a partial'                  | '<p>{{name}}</p>\n{{> header}}'                     || 2    | 'Partials are not allowed'
        'a triple mustache'          | '<p>\n  {{{name}}}</p>'                              || 2    | 'unescaped values'
        'an ampersand value'         | '<p>{{& name}}</p>'                                 || 1    | 'unescaped values'
    }

    def "an unescaped value's column is given too"() {
        when:
        engine.check('<p>\n  {{{name}}}</p>', [name: 'x'])

        then:
        TemplateProblem problem = thrown()
        problem.column() == 3
        problem.message.startsWith('Line 2, column 3:')
    }

    def "every built-in template renders against its kind's sample data"() {
        expect:
        engine.check(DefaultTemplates.of(kind), SampleData.of(kind)).contains(word)

        where:
        kind                                  || word
        TemplateKind.AGENDA                   || 'Rapid review: Child A'
        TemplateKind.MINUTES                  || 'Decision:'
        TemplateKind.APOLOGY_FOLLOW_UP_LETTER || '06/03/2025'
        TemplateKind.TERMS_OF_REFERENCE       || 'Members from at least 4 agencies'
    }

    def "plain-text rendering (notices) does not escape, and a missing value renders as nothing"() {
        expect:
        engine.renderText('{{group.name}}: {{missing}}items due', [group: [name: 'Case Review & Audit']]) == 'Case Review & Audit: items due'
    }
}
