package uk.reviewhub.ui.shell

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.sidenav.SideNavItem
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.actionplan.CapView
import uk.reviewhub.ui.calendar.DeadlineCalculatorView
import uk.reviewhub.ui.casereview.CaseDashboardView
import uk.reviewhub.ui.casereview.CaseListView
import uk.reviewhub.ui.learning.LearningThemesView
import uk.reviewhub.ui.mail.OutboxView
import uk.reviewhub.ui.meeting.ActionLogView
import uk.reviewhub.ui.meeting.DecisionsView
import uk.reviewhub.ui.meeting.MeetingsView
import uk.reviewhub.ui.membership.MembershipView
import uk.reviewhub.ui.partnership.TermsOfReferenceView

import static com.github.mvysny.kaributesting.v10.LocatorJ._find

class MainLayoutSpec extends ViewSpec {

    def "the side navigation leads to every signed-in view"() {
        given:
        signInAs('chair@norfolk.demo')

        expect:
        _find(SideNavItem)*.label == ['Partnership', 'Membership', 'Terms of reference', 'Dashboard', 'Cases',
                                      'Composite Action Plan', 'Learning themes', 'Deadline calculator',
                                      'Meetings', 'Meeting action log', 'Decisions register', 'Outbox']

        when:
        UI.current.navigate(_find(SideNavItem).find { it.label == target }.path)

        then:
        view.isInstance(currentView())

        where:
        target               | view
        'Membership'         | MembershipView
        'Terms of reference' | TermsOfReferenceView
        'Dashboard'             | CaseDashboardView
        'Cases'                 | CaseListView
        'Composite Action Plan' | CapView
        'Learning themes'       | LearningThemesView
        'Deadline calculator'   | DeadlineCalculatorView
        'Meetings'              | MeetingsView
        'Meeting action log'    | ActionLogView
        'Decisions register'    | DecisionsView
        'Outbox'                | OutboxView
    }
}
