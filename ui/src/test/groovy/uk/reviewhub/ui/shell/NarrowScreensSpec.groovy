package uk.reviewhub.ui.shell

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.grid.Grid
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.actionplan.CapView
import uk.reviewhub.ui.casereview.CaseListView

import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * Item 15 of the hardening issue: the key columns of the Composite Action Plan and the case list
 * stay readable on a narrow window (320 px, or 1366 px at 200% zoom); the rest of a row goes to its
 * details. The browser's answer about its width is what {@link NarrowScreens#adapt} receives.
 */
class NarrowScreensSpec extends ViewSpec {

    def "#view.simpleName keeps #narrowColumns at #width px and shows every column at 1366 px"() {
        given:
        signInAs('chair@salford.demo')
        UI.current.navigate(view)
        Grid<?> grid = _get(Grid)

        when: 'the browser says the window is narrow'
        NarrowScreens.adapt(grid, width)

        then:
        grid.columns.findAll { it.visible }*.key == narrowColumns
        grid.detailsVisibleOnClick
        (grid.element.getAttribute('data-phone') != null) == (width < NarrowScreens.PHONE_BELOW)

        when: 'the window is wide again'
        NarrowScreens.adapt(grid, 1366)

        then:
        grid.columns.findAll { it.visible }*.key == grid.columns*.key
        grid.columns.size() > narrowColumns.size()
        !grid.detailsVisibleOnClick
        grid.element.getAttribute('data-phone') == null
        grid.columns.any { it.autoWidth }

        where:
        view         | width || narrowColumns
        CapView      | 320   || ['case', 'description', 'due', 'rag']
        CapView      | 683   || ['case', 'description', 'due', 'rag']
        CaseListView | 320   || ['reference', 'next', 'due', 'status']
    }
}
