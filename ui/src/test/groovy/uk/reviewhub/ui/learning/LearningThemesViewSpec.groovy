package uk.reviewhub.ui.learning

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.combobox.ComboBox
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.NativeTableRow
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.learning.LearningThemeView
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec

import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** The Learning themes view: the financial-year summary, and the taxonomy for admins and chairs. */
class LearningThemesViewSpec extends ViewSpec {

    def "the summary counts the cases and reviews of a theme in the chosen financial year"() {
        given: 'a theme on two cases in 2025-26 and on a case and its review in the current year'
        def api = new CaseApi('chair@norfolk.demo')
        def theme = api.theme('Summary test ' + CaseApi.uniqueReference('S'))
        def june = api.sin(CaseApi.uniqueReference('SUM-JUN'), LocalDate.of(2025, 6, 2))
        def march = api.sin(CaseApi.uniqueReference('SUM-MAR'), LocalDate.of(2026, 3, 31))
        def april = api.sin(CaseApi.uniqueReference('SUM-APR'), LocalDate.of(2024, 4, 1))
        def reviewed = api.commissioned(CaseApi.uniqueReference('SUM-REV'))
        [june, march, april, reviewed].each { api.attachTheme(it.id(), theme.id()) }
        api.attachReviewTheme(reviewed.id(), theme.id())
        int current = FinancialYear.containing(reviewed.review().commissionedOn()).startYear()
        signInAs('member@norfolk.demo')

        when:
        UI.current.navigate('learning-themes')

        then: 'the current year is shown first'
        row(theme.title()) == [theme.title(), current == 2025 ? '3' : '1', '1']
        textOf(_get(NativeTable) { it.withId('theme-summary') }).contains(new FinancialYear(current).label())
        textOf(_get(NativeTable) { it.withId('theme-summary') }).contains("(01/04/${current} to 31/03/${current + 1})")

        when: 'the user chooses 2025-26'
        userEnters(_get(Select) { it.withLabel('Financial year') } as Select<Integer>, 2025)

        then:
        textOf(_get(NativeTable) { it.withId('theme-summary') }).contains('2025-26')
        row(theme.title()) == [theme.title(), current == 2025 ? '3' : '2', current == 2025 ? '1' : '0']

        and: 'a member manages no themes'
        _find(NativeTable) { it.withId('theme-taxonomy') }.isEmpty()
        _find(Button) { it.withText('Add the theme') }.isEmpty()
    }

    def "a partnership admin adds a theme, renames it and retires it"() {
        given:
        String code = 'admin-' + UUID.randomUUID().toString().substring(0, 8)
        signInAs('admin@norfolk.demo')
        UI.current.navigate('learning-themes')

        expect: 'the admin sees the taxonomy but no case summary'
        _find(NativeTable) { it.withId('theme-summary') }.isEmpty()
        textOf(_get(NativeTable) { it.withId('theme-taxonomy') }).contains('National')

        when:
        userEnters(_get(TextField) { it.withLabel('Code') }, code)
        userEnters(_get(TextField) { it.withLabel('Title') }, 'Online harm ' + code)
        _click(_get(Button) { it.withText('Add the theme') })

        then:
        taxonomyRow('Online harm ' + code) == ['Online harm ' + code, code, 'Partnership', 'Active']

        when: 'it is renamed'
        userEnters(themeChooser(), themeChooser().listDataView.items.find { it.code() == code })
        userEnters(_get(TextField) { it.withLabel('New title') }, 'Online sexual harm ' + code)
        _click(_get(Button) { it.withText('Rename') })

        then: 'said under the table, announced'
        taxonomyRow('Online sexual harm ' + code) == ['Online sexual harm ' + code, code, 'Partnership', 'Active']
        _get(com.vaadin.flow.component.html.Paragraph) { it.withId('theme-news') }.text == "The theme is now called Online sexual harm ${code}.".toString()

        when: 'it is retired'
        userEnters(themeChooser(), themeChooser().listDataView.items.find { it.code() == code })
        _click(_get(Button) { it.withText('Retire') })

        then:
        taxonomyRow('Online sexual harm ' + code)[3] == 'Retired'
        !themeChooser().listDataView.items.any { it.code() == code }
    }

    def "a code already taken is refused in the backend's words"() {
        given:
        signInAs('chair@norfolk.demo')
        UI.current.navigate('learning-themes')

        when:
        userEnters(_get(TextField) { it.withLabel('Code') }, 'neglect')
        userEnters(_get(TextField) { it.withLabel('Title') }, 'Neglect again')
        _click(_get(Button) { it.withText('Add the theme') })

        then:
        textOf(currentView()).contains('already has a learning theme with the code "neglect"')
    }

    private static ComboBox<LearningThemeView> themeChooser() {
        _get(ComboBox) { it.withLabel('Theme') } as ComboBox<LearningThemeView>
    }

    private static List<String> row(String title) {
        rowOf('theme-summary', title)
    }

    private static List<String> taxonomyRow(String title) {
        rowOf('theme-taxonomy', title)
    }

    private static List<String> rowOf(String tableId, String title) {
        def table = _get(NativeTable) { it.withId(tableId) }
        def rows = _find(table, NativeTableRow).collect { r -> r.children.map { textOf(it) }.toList() }
        rows.find { it[0] == title }
    }
}
