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
import uk.reviewhub.ui.document.TemplatesView
import uk.reviewhub.ui.meeting.ActionLogView
import uk.reviewhub.ui.meeting.ChairDaysView
import uk.reviewhub.ui.meeting.PerformanceReportView
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
                                      'Composite Action Plan', 'Learning themes', 'Deadline calculator', 'How we compare',
                                      'Meetings', 'Meeting action log', 'Decisions register', 'Performance report',
                                      "Chair's days", 'Independent scrutiny']

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
        'Performance report'    | PerformanceReportView
        "Chair's days"          | ChairDaysView
        'Independent scrutiny'  | uk.reviewhub.ui.scrutiny.ScrutinyProgrammeView
    }

    def "entries for some roles only: #who sees templates #templates, chair's days #chairDays, outbox #outbox"() {
        given:
        signInAs(who)

        expect:
        def labels = _find(SideNavItem)*.label
        labels.contains('Document templates') == templates
        labels.contains("Chair's days") == chairDays
        labels.contains('Outbox') == outbox
        labels.contains('Performance report')
        labels.contains('Terms of reference')

        where:
        who                    || templates | chairDays | outbox
        'admin@norfolk.demo'   || true      | true      | true
        'chair@norfolk.demo'   || false     | true      | false
        'support@norfolk.demo' || false     | true      | true
        'member@norfolk.demo'  || false     | false     | false
    }

    def "the templates entry leads a partnership admin to the template editor"() {
        given:
        signInAs('admin@salford.demo')

        when:
        UI.current.navigate(_find(SideNavItem).find { it.label == 'Document templates' }.path)

        then:
        currentView() instanceof TemplatesView
        _find(SideNavItem)*.label.indexOf('Document templates') == _find(SideNavItem)*.label.indexOf('Terms of reference') + 1
    }

    def "the outbox entry leads business support to the outbox"() {
        given:
        signInAs('support@salford.demo')

        when:
        UI.current.navigate(_find(SideNavItem).find { it.label == 'Outbox' }.path)

        then:
        currentView() instanceof OutboxView
    }
}
