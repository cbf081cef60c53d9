package uk.reviewhub.ui.safeguarding

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.H1
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** The service's children: added with the minimum by the manager or support, found by reference, a chair sees their own. */
class ChildrenViewSpec extends ViewSpec {

    static TextField field(String label) {
        _get(TextField) { it.withLabel(label) }
    }

    static final String REFERENCE = 'Case-system reference (Liquidlogic or Mosaic number)'

    def "#who adds a child with the minimum and lands on the child's page; the list finds the child by reference"() {
        given:
        signInAs(who)
        UI.current.navigate(ChildrenView)
        String reference = SafeguardingData.reference()

        when:
        userEnters(field(REFERENCE), reference)
        userEnters(field('Initials'), 'CD')
        userEnters(_get(DatePicker) { it.withLabel('Date of birth') }, SafeguardingData.today().minusYears(3))
        userEnters(field('Borough'), 'Kensington and Chelsea')
        _click(_get(Button) { it.withText('Add the child') })

        then:
        currentView() instanceof ChildPage
        _get(H1).text == "Child $reference (CD)"

        when: 'the list is searched by part of the reference, in lower case'
        UI.current.navigate(ChildrenView)
        userEnters(_get(TextField) { it.withId('child-search') }, reference.substring(3).toLowerCase())

        then:
        textOf(_get(NativeTable) { it.withId('children') }).contains(reference)
        _get(Paragraph) { it.withId('children-count') }.text.startsWith('1 of ')

        where:
        who << [SafeguardingData.MANAGER, SafeguardingData.SUPPORT]
    }

    def "a reference too long is marked on its field with the backend's words, and nothing is added"() {
        given:
        signInAs(SafeguardingData.MANAGER)
        UI.current.navigate(ChildrenView)
        int before = new SafeguardingData(SafeguardingData.MANAGER).children().size()

        when:
        userEnters(field(REFERENCE), 'X' * 31)
        userEnters(field('Initials'), 'EF')
        userEnters(field('Borough'), 'Westminster')
        _click(_get(Button) { it.withText('Add the child') })

        then:
        currentView() instanceof ChildrenView
        field(REFERENCE).invalid
        field(REFERENCE).errorMessage
        _get(Paragraph) { it.withId('child-message') }.text.startsWith('Problem:')
        new SafeguardingData(SafeguardingData.MANAGER).children().size() == before
    }

    def "a chair sees only the children allocated to them, and is offered no form to add one"() {
        given:
        def data = new SafeguardingData(SafeguardingData.MANAGER)
        def theirs = data.allocatedChild('Avery')
        def another = data.allocatedChild('Robin')

        when:
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(ChildrenView)

        then:
        String list = textOf(_get(NativeTable) { it.withId('children') })
        list.contains(theirs.caseReference())
        !list.contains(another.caseReference())
        list.contains('Avery Chair')
        _find(Button) { it.withText('Add the child') }.isEmpty()
    }
}
