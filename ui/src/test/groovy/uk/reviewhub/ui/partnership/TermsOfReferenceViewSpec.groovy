package uk.reviewhub.ui.partnership

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.html.H2
import com.vaadin.flow.component.html.OrderedList
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class TermsOfReferenceViewSpec extends ViewSpec {

    def "Salford's sub-group shows its purpose, functions, meetings, quorum and deadlines from the pack"() {
        given:
        signInAs('chair@salford.demo')

        when:
        UI.current.navigate(TermsOfReferenceView)

        then:
        def view = _get(TermsOfReferenceView)
        def headings = _find(view, H2)*.text
        headings.containsAll(['Purpose', 'Functions', 'Reporting line', 'Meetings', 'Quorum', 'Deadlines',
                              'Performance measures', 'Review dates'])
        _get(view, OrderedList).children.count() == 10

        and:
        def text = textOf(view)
        text.contains("business priority area 6")
        text.contains('Every six weeks')
        text.contains('Members from at least 4 different agencies are present.')
        text.contains('Agenda items and papers to the chair and administrator: 10 working days before the meeting')
        text.contains('Agenda and papers uploaded: 5 working days before the meeting')
        text.contains('Minutes circulated: 14 working days after the meeting')
        text.contains('Chaired by a member of the Coordination and Delivery Group')
    }

    def "the Norfolk chair reads Norfolk's terms, not Salford's"() {
        given:
        signInAs('chair@norfolk.demo')

        when:
        UI.current.navigate(TermsOfReferenceView)

        then:
        def text = textOf(_get(TermsOfReferenceView))
        !text.contains('Case Review and Audit')
        !text.contains('business priority area 6')
        _find(_get(TermsOfReferenceView), H2)*.text.contains('Purpose')
    }
}
