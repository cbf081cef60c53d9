package uk.reviewhub.ui.actionplan

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.checkbox.Checkbox
import com.vaadin.flow.component.grid.Grid
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.IntegerField
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.api.actionplan.ActionView
import uk.reviewhub.api.actionplan.Rag
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.StatusLight

import java.nio.charset.StandardCharsets
import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.GridKt._findAll
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent
import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class CapViewSpec extends ViewSpec {

    def "actions of every review, with RAG in words; filters by status and overdue; CSV of the same"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def reviewed = api.commissioned(CaseApi.uniqueReference('CAP'))
        String red = "Late action ${UUID.randomUUID()}"
        String green = "Later action ${UUID.randomUUID()}"
        api.action(reviewed, red, CaseApi.weekdaysAgo(3))
        api.action(reviewed, green, LocalDate.now().plusMonths(6))
        signInAs('member@norfolk.demo')

        when:
        UI.current.navigate(CapView)
        def grid = _get(Grid)

        then:
        def rows = _findAll(grid)
        int redRow = rows.findIndexOf { it.description() == red }
        redRow >= 0 && rows.any { it.description() == green }
        def light = _getCellComponent(grid, redRow, 'rag') as StatusLight
        textOf(light).startsWith('Red')
        light.hasClassName('rh-light--red')

        when: 'only overdue'
        userEnters(_get(Checkbox) { it.withLabel('Only overdue') }, true)

        then:
        _findAll(grid).any { it.description() == red }
        _findAll(grid).every { it.overdue() }

        when: 'only green'
        userEnters(_get(Checkbox) { it.withLabel('Only overdue') }, false)
        userEnters(_get(Select) { it.withLabel('RAG status') } as Select<Rag>, Rag.GREEN)

        then:
        _findAll(grid).any { it.description() == green }
        _findAll(grid).every { it.rag() == Rag.GREEN }

        and: 'the CSV link carries no token, and the CSV is the filtered plan'
        def anchor = _get(Anchor) { it.withId('cap-csv') }
        !anchor.href.contains('token') && !anchor.href.contains('ey')
        String csv = new String(_get(CapView).csv(), StandardCharsets.UTF_8)
        csv.contains(green)
        !csv.contains(red)
    }

    def "a red filter arrives from the dashboard's link; a member records progress on their agency's action"() {
        given: "the demo member is with Norfolk Constabulary"
        def api = new CaseApi('chair@norfolk.demo')
        def reviewed = api.commissioned(CaseApi.uniqueReference('CAP-P'))
        String red = "Progress action ${UUID.randomUUID()}"
        api.action(reviewed, red, CaseApi.weekdaysAgo(3), 'Norfolk Constabulary')
        signInAs('member@norfolk.demo')

        when:
        UI.current.navigate(CapView, QueryParameters.of('status', 'RED'))
        def grid = _get(Grid)

        then:
        _get(Select) { it.withLabel('RAG status') }.value == Rag.RED
        _findAll(grid).every { it.rag() == Rag.RED }

        when:
        grid.select(_findAll(grid).find { it.description() == red })
        userEnters(_get(IntegerField) { it.withLabel('Progress (per cent)') }, 40)
        _click(_get(Button) { it.withText('Save progress') })

        then: 'said where the form was, announced'
        def news = _get(com.vaadin.flow.component.html.Paragraph) { it.withId('action-saved') }
        news.text.startsWith('Progress saved on the action of case ')
        news.element.getAttribute('role') == 'status'
        userEnters(_get(Select) { it.withLabel('RAG status') } as Select<Rag>, null)
        _findAll(grid).find { it.description() == red }.progressPercent() == 40
    }

    def "a member is offered no progress form on another agency's action, and is told who records it"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def reviewed = api.commissioned(CaseApi.uniqueReference('CAP-N'))
        String text = "Not theirs ${UUID.randomUUID()}"
        def other = api.agencies().find { it.name() != 'Norfolk Constabulary' }
        api.action(reviewed, text, LocalDate.now().plusMonths(6), other.name())
        signInAs('member@norfolk.demo')
        UI.current.navigate(CapView)
        def grid = _get(Grid)

        when:
        grid.select(_findAll(grid).find { it.description() == text })

        then:
        _findAll(grid).find { it.description() == text }.mayReport() == false
        com.github.mvysny.kaributesting.v10.LocatorJ._find(Button) { it.withText('Save progress') }.isEmpty()
        textOf(_get(CapView)).contains("Progress on this action is recorded by ${other.name()}")
    }

    def "a chair sets the RAG status by hand with a reason; the grid shows it in words"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def reviewed = api.commissioned(CaseApi.uniqueReference('CAP-O'))
        String text = "Override action ${UUID.randomUUID()}"
        api.action(reviewed, text, LocalDate.now().plusMonths(6))
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CapView)
        def grid = _get(Grid)

        when: 'no reason is given'
        grid.select(_findAll(grid).find { it.description() == text })
        userEnters(_get(Select) { it.withLabel('RAG status set by hand') } as Select<Rag>, Rag.AMBER)
        _click(_get(Button) { it.withText('Save RAG status') })

        then:
        textOf(_get(CapView)).contains('Check the fields marked')

        when:
        userEnters(_get(com.vaadin.flow.component.textfield.TextArea) { it.withLabel('Reason for setting it by hand') },
                'Partner agency restructure')
        _click(_get(Button) { it.withText('Save RAG status') })

        then:
        _get(com.vaadin.flow.component.html.Paragraph) { it.withId('action-saved') }.text.startsWith('RAG status saved')
        def rows = _findAll(grid)
        int row = rows.findIndexOf { it.description() == text }
        rows[row].rag() == Rag.AMBER
        textOf(_getCellComponent(grid, row, 'rag')).contains('set by hand: Partner agency restructure')
    }
}
