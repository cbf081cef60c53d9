package uk.reviewhub.ui.casereview

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.html.ListItem
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.router.RouterLink
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class CaseDashboardViewSpec extends ViewSpec {

    def "the dashboard counts what is due and lists overdue steps with links to their cases"() {
        given: 'a SIN whose rapid review is overdue, and a commissioned review with a red action'
        def api = new CaseApi('chair@norfolk.demo')
        String late = CaseApi.uniqueReference('DASH-LATE')
        def lateCase = api.sin(late, CaseApi.weekdaysAgo(30))
        def reviewed = api.commissioned(CaseApi.uniqueReference('DASH-REVIEW'))
        api.action(reviewed, 'Overdue action', CaseApi.weekdaysAgo(2))
        signInAs('support@norfolk.demo')

        when:
        UI.current.navigate(CaseDashboardView)

        then:
        def view = _get(CaseDashboardView)
        ['due-this-week', 'overdue', 'open-rapid-reviews', 'open-reviews', 'red-actions'].every {
            id -> _find(ListItem) { it.withId(id) }.size() == 1
        }
        number('overdue') >= 1
        number('open-rapid-reviews') >= 1
        number('open-reviews') >= 1
        number('red-actions') >= 1

        and:
        def overdue = _get(NativeTable) { it.withId('overdue-list') }
        def link = _find(overdue, RouterLink).find { it.text == late }
        link.href == "cases/${lateCase.id()}"
        textOf(overdue).contains('Overdue')
        textOf(view).contains('See red actions')
    }

    private static int number(String id) {
        textOf(_get(ListItem) { it.withId(id) }).find(/\d+/) as int
    }
}
