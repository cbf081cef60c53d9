package uk.reviewhub.ui.shell

import spock.lang.Specification

import java.util.Locale

/**
 * Every date field's format, in its one place (issue 13, item 1): dd/MM/yyyy shown and read, weeks
 * from Monday, and words when what was typed is not a date. The browser's reading of what is typed
 * is checked in Chromium by DateFieldsBrowserSpec.
 */
class DatesSpec extends Specification {

    def "a date field shows dd/MM/yyyy, reads the short forms too, and starts its weeks on Monday"() {
        when:
        def picker = Dates.picker('Due date')

        then:
        picker.label == 'Due date'
        picker.locale == Locale.UK
        picker.i18n.dateFormats.first() == 'dd/MM/yyyy'
        picker.i18n.dateFormats.containsAll(['d/M/yyyy', 'dd/MM/yy'])
        picker.i18n.firstDayOfWeek == 1
        picker.i18n.badInputErrorMessage.contains('dd/mm/yyyy')
        picker.helperText == 'For example 01/10/2026 for 1 October 2026'
    }

    def "a date and time field's date part is the same"() {
        when:
        def picker = Dates.dateTimePicker('Starts (London time)')

        then:
        picker.label == 'Starts (London time)'
        picker.locale == Locale.UK
        picker.datePickerI18n.dateFormats.first() == 'dd/MM/yyyy'
        picker.datePickerI18n.firstDayOfWeek == 1
    }
}
