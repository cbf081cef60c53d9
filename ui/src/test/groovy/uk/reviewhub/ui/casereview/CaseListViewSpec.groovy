package uk.reviewhub.ui.casereview

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.checkbox.Checkbox
import com.vaadin.flow.component.grid.Grid
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.router.RouterLink
import uk.reviewhub.api.casereview.CaseSummary
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.StatusLight

import static com.github.mvysny.kaributesting.v10.GridKt._findAll
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class CaseListViewSpec extends ViewSpec {

    def "each case shows its next step's clock as a traffic light with words, and links to its page"() {
        given: 'a SIN sent today-ish, and one whose rapid review is long overdue'
        def api = new CaseApi('chair@norfolk.demo')
        String onTrack = CaseApi.uniqueReference('LIST-OK')
        String late = CaseApi.uniqueReference('LIST-LATE')
        api.sin(onTrack, CaseApi.weekdaysAgo(1))
        api.sin(late, CaseApi.weekdaysAgo(30))
        signInAs('member@norfolk.demo')

        when:
        UI.current.navigate(CaseListView)
        def grid = _get(Grid)
        List<CaseSummary> rows = _findAll(grid)

        then:
        int lateRow = rows.findIndexOf { it.laCaseReference() == late }
        int okRow = rows.findIndexOf { it.laCaseReference() == onTrack }
        lateRow >= 0 && okRow >= 0
        def lateLight = _getCellComponent(grid, lateRow, 'status') as StatusLight
        lateLight.hasClassName('rh-light--red')
        textOf(lateLight).startsWith('Overdue')
        def okLight = _getCellComponent(grid, okRow, 'status') as StatusLight
        okLight.hasClassName('rh-light--green') || okLight.hasClassName('rh-light--amber')
        !textOf(okLight).isBlank()
        (_getCellComponent(grid, lateRow, 'reference') as RouterLink).href == "cases/${rows[lateRow].id()}"

        and: 'a member records no cases'
        _find(Button) { it.withText('Record a referral or SIN') }.isEmpty()
    }

    def "the list filters by reference and by cases needing attention"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        String late = CaseApi.uniqueReference('FILTER-LATE')
        String fresh = CaseApi.uniqueReference('FILTER-NEW')
        api.sin(late, CaseApi.weekdaysAgo(30))
        api.sin(fresh, CaseApi.weekdaysAgo(0))
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CaseListView)
        def grid = _get(Grid)

        when:
        userEnters(_get(TextField) { it.withLabel('Search by case reference or child') }, 'FILTER-')
        userEnters(_get(Checkbox) { it.withLabel('Only overdue or due soon') }, true)

        then:
        def references = _findAll(grid)*.laCaseReference()
        references.contains(late)
        !references.contains(fresh)
        references.every { it.startsWith('FILTER-') }

        and: 'a chair may record a case'
        _get(Button) { it.withText('Record a referral or SIN') }
    }
}
