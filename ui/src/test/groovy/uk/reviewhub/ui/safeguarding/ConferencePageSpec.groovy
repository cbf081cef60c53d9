package uk.reviewhub.ui.safeguarding

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.Div
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.conference.ConferenceView
import uk.reviewhub.api.conference.InviteeView
import uk.reviewhub.api.partnership.AgencyView
import uk.reviewhub.api.vocabulary.AbuseCategory
import uk.reviewhub.api.vocabulary.ConferenceKind
import uk.reviewhub.api.vocabulary.ConferenceOutcome
import uk.reviewhub.api.vocabulary.EpisodeKind
import uk.reviewhub.api.vocabulary.InviteeAttendance
import uk.reviewhub.api.vocabulary.RecordKind
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.ViewSpec

import java.nio.charset.StandardCharsets

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * An initial child protection conference from its page: business support invites three agencies and
 * records their attendance (the live quorum follows), the chair records it held and decides a plan
 * with its category, the decision letter is issued and read as PDF; each role sees only its part.
 */
class ConferencePageSpec extends ViewSpec {

    /** An initial conference planned for yesterday, of a child allocated to Avery Chair. */
    static ConferenceView initialConference() {
        def manager = new SafeguardingData(SafeguardingData.MANAGER)
        def child = manager.allocatedChild('Avery')
        def chair = new SafeguardingData(SafeguardingData.CHAIR)
        def episode = chair.episode(child.id(), EpisodeKind.CHILD_PROTECTION, SafeguardingData.today().minusDays(5))
        chair.conference(episode.id(), ConferenceKind.INITIAL, SafeguardingData.today().minusDays(1))
    }

    static <T> Select<T> select(String label) {
        _get(Select) { it.withLabel(label) } as Select<T>
    }

    static void click(String text) {
        _click(_get(Button) { it.withText(text) })
    }

    static String section(String id) {
        textOf(_get(Section) { it.withId(id) })
    }

    def "support invites and records attendance, the chair holds it and decides a plan, the decision letter is issued"() {
        given:
        ConferenceView conference = initialConference()
        signInAs(SafeguardingData.SUPPORT)
        UI.current.navigate(ConferencePage, conference.id().toString())
        List<AgencyView> agencies = TestSystem.instance.uiContext.getBean(SafeguardingClient).agencies()

        when: 'three agencies with direct contact are invited'
        ['childrens-services', 'police', 'schools'].each { code ->
            userEnters(select('Agency'), agencies.find { it.code() == code })
            userEnters(_get(TextField) { it.withLabel('Role (no name)') }, 'Professional')
            click('Invite')
        }

        then: 'not quorate until they attend'
        textOf(_get(NativeTable) { it.withId('invitee-table') }).contains('Police')
        textOf(_get(Div) { it.withId('quorum') }).startsWith('Quorum nowNot quorate')

        when: 'each is recorded present'
        List<InviteeView> invitees = TestSystem.instance.uiContext.getBean(SafeguardingClient).conference(conference.id()).invitees()
        invitees.each { invitee ->
            def current = TestSystem.instance.uiContext.getBean(SafeguardingClient).conference(conference.id()).invitees()
                    .find { it.id() == invitee.id() }
            userEnters(select('Invitee'), current)
            userEnters(select('Attendance'), InviteeAttendance.PRESENT)
            click('Save attendance')
        }

        then: 'the live verdict is quorate, said in words'
        textOf(_get(Div) { it.withId('quorum') }).startsWith('Quorum nowQuorate')

        when: 'the chair records it held and a plan without its category'
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(ConferencePage, conference.id().toString())
        userEnters(_get(DatePicker) { it.withLabel('Held on') }, SafeguardingData.today().minusDays(1))
        click('Record as held')
        userEnters(select('Decision'), ConferenceOutcome.PLAN)
        userEnters(_get(TextArea) { it.withLabel('Reasons') }, 'Risk of significant harm')
        userEnters(_get(TextField) { it.withLabel('Lead social worker (role or team)') }, 'Social worker, Westminster')
        click('Save the outcome')

        then: 'the category is marked on its field, nothing decided'
        section('conference-summary').contains('Quorate')
        select('Category (with a plan)').invalid
        _get(Paragraph) { it.withId('outcome-message') }.text.startsWith('Problem:')
        section('outcome').contains('Not decided yet')

        when:
        userEnters(select('Category (with a plan)'), AbuseCategory.NEGLECT)
        click('Save the outcome')

        then:
        section('outcome').contains('Child protection plan')
        section('outcome').contains('Neglect')

        when: 'business support issues the decision letter'
        signInAs(SafeguardingData.SUPPORT)
        UI.current.navigate(ConferencePage, conference.id().toString())
        userEnters(select('Record'), RecordKind.DECISION_LETTER)
        click('Issue the record')

        then: 'it is listed with its PDF and DOCX, and the letter is a PDF'
        String records = textOf(_get(NativeTable) { it.withId('record-table') })
        records.contains('Decision letter')
        _find(Anchor).findAll { it.text in ['PDF', 'DOCX'] }.size() == 2
        def record = TestSystem.instance.uiContext.getBean(SafeguardingClient).records(conference.id()).first()
        new String(TestSystem.instance.uiContext.getBean(SafeguardingClient).recordFile(record.id(), 'pdf'), 0, 4,
                StandardCharsets.ISO_8859_1) == '%PDF'

        and: 'the clock of the decision letter is met, in words'
        section('clocks').contains('Decision letter')

        when: 'it is issued again without a reason'
        userEnters(select('Record'), RecordKind.DECISION_LETTER)
        click('Issue the record')

        then:
        _get(Paragraph) { it.withId('issue-message') }.text.startsWith('Problem:')
        TestSystem.instance.uiContext.getBean(SafeguardingClient).records(conference.id()).size() == 1
    }

    def "#who sees the conference; runs it: #runs; decides: #decides"() {
        given:
        ConferenceView conference = initialConference()
        signInAs(who)

        when:
        UI.current.navigate(ConferencePage, conference.id().toString())

        then:
        section('invitees')
        !_find(Button) { it.withText('Invite') }.isEmpty() == runs
        !_find(Button) { it.withText('Record as held') }.isEmpty() == runs
        !_find(Button) { it.withText('Issue the record') }.isEmpty() == runs
        !_find(Button) { it.withText('Save the outcome') }.isEmpty() == decides

        where:
        who                      || runs  | decides
        SafeguardingData.CHAIR   || true  | true
        SafeguardingData.SUPPORT || true  | false
        SafeguardingData.MANAGER || false | false
    }

    def "another chair does not find the conference"() {
        given:
        ConferenceView conference = initialConference()
        signInAs(SafeguardingData.CHAIR2)

        when:
        UI.current.navigate(ConferencePage, conference.id().toString())

        then:
        textOf(_get(uk.reviewhub.ui.shell.BackendProblemView)).contains('Not found')
        _find(Section) { it.withId('invitees') }.isEmpty()
    }

    def "a looked-after review has no quorum; the chair adds SMART actions, a due date before the review is marked; support completes one"() {
        given:
        def child = new SafeguardingData(SafeguardingData.MANAGER).allocatedChild('Avery')
        def chair = new SafeguardingData(SafeguardingData.CHAIR)
        def episode = chair.episode(child.id(), EpisodeKind.LOOKED_AFTER, SafeguardingData.today().minusDays(10))
        def review = chair.conference(episode.id(), ConferenceKind.LAC_REVIEW, SafeguardingData.today())
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(ConferencePage, review.id().toString())

        expect:
        textOf(_get(Div) { it.withId('quorum') }).contains('A looked-after review has no quorum.')
        _find(Select) { it.withLabel('Decision') }.isEmpty()

        when: 'it is held, and an action due before the review is added'
        userEnters(_get(DatePicker) { it.withLabel('Held on') }, SafeguardingData.today())
        click('Record as held')
        userEnters(_get(TextArea) { it.withLabel('Action') }, 'Refer to CAMHS')
        userEnters(_get(TextField) { it.withLabel('Owner (role or team)') }, 'Social worker')
        userEnters(_get(DatePicker) { it.withLabel('Due by') }, SafeguardingData.today().minusDays(20))
        click('Add the action')

        then:
        _get(DatePicker) { it.withLabel('Due by') }.invalid
        _find(NativeTable) { it.withId('action-table') }.isEmpty()

        when:
        userEnters(_get(DatePicker) { it.withLabel('Due by') }, SafeguardingData.today().plusDays(20))
        click('Add the action')

        then:
        textOf(_get(NativeTable) { it.withId('action-table') }).contains('Refer to CAMHS')
        textOf(_get(NativeTable) { it.withId('action-table') }).contains('Open')

        when: 'business support records it completed'
        signInAs(SafeguardingData.SUPPORT)
        UI.current.navigate(ConferencePage, review.id().toString())
        _find(Button) { it.withText('Add the action') }.isEmpty()
        userEnters(select('Action'), TestSystem.instance.uiContext.getBean(SafeguardingClient).conference(review.id()).actions().first())
        userEnters(_get(DatePicker) { it.withLabel('Completed on') }, SafeguardingData.today())
        click('Record as completed')

        then:
        textOf(_get(NativeTable) { it.withId('action-table') }).contains('Done')
    }
}
