package uk.reviewhub.ui.shell

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.H1
import com.vaadin.flow.component.sidenav.SideNavItem
import com.vaadin.flow.component.textfield.TextArea
import uk.reviewhub.api.meeting.AgendaDecisionRequest
import uk.reviewhub.api.meeting.ApproveMinutesRequest
import uk.reviewhub.api.meeting.DraftMinutesRequest
import uk.reviewhub.api.meeting.MinuteEntryInput
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.actionplan.CapView
import uk.reviewhub.ui.calendar.DeadlineCalculatorView
import uk.reviewhub.ui.casereview.CaseDashboardView
import uk.reviewhub.ui.casereview.CaseListView
import uk.reviewhub.ui.casereview.NewCaseView
import uk.reviewhub.ui.meeting.MeetingData
import uk.reviewhub.ui.meeting.MeetingPage
import uk.reviewhub.ui.meeting.MeetingsView
import uk.reviewhub.ui.national.NationalView
import uk.reviewhub.ui.platform.PlatformPartnershipsView
import uk.reviewhub.ui.partnership.PartnershipOverviewView

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * Item 12 and 16 of the hardening issue: the menu, the routes and the controls show a person only
 * what the backend lets them do (one place decides: {@link Capability}), and signing in lands on
 * a page that works for them.
 */
class CapabilitySpec extends ViewSpec {

    def "#who sees the case work in the menu: #caseWork"() {
        when:
        signInAs(who)

        then:
        def labels = _find(SideNavItem)*.label
        ['Dashboard', 'Cases', 'Composite Action Plan'].every { labels.contains(it) } == caseWork
        ['Dashboard', 'Cases', 'Composite Action Plan'].any { labels.contains(it) } == caseWork

        where:
        who                    || caseWork
        'admin@salford.demo'   || false
        'chair@salford.demo'   || true
        'member@salford.demo'  || true
        'support@salford.demo' || true
    }

    def "a partnership admin who opens #route by its address is told it is not theirs, not shown a backend error"() {
        given:
        signInAs('admin@salford.demo')

        when:
        UI.current.navigate(route)

        then:
        currentView() instanceof NotAllowedView
        _get(H1).text == 'This page is not available to you'
        _find(BackendProblemView).isEmpty()

        where:
        route << ['dashboard', 'cases', 'cap', 'cases/new']
    }

    def "the form for a new referral opens only for those who may record one (#who: #opens)"() {
        given:
        signInAs(who)

        when:
        UI.current.navigate('cases/new')

        then:
        (currentView() instanceof NewCaseView) == opens
        (currentView() instanceof NotAllowedView) == !opens

        where:
        who                    || opens
        'member@salford.demo'  || false
        'admin@salford.demo'   || false
        'chair@salford.demo'   || true
        'support@salford.demo' || true
    }

    def "the case list offers recording a referral only to those who may (#who: #offered)"() {
        given:
        signInAs(who)

        when:
        UI.current.navigate(CaseListView)

        then:
        !_find(Button) { it.withText('Record a referral or SIN') }.isEmpty() == offered

        where:
        who                    || offered
        'member@salford.demo'  || false
        'chair@salford.demo'   || true
    }

    def "after signing in #who lands on #landing"() {
        when:
        signInAs(who)

        then:
        landing.isInstance(currentView())
        _find(NotAllowedView).isEmpty()
        _find(BackendProblemView).isEmpty()

        where:
        who                             || landing
        'chair@salford.demo'            || CaseDashboardView
        'member@norfolk.demo'           || CaseDashboardView
        'support@salford.demo'          || CaseDashboardView
        'admin@salford.demo'            || PartnershipOverviewView
        'platform-admin@reviewhub.demo' || PlatformPartnershipsView
        'national@reviewhub.demo'       || NationalView
    }

    def "a platform user is offered only what works without a partnership, and the start address takes them there"() {
        given:
        signInAs('national@reviewhub.demo')

        when:
        UI.current.navigate('')

        then:
        currentView() instanceof NationalView
        _find(SideNavItem)*.label == ['Deadline calculator', 'National figures', 'Compare an area']

        when:
        UI.current.navigate('meetings')

        then:
        currentView() instanceof NotAllowedView
    }

    def "a deep link asked for before signing in is where the person lands"() {
        given:
        UI.current.navigate('meetings')

        when:
        signInAs('chair@salford.demo')

        then:
        currentView() instanceof MeetingsView
    }

    def "a held meeting is not offered a move or a cancellation"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Held meeting', 3)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        expect: 'before it is held, both are offered'
        !_find(Button) { it.withText('Move meeting') }.isEmpty()
        !_find(Button) { it.withText('Cancel meeting') }.isEmpty()

        when:
        MeetingData.client().held(meeting.id(), meeting.version())
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then:
        _find(Button) { it.withText('Move meeting') }.isEmpty()
        _find(Button) { it.withText('Cancel meeting') }.isEmpty()
        _find(Button) { it.withText('Record the meeting as held') }.isEmpty()
    }

    def "approved minutes offer no Save: the chair records an amendment, business support only reads them"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Approved minutes', 4)
        def item = MeetingData.item(meeting.id(), 'Learning from Child G')
        MeetingData.client().decide(meeting.id(), item.id(), new AgendaDecisionRequest(item.version(), 'ACCEPTED', null))
        def draft = MeetingData.client().draft(meeting.id(), new DraftMinutesRequest(null,
                [new MinuteEntryInput(item.id(), item.title(), 'Discussed.', ['Share the learning'])]))
        MeetingData.client().approve(meeting.id(), new ApproveMinutesRequest(draft.version(), null))

        when:
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then: 'the chair may amend, not save a draft'
        _find(Button) { it.withText('Save draft minutes') }.isEmpty()
        !_find(Button) { it.withText('Record amendment') }.isEmpty()

        when:
        signInAs('support@salford.demo')
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then: 'business support reads the approved minutes and changes nothing in them'
        _find(Button) { it.withText('Save draft minutes') }.isEmpty()
        _find(Button) { it.withText('Record amendment') }.isEmpty()
        _find(TextArea) { it.withLabel('Notes: Learning from Child G') }.isEmpty()
        textOf(_get(MeetingPage)).contains('Decision: Share the learning')
    }
}
