package uk.reviewhub.ui.safeguarding

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.router.RouterLink
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import uk.reviewhub.api.conference.PersonRef
import uk.reviewhub.api.vocabulary.ConferenceKind
import uk.reviewhub.api.vocabulary.EpisodeKind
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.Dates

import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** A child's page: the manager allocates and reallocates a chair (with its history), an episode opens with its clocks, conferences are scheduled in order. */
class ChildPageSpec extends ViewSpec {

    def "the manager allocates a chair; a reallocation without its reason is marked on the reason; with it, the history keeps both"() {
        given:
        def data = new SafeguardingData(SafeguardingData.MANAGER)
        def child = data.child()
        PersonRef avery = data.chair('Avery').chair()
        PersonRef robin = data.chair('Robin').chair()
        signInAs(SafeguardingData.MANAGER)
        UI.current.navigate(ChildPage, child.id().toString())

        when:
        userEnters(_get(Select) { it.withLabel('Chair') } as Select<PersonRef>, avery)
        _click(_get(Button) { it.withText('Allocate the chair') })

        then:
        _get(Paragraph) { it.withId('chair-now') }.text == "Chair: ${avery.name()}"
        textOf(_get(NativeTable) { it.withId('allocation-history') }).contains(avery.name())

        when: 'reallocated without a reason'
        userEnters(_get(Select) { it.withLabel('Chair') } as Select<PersonRef>, robin)
        _click(_get(Button) { it.withText('Reallocate') })

        then: 'the reason is marked, and nothing changed'
        _get(TextArea) { it.withLabel('Reason for the reallocation') }.invalid
        _get(Paragraph) { it.withId('chair-now') }.text == "Chair: ${avery.name()}"

        when:
        userEnters(_get(TextArea) { it.withLabel('Reason for the reallocation') }, 'Caseloads balanced')
        _click(_get(Button) { it.withText('Reallocate') })

        then:
        _get(Paragraph) { it.withId('chair-now') }.text == "Chair: ${robin.name()}"
        String history = textOf(_get(NativeTable) { it.withId('allocation-history') })
        history.contains('Caseloads balanced')
        history.contains(avery.name())
    }

    def "the chair opens a child protection episode: the initial conference is due from the strategy discussion; a review before it is refused"() {
        given:
        def child = new SafeguardingData(SafeguardingData.MANAGER).allocatedChild('Avery')
        LocalDate strategy = SafeguardingData.today().minusDays(2)
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(ChildPage, child.id().toString())

        when:
        userEnters(_get(Select) { it.withLabel('Episode') } as Select<EpisodeKind>, EpisodeKind.CHILD_PROTECTION)
        userEnters(_get(DatePicker) { it.withLabel('Started on (the strategy discussion, or the day the child became looked after)') },
                strategy)
        _click(_get(Button) { it.withText('Open the episode') })

        then: 'the timeline of clocks, in words'
        def episode = new SafeguardingData(SafeguardingData.CHAIR).episodes(child.id()).first()
        def initial = episode.timeline().find { it.clock() == 'initial-cp-conference' }
        String timeline = textOf(_get(Section) { it.withId('episodes') })
        timeline.contains('from the strategy discussion on ' + Dates.format(strategy))
        timeline.contains(Dates.cell(initial.dueOn()))
        timeline.contains(initial.statusLabel())

        when: 'a review is scheduled before the initial conference'
        userEnters(_get(Select) { it.withLabel('Conference or review') } as Select<ConferenceKind>, ConferenceKind.REVIEW)
        userEnters(_get(DatePicker) { it.withLabel('Planned for') }, SafeguardingData.today().plusDays(7))
        _click(_get(Button) { it.withText('Schedule') })

        then: 'the refusal is said beside the form and nothing is scheduled'
        _get(Paragraph) { it.withId("schedule-message-${episode.id()}") }.text.startsWith('Problem:')
        _find(RouterLink) { it.withText(ConferenceKind.REVIEW.label()) }.isEmpty()

        when:
        userEnters(_get(Select) { it.withLabel('Conference or review') } as Select<ConferenceKind>, ConferenceKind.INITIAL)
        userEnters(_get(DatePicker) { it.withLabel('Planned for') }, SafeguardingData.today().plusDays(7))
        _click(_get(Button) { it.withText('Schedule') })

        then: 'the conference is listed, a link to its page'
        _get(Paragraph) { it.withId('child-news') }.text.contains('scheduled for')
        _find(RouterLink).any { it.text.contains('nitial') }
    }

    def "#who is offered the allocation form: #allocates"() {
        given:
        def child = new SafeguardingData(SafeguardingData.MANAGER).allocatedChild('Avery')
        signInAs(who)

        when:
        UI.current.navigate(ChildPage, child.id().toString())

        then:
        !_find(Button) { it.withText('Reallocate') }.isEmpty() == allocates
        !_find(Button) { it.withText('Open the episode') }.isEmpty()

        where:
        who                      || allocates
        SafeguardingData.MANAGER || true
        SafeguardingData.SUPPORT || false
        SafeguardingData.CHAIR   || false
    }

    def "business support corrects a child's details; a date of birth in the future is marked on its field and not saved"() {
        given:
        def child = new SafeguardingData(SafeguardingData.MANAGER).child()
        signInAs(SafeguardingData.SUPPORT)
        UI.current.navigate(ChildPage, child.id().toString())

        when:
        userEnters(_get(DatePicker) { it.withLabel('Date of birth') }, SafeguardingData.today().plusDays(3))
        _click(_get(Button) { it.withText('Save the details') })

        then:
        _get(DatePicker) { it.withLabel('Date of birth') }.invalid
        _get(Paragraph) { it.withId('details-message') }.text.startsWith('Problem:')
        new SafeguardingData(SafeguardingData.SUPPORT).children().find { it.id() == child.id() }.bornOn() == child.bornOn()

        when:
        userEnters(_get(DatePicker) { it.withLabel('Date of birth') }, SafeguardingData.today().minusYears(2))
        userEnters(_get(com.vaadin.flow.component.textfield.TextField) { it.withLabel('Borough') }, 'Hammersmith and Fulham')
        _click(_get(Button) { it.withText('Save the details') })

        then:
        _get(Paragraph) { it.withId('child-news') }.text == "The child's details saved."
        textOf(_get(Section) { it.withId('child-details') }).contains(Dates.format(SafeguardingData.today().minusYears(2)))
        textOf(_get(Section) { it.withId('child-details') }).contains('Hammersmith and Fulham')
    }

    def "a chair is offered no form to correct a child's details"() {
        given:
        def child = new SafeguardingData(SafeguardingData.MANAGER).allocatedChild('Avery')
        signInAs(SafeguardingData.CHAIR)

        when:
        UI.current.navigate(ChildPage, child.id().toString())

        then:
        _find(Button) { it.withText('Save the details') }.isEmpty()
    }
}
