package uk.reviewhub.ui.archfixture

import com.vaadin.flow.component.datepicker.DatePicker
import groovy.transform.CompileStatic

/**
 * Deliberately wrong, scanned only by UiArchitectureSpec to show its picker rule can fail: a view
 * that makes its own date field instead of asking shell.Dates for one.
 */
@CompileStatic
class PickerMadeByHand {

    DatePicker due() {
        new DatePicker('Due date')
    }
}
