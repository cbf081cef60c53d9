package uk.reviewhub.ui.meeting

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.Div
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.upload.Upload
import uk.reviewhub.api.meeting.AgendaDecisionRequest
import uk.reviewhub.api.meeting.DraftMinutesRequest
import uk.reviewhub.api.meeting.MinuteEntryInput
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.ui.ViewSpec

import java.nio.charset.StandardCharsets

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get
import static com.github.mvysny.kaributesting.v10.UploadKt._upload

/** The meeting page's papers, agenda publishing and document downloads. */
class MeetingPapersSpec extends ViewSpec {

    static String message() {
        // Each part of the meeting page answers beside its controls: the one line showing
        _find(Paragraph) { it.withClasses('rh-message') }.findAll { it.visible }*.text.join(' | ')
    }

    static String agendaText() {
        textOf(_get(Section) { it.withId('agenda') })
    }

    static void accept(UUID meetingId, def item) {
        MeetingData.client().decide(meetingId, item.id(), new AgendaDecisionRequest(item.version(), 'ACCEPTED', null))
    }

    def "a member adds a paper to an item; it is listed with its size, who and when, and its link carries no token"() {
        given: 'a meeting with an item, made by business support'
        signInAs('support@salford.demo')
        def meeting = MeetingData.extraMeeting('Papers meeting', 40)
        def item = MeetingData.item(meeting.id(), 'Chronology for Child F')
        signInAs('member@salford.demo')
        UI.current.navigate(MeetingPage, meeting.id().toString())

        expect:
        agendaText().contains('No papers.')

        when: 'the member uploads a text paper'
        byte[] content = 'Chronology of events\nLine two\n'.getBytes(StandardCharsets.UTF_8)
        _upload(MeetingData.labelled(Upload, 'Add a paper to Chronology for Child F'), 'chronology.txt', 'text/plain', content)

        then: 'it is listed with its size, who added it and when'
        message() == 'Paper "chronology.txt" added to "Chronology for Child F".'
        def paper = MeetingData.client().papers(item.id()).first()
        agendaText().contains('chronology.txt (' + content.length + ' bytes, ')
        paper.uploadedByName() != null
        agendaText().contains(paper.uploadedByName())

        and: 'the download link carries no token, and gives the paper'
        def link = MeetingData.labelled(Anchor, 'Download chronology.txt')
        !link.href.contains('token') && !link.href.contains('ey')
        _get(MeetingPage).downloaded('paper-' + paper.id()) == content
    }

    def "a paper of the wrong type is refused with the reason in words"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Wrong paper meeting', 41)
        MeetingData.item(meeting.id(), 'Report')
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when: 'a program named as a PDF'
        byte[] exe = ('MZ' + ('\u0000' * 64)).getBytes(StandardCharsets.ISO_8859_1)
        _upload(MeetingData.labelled(Upload, 'Add a paper to Report'), 'report.pdf', 'application/pdf', exe)

        then:
        message().startsWith('Problem: ')
        message().contains('not a PDF, DOCX')
        _find(Paragraph) { it.withClasses('rh-message') }.find { it.visible }.element.getAttribute('role') == 'alert'
        agendaText().contains('No papers.')
    }

    def "the chair publishes the agenda; the clock and the revision are in words; a late item must be decided first"() {
        given: 'a meeting six weeks ahead with an accepted item'
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Publishing meeting', 42)
        accept(meeting.id(), MeetingData.item(meeting.id(), 'Audit of neglect cases'))
        UI.current.navigate(MeetingPage, meeting.id().toString())

        expect:
        textOf(_get(Paragraph) { it.withId('agenda-clock') }).startsWith('Publishing deadline: On time: not yet published, due ')
        _get(Paragraph) { it.withId('agenda-published') }.text == 'Not yet published.'

        when:
        _click(_get(Button) { it.withId('publish-agenda') })

        then:
        message() == 'Agenda published as revision 1.'
        textOf(_get(Paragraph) { it.withId('agenda-clock') }).contains('Published on time')
        _get(Paragraph) { it.withId('agenda-published') }.text.startsWith('Published: revision 1 on ')
        _get(Button) { it.withId('publish-agenda') }.text == 'Publish a new revision'

        when: 'an item arrives after publication and the chair tries to publish again'
        MeetingData.item(meeting.id(), 'Urgent: Child G')
        UI.current.navigate(MeetingPage, meeting.id().toString())
        _click(_get(Button) { it.withId('publish-agenda') })

        then: 'refused, with the reason'
        agendaText().contains('Late: after the deadline')
        message().contains("1 item awaits the chair's decision (Urgent: Child G)")

        when: 'the chair accepts it and publishes'
        _click(MeetingData.labelled(Button, 'Accept Urgent: Child G'))
        _get(Paragraph) { it.withId('agenda-published') }.text.contains('The agenda has changed since')
        _click(_get(Button) { it.withId('publish-agenda') })

        then:
        message() == 'Agenda published as revision 2.'
        _get(Paragraph) { it.withId('agenda-published') }.text.contains('with 2 items.')
        textOf(_get(com.vaadin.flow.component.html.UnorderedList) { it.withId('agenda-revisions') })
                .matches(/Revision 1: published .*, 1 item \(Audit of neglect cases\)/)
    }

    def "the agenda and minutes download as PDF and Word documents through links without tokens"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Documents meeting', 43)
        def item = MeetingData.item(meeting.id(), 'Learning from Child H')
        accept(meeting.id(), item)
        MeetingData.client().draft(meeting.id(), new DraftMinutesRequest(null,
                [new MinuteEntryInput(item.id(), 'Learning from Child H', 'Discussed.', ['Share the learning'])]))
        UI.current.navigate(MeetingPage, meeting.id().toString())
        def page = _get(MeetingPage)

        expect:
        ['agenda-pdf', 'agenda-docx', 'minutes-pdf', 'minutes-docx'].every { id ->
            def link = _get(Anchor) { it.withId(id) }
            !link.href.contains('token') && !link.href.contains('ey') && link.element.hasAttribute('download')
        }
        new String(page.downloaded('agenda-pdf'), 0, 5, StandardCharsets.ISO_8859_1) == '%PDF-'
        new String(page.downloaded('minutes-pdf'), 0, 5, StandardCharsets.ISO_8859_1) == '%PDF-'
        new String(page.downloaded('agenda-docx'), 0, 2, StandardCharsets.ISO_8859_1) == 'PK'
        new String(page.downloaded('minutes-docx'), 0, 2, StandardCharsets.ISO_8859_1) == 'PK'
    }

    def "a partnership admin without a seat sees no papers, uploads or document links"() {
        given: 'a meeting with an item, added by business support (an admin has no seat, so submits no items)'
        signInAs('support@salford.demo')
        def meeting = MeetingData.extraMeeting('Admin meeting', 44)
        MeetingData.item(meeting.id(), 'Annual report')
        signInAs('admin@salford.demo')
        UI.current.navigate(MeetingPage, meeting.id().toString())

        expect:
        agendaText().contains("Papers are for the group's members.")
        _find(Upload).isEmpty()
        _find(Anchor) { it.withId('agenda-pdf') }.isEmpty()
        _find(Button) { it.withId('publish-agenda') }.isEmpty()
    }

    def "a partnership CHAIR without the group's chair seat sees none of the chair's controls; the Salford chair does"() {
        given: 'a meeting with an item and draft minutes, made by business support'
        signInAs('support@salford.demo')
        def meeting = MeetingData.extraMeeting('Seat meeting', 46)
        MeetingData.item(meeting.id(), 'Seat item')
        MeetingData.client().draft(meeting.id(), new DraftMinutesRequest(null, [new MinuteEntryInput(null, 'Other business', 'Notes', [])]))

        and: 'someone with the CHAIR role in Salford who holds no seat in its group'
        String email = TestUsers.uniqueEmail('seatless-chair')
        TestUsers.member(TestUsers.user(email: email, name: 'Sol Seatless'), TestUsers.partnership('salford'), ['CHAIR'])

        when: 'they open the meeting'
        signInAs(email, TestUsers.PASSWORD)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then: 'no accept, publish, approve, attendance or submission controls, and no papers'
        MeetingData.allLabelled(Button, 'Accept Seat item').isEmpty()
        _find(Button) { it.withId('publish-agenda') }.isEmpty()
        buttonsCalled('Approve minutes').isEmpty()
        buttonsCalled('Submit item').isEmpty()
        agendaText().contains("Papers are for the group's members.")
        _find(Upload).isEmpty()

        when: 'the Salford chair opens it'
        signInAs('chair@salford.demo')
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then: "the chair's controls are there"
        MeetingData.allLabelled(Button, 'Accept Seat item').size() == 1
        _find(Button) { it.withId('publish-agenda') }.size() == 1
        buttonsCalled('Approve minutes').size() == 1
        buttonsCalled('Submit item').size() == 1
    }

    static List<Button> buttonsCalled(String text) {
        _find(Button).findAll { it.text == text }
    }
}
