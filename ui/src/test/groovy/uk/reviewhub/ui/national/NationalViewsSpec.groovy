package uk.reviewhub.ui.national

import com.vaadin.flow.component.Html
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.textfield.IntegerField
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.component.html.Div
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.H1
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.sidenav.SideNavItem
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.NotAllowedView

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The national pages: the national viewer's landing and comparison, and each partnership's "How we
 * compare". Every value comes from the backend, already suppressed; the caveat is on every page.
 */
class NationalViewsSpec extends ViewSpec {

    static final String CAVEAT = "Neither a high nor a low count of notifications is on its own a measure of a partnership's performance"

    static List<String> cellTexts() {
        _find(NativeTable).collectMany { table -> table.body.children.toList().collectMany { row -> row.children.toList().drop(1)*.element*.textRecursively } }
    }

    def "the national viewer lands on England's figures: caveat, legend, charts with text alternatives, tables and downloads"() {
        when:
        signInAs('national@reviewhub.demo')

        then:
        currentView() instanceof NationalView
        _get(H1).text == 'National figures: England'
        _get(Paragraph) { it.withId('national-caveat') }.text.startsWith(CAVEAT)
        textOf(_get(NationalView)).contains('c = suppressed')
        ['regions', 'trend'].each { chart ->
            Html svg = _get(Div) { it.withId("national-chart-$chart".toString()) }.children.findFirst().get() as Html
            assert svg.innerHtml.contains('role="img"') && svg.innerHtml.contains('<desc id="chart-desc">')
            assert svg.innerHtml.contains('Notifications by')
        }
        _find(NativeTable).size() >= 9
        _get(Anchor) { it.withId('national-csv') }.text == 'Download as CSV'
        _get(Anchor) { it.withId('national-xlsx') }.text == 'Download as XLSX'

        and: 'no count from 1 to 5 anywhere in the tables'
        cellTexts().findAll { it ==~ /[1-5]/ } == []
    }

    def "the national viewer compares a partnership with England"() {
        given:
        signInAs('national@reviewhub.demo')

        when:
        UI.current.navigate(NationalComparisonView)
        Select<String> area = _get(Select) { it.withId('national-area') } as Select<String>
        area.value = 'salford'

        then:
        textOf(_get(NationalComparisonView)).contains('Salford Safeguarding Children Board')
        textOf(_get(NationalComparisonView)).contains(CAVEAT)
        cellTexts().findAll { it ==~ /[1-5]/ } == []
    }

    def "a partnership admin sees how the partnership compares, and that its figures feed the national view"() {
        when:
        signInAs('admin@salford.demo')
        UI.current.navigate(HowWeCompareView)

        then:
        _get(H1).text == 'How we compare'
        _get(Paragraph) { it.withId('national-sharing') }.text.contains('cannot be turned off')
        _get(Paragraph) { it.withId('national-caveat') }.text.startsWith(CAVEAT)
        textOf(_get(HowWeCompareView)).contains('(yours, not suppressed)')
        _find(SideNavItem)*.label.contains('How we compare')
        !_find(SideNavItem)*.label.contains('National figures')
    }

    def "a partnership admin sets what the partnership is compared with: a wrong year is marked at its field, then saved"() {
        given:
        signInAs('admin@salford.demo')
        UI.current.navigate(HowWeCompareView)

        when: 'a population estimate from a year before the series'
        _get(IntegerField) { it.withId('comparators-count') }.value = 61000
        _get(IntegerField) { it.withId('comparators-year') }.value = 1990
        _get(TextField) { it.withId('comparators-source') }.value = 'Test estimate'
        _get(TextField) { it.withId('comparators-neighbours') }.value = 'wigan, bolton'
        _get(Button) { it.withId('comparators-save') }.click()

        then: 'the backend refuses it at the year field'
        _get(IntegerField) { it.withId('comparators-year') }.invalid
        _get(IntegerField) { it.withId('comparators-year') }.errorMessage.contains('2001')

        when: 'no population, two neighbours'
        _get(IntegerField) { it.withId('comparators-count') }.clear()
        _get(IntegerField) { it.withId('comparators-year') }.clear()
        _get(TextField) { it.withId('comparators-source') }.clear()
        _get(Button) { it.withId('comparators-save') }.click()

        then:
        _get(Paragraph) { it.withId('comparators-summary') }.text.contains('Statistical neighbours: wigan, bolton.')
        _get(Paragraph) { it.withId('comparators-summary') }.text.contains('Region: North West')
        _get(Paragraph) { it.withId('comparators-feedback') }.text.startsWith('Comparators saved')
    }

    def "a member reads what the partnership is compared with but has no form to change it"() {
        when:
        signInAs('member@salford.demo')
        UI.current.navigate(HowWeCompareView)

        then:
        _get(Paragraph) { it.withId('comparators-summary') }.text.startsWith('Region: North West')
        _find(Button) { it.withId('comparators-save') }.isEmpty()
    }

    def "a member sees how we compare without the admins' sharing statement"() {
        when:
        signInAs('member@salford.demo')
        UI.current.navigate(HowWeCompareView)

        then:
        _get(H1).text == 'How we compare'
        _find(Paragraph) { it.withId('national-sharing') }.isEmpty()
    }

    def "a partnership's people are not let into the national pages (#route)"() {
        given:
        signInAs('chair@salford.demo')

        when:
        UI.current.navigate(route)

        then:
        currentView() instanceof NotAllowedView

        where:
        route << ['national', 'national/compare']
    }
}
