package uk.reviewhub.ui.membership

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.router.QueryParameters
import com.vaadin.flow.component.html.H2
import com.vaadin.flow.component.html.H3
import com.vaadin.flow.component.html.NativeTableRow
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.partnership.GroupChooser
import uk.reviewhub.ui.partnership.PartnershipClient

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class MembershipViewSpec extends ViewSpec {

    def "the Salford chair sees the eighteen seats of the sub-group, by agency, with their roles"() {
        given:
        signInAs('chair@salford.demo')

        when:
        UI.current.navigate(MembershipView)

        then:
        def view = _get(MembershipView)
        _find(H2)*.text == ['Case Review and Audit sub-group', 'Agencies']
        def rows = _find(view, NativeTableRow).findAll {
            it.parent.get().element.tag == 'tbody' && it.parent.get().parent.get().parent.get().hasClassName('rh-agency')
        }
        rows.size() == 18

        and: 'read-only for a chair: history, but no changes'
        _find(view, Button).findAll { it.text == 'History' }.size() == 18 + 14
        _find(view, Button).findAll { it.text in ['Change', 'End', 'Add a member', 'Add an agency'] }.isEmpty()

        and: 'the vice chair sits under the CCG'
        def ccg = _find(view, H3).find { it.text.startsWith('Clinical Commissioning Group') }
        ccg != null
        def ccgSection = ccg.parent.get()
        textOf(ccgSection).contains('Designated Doctor Safeguarding Children, CCG')
        textOf(ccgSection).contains('Vice chair')

        and: 'the chair is named by post'
        textOf(view).contains("Head of Children's Safeguarding")
        textOf(view).contains('Minute taker')
    }

    def "the Norfolk chair sees Norfolk's panel and none of Salford's members"() {
        given:
        signInAs('chair@norfolk.demo')

        when:
        UI.current.navigate(MembershipView)

        then:
        def text = textOf(_get(MembershipView))
        text.contains('Police representative')
        !text.contains('Designated Doctor')
        !text.contains('Salford')
    }

    def "a group that is not the partnership's own cannot be asked for by its id"() {
        given: "Salford's group id, taken while signed in to Salford"
        signInAs('chair@salford.demo')
        UUID salfordGroup = system.uiContext.getBean(PartnershipClient).groups().first().id()

        when: 'the Norfolk chair asks for it in the address'
        signInAs('chair@norfolk.demo')
        UI.current.navigate(MembershipView, QueryParameters.of('group', salfordGroup.toString()))

        then: "they get their own group's members"
        def text = textOf(_get(MembershipView))
        text.contains('Police representative')
        !text.contains('Designated Doctor')
    }

    def "a partnership with one group needs no group chooser"() {
        given:
        signInAs('chair@salford.demo')

        when:
        UI.current.navigate(MembershipView)

        then:
        !_get(MembershipView).children.find { it instanceof GroupChooser }.visible
    }
}
