package uk.reviewhub.ui.membership

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.checkbox.Checkbox
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import spock.lang.Shared
import spock.lang.TempDir
import uk.reviewhub.api.partnership.AgencyView
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.membership.PackCopy
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.meeting.MeetingData
import uk.reviewhub.ui.meeting.MeetingPage
import uk.reviewhub.ui.shell.FormErrors

import java.nio.file.Path
import java.time.LocalDate
import java.time.ZoneId

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * A partnership admin manages a group's members and the agencies in the membership view. The
 * spec works on a copy of Salford's pack loaded as a partnership of its own, with its own admin
 * and chair, so the shared demo data stays as other specs expect it.
 */
class MembershipManagementSpec extends ViewSpec {

    @Shared @TempDir Path packs
    @Shared String admin
    @Shared String chair
    @Shared String support

    def setupSpec() {
        def pack = new PackCopy(system.backend.applicationContext.getBean(PackLoader), packs, 'ui-membership')
        pack.load()
        admin = TestUsers.uniqueEmail('admin')
        chair = TestUsers.uniqueEmail('chair')
        TestUsers.member(TestUsers.user(email: admin, name: 'Alex Admin', password: TestSystem.DEMO_PASSWORD), pack.tenant,
                ['PARTNERSHIP_ADMIN'])
        TestUsers.member(TestUsers.user(email: chair, name: 'Chris Chair', password: TestSystem.DEMO_PASSWORD), pack.tenant,
                ['CHAIR'])
        support = TestUsers.uniqueEmail('support')
        TestUsers.member(TestUsers.user(email: support, name: 'Sam Support', password: TestSystem.DEMO_PASSWORD), pack.tenant,
                ['BUSINESS_SUPPORT'])
    }

    static LocalDate today() { LocalDate.now(ZoneId.of('Europe/London')) }

    static Button button(String ariaLabel) {
        def found = _find(Button).find { it.element.getAttribute('aria-label') == ariaLabel }
        assert found: "no button '$ariaLabel'"
        found
    }

    static <T> T field(Class<T> type, String label) {
        _get(type) { it.withLabel(label) }
    }

    static String page() { textOf(_get(MembershipView)) }

    /** The text of the member lists (one section per agency). */
    static String memberLists() { _find(Section).findAll { it.hasClassName('rh-agency') }.collect { textOf(it) }.join('\n') }

    def "an admin adds a co-opted member with a standing deputy, and the list shows both in words"() {
        given:
        signInAs(admin)
        UI.current.navigate(MembershipView)

        when:
        _click(_get(Button) { it.withText('Add a member') })
        userEnters(field(TextField, 'Post'), 'Detective Chief Inspector, Public Protection')
        Select<AgencyView> agency = field(Select, 'Agency')
        userEnters(agency, agency.listDataView.items.find { it.code() == 'police' })
        Select<String> kind = field(Select, 'Membership')
        userEnters(kind, 'CO_OPTED')
        userEnters(field(DatePicker, 'Start date (optional)'), today().minusDays(3))
        Select person = field(Select, 'Linked person (optional)')
        userEnters(person, person.listDataView.items.find { it.displayName() == 'Chris Chair' })
        userEnters(field(TextField, "Standing deputy's name (optional)"), 'Sam Patel')
        userEnters(field(TextField, "Standing deputy's post (optional)"), 'Detective Inspector')
        userEnters(field(Checkbox, "The deputy holds the member's delegated authority"), true)
        userEnters(field(TextField, 'Reason for the change (optional, kept in the history)'), 'Co-opted for the thematic review')
        _click(_get(Button) { it.withText('Add member') })

        then:
        _get(Paragraph) { it.withId('membership-message') }.text == 'Detective Chief Inspector, Public Protection added.'
        def police = _find(Section).find { it.hasClassName('rh-agency') && textOf(it).startsWith('Police') }
        textOf(police).contains('Detective Chief Inspector, Public Protection')
        textOf(police).contains('Co-opted')
        textOf(police).contains('Sam Patel, Detective Inspector, with delegated authority')

        and: 'the change form shows the linked person'
        _click(button('Change Detective Chief Inspector, Public Protection'))
        field(Select, 'Linked person (optional)').value.displayName() == 'Chris Chair'

        when: 'the admin opens its history'
        _click(button('History Detective Chief Inspector, Public Protection'))

        then:
        def history = textOf(_get(Section) { it.withId('membership-history') })
        history.contains('by Alex Admin: added.')
        history.contains('Membership: none → Co-opted.')
        history.contains('Reason: Co-opted for the thematic review')
    }

    def "a missing post is marked before anything is sent; an end before the start is refused on the field"() {
        given:
        signInAs(admin)
        UI.current.navigate(MembershipView)
        _click(_get(Button) { it.withText('Add a member') })

        when:
        _click(_get(Button) { it.withText('Add member') })

        then:
        field(TextField, 'Post').invalid
        _get(FormErrors).text == 'Check the fields marked above.'

        when:
        userEnters(field(TextField, 'Post'), 'Observer')
        Select<AgencyView> agency = field(Select, 'Agency')
        userEnters(agency, agency.listDataView.items.findFirst().get())
        userEnters(field(DatePicker, 'Start date (optional)'), today())
        userEnters(field(DatePicker, 'End date (optional)'), today().minusDays(1))
        _click(_get(Button) { it.withText('Add member') })

        then:
        field(DatePicker, 'End date (optional)').invalid
        field(DatePicker, 'End date (optional)').errorMessage == 'The end date is before the start date.'
    }

    def "an admin ends a membership with a reason: it leaves the current list and stays among all members as former"() {
        given:
        signInAs(admin)
        UI.current.navigate(MembershipView)

        when:
        _click(button('End Safeguarding Lead, Housing'))
        userEnters(field(DatePicker, 'Last day of membership'), today().minusDays(1))
        _click(_get(Button) { it.withText('End membership') })

        then: 'the reason is asked for'
        field(TextArea, 'Reason').invalid

        when:
        userEnters(field(TextArea, 'Reason'), 'Post deleted in restructure')
        _click(_get(Button) { it.withText('End membership') })

        then:
        _get(Paragraph) { it.withId('membership-message') }.text.startsWith('Safeguarding Lead, Housing: membership ends on')
        !memberLists().contains('Safeguarding Lead, Housing')

        when:
        userEnters(field(Select, 'Show'), MembershipView.SHOW_ALL)

        then:
        memberLists().contains('Safeguarding Lead, Housing')
        memberLists().contains('Former member: Post deleted in restructure')
    }

    def "ending the only chair shows the backend's reason in the form, and goes through once confirmed"() {
        given:
        signInAs(admin)
        UI.current.navigate(MembershipView)
        _click(button("End Head of Children's Safeguarding"))
        userEnters(field(TextArea, 'Reason'), 'Retired')

        when:
        _click(_get(Button) { it.withText('End membership') })

        then:
        _get(FormErrors).text.contains("is the group's only current chair")

        when:
        userEnters(field(Checkbox, "If this is the group's only chair, leave the group without a chair"), true)
        _click(_get(Button) { it.withText('End membership') })

        then:
        _get(Paragraph) { it.withId('membership-message') }.text.startsWith("Head of Children's Safeguarding: membership ends on")
    }

    def "the backend's refusal of a field is shown once, in its words"() {
        given: 'a seat that started on 1 January 2025'
        signInAs(admin)
        UI.current.navigate(MembershipView)
        _click(button('Change Assistant Director, Public Health Nursing'))
        userEnters(field(DatePicker, 'Start date (optional)'), LocalDate.of(2025, 1, 1))
        _click(_get(Button) { it.withText('Save changes') })

        when: 'the admin ends it the day before'
        _click(button('End Assistant Director, Public Health Nursing'))
        userEnters(field(DatePicker, 'Last day of membership'), LocalDate.of(2024, 12, 31))
        userEnters(field(TextArea, 'Reason'), 'Left')
        _click(_get(Button) { it.withText('End membership') })

        then:
        _get(FormErrors).text == 'The end date is before the start date (2025-01-01).'
    }

    def "an admin records an agency's compact date, and its history shows the date before and after"() {
        given:
        signInAs(admin)
        UI.current.navigate(MembershipView)

        when:
        _click(button('Change Acute trust'))
        userEnters(field(DatePicker, 'Compact signed on (leave empty if not signed)'), LocalDate.of(2016, 9, 1))
        userEnters(field(TextField, 'Reason for the change (optional, kept in the history)'), 'Compact returned')
        _click(_get(Button) { it.withText('Save agency') })

        then:
        _get(Paragraph) { it.withId('membership-message') }.text == 'Acute trust: changes saved.'
        textOf(_get(MembershipView)).contains('01/09/2016')

        when:
        _click(button('History Acute trust'))

        then:
        def history = textOf(_get(Section) { it.withId('membership-history') })
        history.contains('by the partnership pack: added.')
        history.contains('by Alex Admin: changed. Compact signed on: none →')
        history.contains('Reason: Compact returned')
    }

    def "a meeting's attendance offers the member's standing deputy as the deputy"() {
        given: 'the admin records a standing deputy for the CAMHS lead'
        signInAs(admin)
        UI.current.navigate(MembershipView)
        _click(button('Change Senior Lead, CAMHS'))
        userEnters(field(TextField, "Standing deputy's name (optional)"), 'Jo Lee')
        userEnters(field(TextField, "Standing deputy's post (optional)"), 'Team Manager, CAMHS')
        userEnters(field(Checkbox, "The deputy holds the member's delegated authority"), true)
        _click(_get(Button) { it.withText('Save changes') })
        assert _get(Paragraph) { it.withId('membership-message') }.text == 'Senior Lead, CAMHS: changes saved.'

        and: "business support, who runs the group's meetings, opens one"
        signInAs(support)
        def meeting = MeetingData.extraMeeting('Meeting with deputies', 14)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        userEnters(field(Select, 'Attendance: Senior Lead, CAMHS'), 'DEPUTY')

        then: "the deputy's name and authority are filled in from the standing nomination"
        field(TextField, "Deputy's name for Senior Lead, CAMHS").value == 'Jo Lee, Team Manager, CAMHS'
        field(Checkbox, 'Deputy for Senior Lead, CAMHS holds delegated authority').value
    }

    def "the group's history names the seat of each change"() {
        given:
        signInAs(chair)
        UI.current.navigate(MembershipView)

        when:
        _click(_get(Button) { it.withText("History of the group's membership") })

        then:
        def history = textOf(_get(Section) { it.withId('membership-history') })
        history.contains('Safeguarding Lead, Housing: ')
        history.contains('by Alex Admin: ended.')
        history.contains('Reason: Post deleted in restructure')
    }

    def "a chair reads members, agencies and history, with no controls to change them"() {
        given:
        signInAs(chair)

        when:
        UI.current.navigate(MembershipView)

        then:
        _find(Button).findAll { it.text in ['Add a member', 'Add an agency', 'Change', 'End'] }.isEmpty()

        when:
        _click(button('History Senior Lead, CAMHS'))

        then:
        textOf(_get(Section) { it.withId('membership-history') }).contains('by the partnership pack: added.')
    }

    def "an admin ends a person's access; the person is listed as former, with the reason in the history"() {
        given: 'a member of the partnership who is leaving'
        String leaver = TestUsers.uniqueEmail('leaver')
        String name = "Lee Leaver ${UUID.randomUUID().toString().substring(0, 6)}"
        TestUsers.member(TestUsers.user(email: leaver, name: name, password: TestSystem.DEMO_PASSWORD), tenantOf(admin), ['MEMBER'])
        signInAs(admin)
        UI.current.navigate(MembershipView)

        expect: 'the roles table lists them as current'
        textOf(_find(com.vaadin.flow.component.html.NativeTable).find { it.hasClassName('rh-roles') }).contains(name)

        when: 'the admin ends their access now, without a reason first'
        _click(button("End access $name"))
        _click(_get(Button) { it.withId('end-role-save') })

        then:
        field(TextArea, 'Reason').invalid

        when:
        userEnters(field(TextArea, 'Reason'), 'Left the partnership')
        _click(_get(Button) { it.withId('end-role-save') })

        then:
        _get(Paragraph) { it.withId('membership-message') }.text == "$name: access to the partnership has ended."
        def roles = textOf(_find(com.vaadin.flow.component.html.NativeTable).find { it.hasClassName('rh-roles') })
        roles.contains(name)
        _find(Button).every { it.element.getAttribute('aria-label') != "End access $name" }

        when:
        _click(button("History $name"))

        then:
        textOf(_get(Section) { it.withId('membership-history') }).contains('Left the partnership')
    }

    /** The partnership the user has a role in. */
    static UUID tenantOf(String email) {
        def c = uk.reviewhub.testing.PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement('''select m.tenant_id from partnership_membership m join app_user u on u.id = m.user_id
                                           where u.email = cast(? as citext)''')
            s.setString(1, email)
            def rows = s.executeQuery()
            rows.next()
            rows.getObject(1, UUID)
        } finally {
            c.close()
        }
    }
}
