package uk.reviewhub.ui.shell

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Div
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.actionplan.ActionRequest
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.backend.BackendProblem

import java.time.Clock

/**
 * Item 13 of the hardening issue, for every form that answers through {@link FormErrors} or
 * {@link FormFeedback}: the fields a refusal names are marked on the fields that stand for them
 * (those made from the contract say so themselves), the first takes the focus, and the rest is said
 * beside the form's button. (The focus is a call to the browser: read here before anything else
 * sends the calls.)
 */
class RequestFieldsSpec extends ViewSpec {

    TextField owner = ContractLimits.limit(new TextField('Owner'), ActionRequest, 'owner')
    TextArea description = ContractLimits.limit(new TextArea('Action'), ActionRequest, 'description')
    DatePicker dueOn = Dates.picker('Due date', ActionRequest, 'dueOn', Clock.systemUTC())

    static BackendProblem refusal(Map<String, String> fields, String detail = 'Check the dates.') {
        new BackendProblem(400, 'Bad Request', detail, null, null, detail,
                fields.collect { new BackendProblem.FieldError(it.key, it.value) })
    }

    def "fields made from the contract know which request field they stand for"() {
        expect:
        RequestFields.of(owner).get() == 'owner'
        RequestFields.of(description).get() == 'description'
        RequestFields.of(dueOn).get() == 'dueOn'
        owner.helperText == 'Up to 200 characters.'
    }

    def "a refusal naming fields marks them, the first in the form takes the focus, and the rest is said beside the button"() {
        given:
        def errors = new FormErrors()
        UI.current.add(new Div(owner, description, dueOn, errors))
        focusedLast()

        when:
        errors.attempt { throw refusal([dueOn: 'Due on must be between 01/01/2017 and 01/01/2037.', nothere: 'Something else.']) }

        then:
        dueOn.invalid
        dueOn.errorMessage == 'Due on must be between 01/01/2017 and 01/01/2037.'
        !owner.invalid
        focusedLast() == dueOn
        errors.visible
        errors.text == 'Check the dates. Something else.'

        when: 'the next attempt clears the marks'
        errors.attempt {}

        then:
        !dueOn.invalid
        !errors.visible
    }

    def "a form's own check: the first field marked takes the focus"() {
        given:
        def errors = new FormErrors()
        UI.current.add(new Div(owner, description, dueOn, errors))
        focusedLast()

        when:
        boolean ok = FormErrors.required(owner, 'Name the owner.') & FormErrors.required(dueOn, 'Enter the due date.')
        errors.show('Check the fields marked.')

        then:
        !ok
        focusedLast() == owner
    }

    def "FormFeedback places a field the form did not register by the name the field gives itself"() {
        given:
        def feedback = new FormFeedback('feedback')
        feedback.field('owner', owner)
        UI.current.add(new Div(owner, dueOn, feedback))
        focusedLast()

        when:
        feedback.attempt { throw refusal([dueOn: 'Due on must be between 01/01/2017 and 01/01/2037.']) }

        then:
        dueOn.invalid
        focusedLast() == dueOn
        feedback.text == 'Problem: Check the dates.'
    }
}
