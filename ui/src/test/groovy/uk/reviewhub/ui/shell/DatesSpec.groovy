package uk.reviewhub.ui.shell

import spock.lang.Specification
import uk.reviewhub.api.casereview.CaseRequest
import uk.reviewhub.api.conference.ChildRequest
import uk.reviewhub.api.meeting.ExtraMeetingRequest
import uk.reviewhub.api.validation.DateWindows

import java.time.Clock
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.ZoneOffset
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

    static final Clock SIXTH_DECEMBER = Clock.fixed(Instant.parse('2026-12-06T10:00:00Z'), ZoneOffset.UTC)

    def "a date field for #request.simpleName.#field offers only the contract's window, and says so before typing"() {
        when:
        def picker = Dates.picker('A date', request, field, SIXTH_DECEMBER)

        then:
        picker.min == LocalDate.parse(min)
        picker.max == LocalDate.parse(max)
        picker.helperText.startsWith(words)
        picker.i18n.minErrorMessage.startsWith('Enter a date on or after ' + min.split('-').reverse().join('/'))
        picker.i18n.dateFormats.first() == 'dd/MM/yyyy'

        where:
        request     | field        || min          | max          | words
        CaseRequest | 'awareOn'    || '2006-12-06' | '2036-12-06' | 'Between 06/12/2006 and 06/12/2036.'
        ChildRequest | 'bornOn'    || '2001-12-06' | '2026-12-06' | 'Between 06/12/2001 and 06/12/2026.'
        ChildRequest | 'expectedOn' || '2025-12-06' | '2027-12-06' | 'Between 06/12/2025 and 06/12/2027.'
    }

    def "a date and time field takes the window of its day"() {
        when:
        def picker = Dates.dateTimePicker('Starts', ExtraMeetingRequest, 'scheduledStart', SIXTH_DECEMBER)

        then:
        picker.min == LocalDateTime.parse('2016-12-06T00:00')
        picker.max == LocalDateTime.parse('2036-12-06T23:59')
        picker.helperText.startsWith('Between 06/12/2016 and 06/12/2036.')
    }

    def "a form cannot ask for a window the contract does not declare"() {
        when:
        DateWindows.of(CaseRequest, field)

        then:
        IllegalArgumentException e = thrown()
        e.message.contains(field)

        where:
        field << ['childIdentifier', 'noSuchField']
    }
}
