package uk.reviewhub.ui.shell

import com.github.mvysny.kaributesting.v10.NotificationsKt
import com.vaadin.flow.component.Component
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.notification.Notification
import com.vaadin.flow.component.sidenav.SideNavItem
import com.vaadin.flow.router.HasUrlParameter
import com.vaadin.flow.router.Route
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.backend.SessionCredentials

import static com.github.mvysny.kaributesting.v10.LocatorJ._find

/**
 * Item 12 of the hardening issue, role by view: for each partnership role and each view of the
 * frame, the route opens exactly when {@link Capability} says the person may use it, a view that
 * opens works for them (no refusal from the backend, no "could not be shown"), the menu lists only
 * what opens, and the controls that change something are offered exactly to those whose
 * capability grants them. The expected answers come from the one capability home, so a view or
 * control that forgets to ask it, or asks the wrong one, is found here.
 */
class RoleByViewSpec extends ViewSpec {

    /** The partnership's people, one per role (Salford's demo users). */
    static final List<String> PEOPLE = ['admin@salford.demo', 'chair@salford.demo', 'vice-chair@salford.demo',
                                        'member@salford.demo', 'support@salford.demo']

    /** Controls that change something: on which page, by their text, and the capability that offers them. */
    static final List<List<Object>> CONTROLS = [
            ['cases', 'Record a referral or SIN', Capability.RECORD_CASES],
            ['meetings', 'Generate planned meetings', Capability.KEEP_SCHEDULE],
            ['meetings', 'Add extra meeting', Capability.KEEP_SCHEDULE],
            ['membership', 'Add a member', Capability.ADMINISTER],
            ['terms-of-reference', 'Edit the terms of reference', Capability.ADMINISTER],
            ['learning-themes', 'Add the theme', Capability.MANAGE_THEMES],
            ['chair-days', 'Log the day', Capability.LOG_CHAIR_DAYS],
            ['how-we-compare', 'Save comparators', Capability.ADMINISTER],
    ]

    /** Every view in the frame with an address of its own (those that take an id are opened from these). */
    static List<Class<? extends Component>> framedViews() {
        routes.routes.findAll { view ->
            Route route = view.getAnnotation(Route)
            route != null && route.layout() == MainLayout && !HasUrlParameter.isAssignableFrom(view) && !route.value().contains(':')
        }.sort { it.simpleName }
    }

    static String path(Class<? extends Component> view) {
        view.getAnnotation(Route).value()
    }

    static List<String> refusals() {
        NotificationsKt.notifications.collect { Notification n -> n.element.textRecursively + (n.element.getProperty('text') ?: '') }
    }

    def "the frame has views to check"() {
        expect:
        framedViews().size() >= 20
        framedViews()*.simpleName.containsAll(['CaseDashboardView', 'CapView', 'MeetingsView', 'MembershipView', 'ChairDaysView'])
    }

    def "#who: a view opens only if their roles allow it, and what opens works for them"() {
        given:
        signInAs(who)
        List<String> roles = SessionCredentials.current().get().me().roles()
        List<String> wrong = []

        when:
        framedViews().each { view ->
            NotificationsKt.clearNotifications()
            UI.current.navigate(path(view))
            boolean allowed = ReviewHubServiceInit.needed(view).grantedTo(roles)
            Component shown = currentView()
            if (allowed != view.isInstance(shown)) {
                wrong << "${path(view)}: ${allowed ? 'refused' : 'opened'}"
            } else if (!allowed && !(shown instanceof NotAllowedView)) {
                wrong << "${path(view)}: refused without saying so"
            } else if (allowed) {
                String text = textOf(shown) + refusals().join(' ')
                if (!_find(BackendProblemView).isEmpty() || text.contains('You do not have permission')
                        || text.contains('could not be shown')) {
                    wrong << "${path(view)}: opened, then refused by the backend"
                }
            }
        }

        then:
        wrong == []

        and: 'the menu lists only views that open for them'
        def listed = _find(SideNavItem)*.path*.replaceFirst('^/', '')
        def opening = framedViews().findAll { ReviewHubServiceInit.needed(it).grantedTo(roles) }*.with { path(it) }
        listed.every { it in opening }

        where:
        who << PEOPLE
    }

    def "#who is offered the controls their capabilities grant, and no others"() {
        given:
        signInAs(who)
        List<String> roles = SessionCredentials.current().get().me().roles()
        List<String> wrong = []

        when:
        CONTROLS.groupBy { it[0] }.each { String route, List<List<Object>> controls ->
            UI.current.navigate(route)
            controls.each { control ->
                Capability capability = control[2] as Capability
                boolean expected = capability.grantedTo(roles) && !(currentView() instanceof NotAllowedView)
                boolean offered = !_find(Button) { it.withText(control[1] as String) }.findAll { it.visible && it.enabled }.isEmpty()
                if (offered != expected) {
                    wrong << "$route '${control[1]}': ${offered ? 'offered' : 'not offered'}"
                }
            }
        }

        then:
        wrong == []

        where:
        who << PEOPLE
    }
}
