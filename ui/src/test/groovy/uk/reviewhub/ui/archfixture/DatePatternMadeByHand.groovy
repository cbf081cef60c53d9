package uk.reviewhub.ui.archfixture

import groovy.transform.CompileStatic

import java.time.LocalDate
import java.time.format.DateTimeFormatter

/** Deliberately wrong, for UiArchitectureSpec only: a view that writes dates in a pattern of its own. */
@CompileStatic
class DatePatternMadeByHand {
    String written(LocalDate day) {
        DateTimeFormatter.ofPattern('d MMMM yyyy').format(day)
    }
}
