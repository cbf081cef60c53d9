package uk.reviewhub.ui.document

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.details.Details
import com.vaadin.flow.component.html.IFrame
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.api.document.TemplateKind
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** Southampton's admin edits the performance report template: preview in a sandbox, save, a broken one refused. */
class TemplatesViewSpec extends ViewSpec {

    static TemplateClient templates() {
        TestSystem.instance.uiContext.getBean(TemplateClient)
    }

    def "every kind the backend knows is listed with its version; the chosen one is edited, previewed safely and saved"() {
        given:
        signInAs('admin@southampton.demo')
        int before = templates().current(TemplateKind.PERFORMANCE_REPORT).version()

        when:
        UI.current.navigate(TemplatesView, QueryParameters.of('kind', 'PERFORMANCE_REPORT'))

        then: 'the kinds come from the API'
        def kinds = textOf(_find(NativeTable).first())
        templates().all().every { kinds.contains(TemplatesView.label(it.kind())) }
        kinds.contains('Performance report')
        _get(Paragraph) { it.withId('template-current-version') }.text.startsWith("Current version: $before ")

        and: 'the fields the template may use are listed as it writes them'
        def fields = textOf(_get(Details) { it.withId('template-fields') })
        fields.contains('{{group.name}}, e.g. "Case Review and Audit sub-group"')
        fields.contains('{{#measures}} ... {{/measures}}: repeats for each item, which has:{{label}}')

        when: 'a text with a script in it is previewed'
        def text = _get(TextArea) { it.withId('template-text') }
        text.label == 'Template text for the performance report'
        userEnters(text, '<h1>{{group.name}}</h1><script>alert(1)</script>\n<ul>{{#measures}}<li>{{label}}: {{status}}</li>{{/measures}}</ul>')
        _click(_get(Button) { it.withText('Preview') })
        def frame = _get(IFrame) { it.withId('template-preview') }
        String srcdoc = frame.element.getAttribute('srcdoc')

        then: 'the sample data is rendered, without the script, in a frame that may run nothing'
        srcdoc.contains('Case Review and Audit sub-group')
        srcdoc.contains('Planned meetings take place: Amber: just below the target')
        !srcdoc.contains('<script')
        frame.element.getAttribute('sandbox') == ''
        frame.element.getAttribute('title')

        when: 'it is saved'
        _click(_get(Button) { it.withText('Save as a new version') })

        then: 'a new version, shown as current and at the top of the history'
        _get(Paragraph) { it.withId('template-saved') }.text == "Saved the performance report template as version ${before + 1}."
        _get(Paragraph) { it.withId('template-current-version') }.text.startsWith("Current version: ${before + 1} (edited by an admin")
        def history = _find(NativeTable).last()
        history.body.children.count() == before + 2
        textOf(history.body.children.findFirst().get()).startsWith("${before + 1}Edited by an admin")
        textOf(history.body.children.reduce { a, b -> b }.get()).startsWith('0Built in')
        textOf(_find(NativeTable).first()).contains("Performance report${before + 1}Edited by an admin")
        templates().current(TemplateKind.PERFORMANCE_REPORT).body().contains('{{#measures}}<li>')
    }

    def "a broken template is refused with its line, and the last good version stays current"() {
        given:
        signInAs('admin@southampton.demo')
        def good = templates().current(TemplateKind.PERFORMANCE_REPORT)
        UI.current.navigate(TemplatesView, QueryParameters.of('kind', 'PERFORMANCE_REPORT'))

        when:
        userEnters(_get(TextArea) { it.withId('template-text') }, '<h1>{{group.name}}</h1>\n{{#measures}}\n<p>{{label}}</p>')
        _click(_get(Button) { it.withText('Save as a new version') })

        then:
        def error = _get(Paragraph) { it.withId('template-errors') }
        error.text.startsWith('Not saved: Line ')
        error.text.endsWith("Version ${good.version()} is still the current one.")
        error.element.getAttribute('role') == 'alert'
        _get(Paragraph) { it.withId('template-current-version') }.text.startsWith("Current version: ${good.version()} ")
        templates().current(TemplateKind.PERFORMANCE_REPORT).version() == good.version()

        when: 'the preview of a field the data lacks'
        userEnters(_get(TextArea) { it.withId('template-text') }, '<p>{{group.name}}</p>\n<p>{{group.budget}}</p>')
        _click(_get(Button) { it.withText('Preview') })

        then: 'says which line, and shows no preview'
        _get(Paragraph) { it.withId('template-errors') }.text.contains("Line 2: 'group.budget' is not a field")
        _find(IFrame).isEmpty()
    }

    def "an earlier version can be put back in the editor"() {
        given:
        signInAs('admin@southampton.demo')
        UI.current.navigate(TemplatesView, QueryParameters.of('kind', 'AGENDA'))

        when:
        _click(_find(Button).find { it.element.getAttribute('aria-label') == 'Put in the editor: version 0' })

        then:
        _get(TextArea) { it.withId('template-text') }.value.contains('{{#items}}')
    }

    def "a chair has no templates: not in the menu, and the page says so"() {
        given:
        signInAs('chair@southampton.demo')

        when:
        UI.current.navigate(TemplatesView)

        then: 'the route itself is refused in words (issue 13 item 12), before the view asks the backend'
        currentView() instanceof uk.reviewhub.ui.shell.NotAllowedView
        _find(TextArea).isEmpty()
    }
}
