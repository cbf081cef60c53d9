package uk.reviewhub.ui.partnership

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.html.H1
import com.vaadin.flow.component.html.H2
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class PartnershipOverviewViewSpec extends ViewSpec {

    def "the landing page names the partnership, its statutory partners and its review groups"() {
        when:
        signInAs('chair@salford.demo')
        UI.current.navigate(PartnershipOverviewView)

        then:
        def view = _get(PartnershipOverviewView)
        _get(view, H1).text.contains('Salford')
        _find(view, H2)*.text == ['Statutory partners', 'Review groups']
        def text = textOf(view)
        text.contains('Salford City Council')
        text.contains('Police')
        text.contains('Case Review and Audit sub-group')
    }
}
