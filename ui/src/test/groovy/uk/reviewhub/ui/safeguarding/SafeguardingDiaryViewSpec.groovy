package uk.reviewhub.ui.safeguarding

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.textfield.TextField
import io.micronaut.http.client.HttpClient
import com.vaadin.flow.component.html.NativeTableRow
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.sidenav.SideNavItem
import uk.reviewhub.api.vocabulary.EpisodeKind
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.NotAllowedView

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The safeguarding service's diary: where its people land, the menu they are offered, a chair's own
 * overdue clocks in words, the manager's view of every chair's caseload, and nobody else let in.
 */
class SafeguardingDiaryViewSpec extends ViewSpec {

    def "#who lands on the diary and the menu offers the service's pages, not the case reviews"() {
        when:
        signInAs(who)

        then:
        currentView() instanceof SafeguardingDiaryView
        def labels = _find(SideNavItem)*.label
        labels.containsAll(['Safeguarding diary', 'Children (conferences and reviews)'])
        !labels.any { it in ['Dashboard', 'Cases', 'Meetings', 'Composite Action Plan'] }

        and: 'the caseloads of the chairs only for the manager and support'
        !_find(Section) { it.withId('caseloads') }.isEmpty() == caseloads

        where:
        who                       || caseloads
        SafeguardingData.CHAIR    || false
        SafeguardingData.MANAGER  || true
        SafeguardingData.SUPPORT  || true
    }

    def "a chair's diary says in words what is overdue for their own children; another chair's does not hold it"() {
        given: 'a child allocated to Avery Chair whose initial conference is overdue'
        def data = new SafeguardingData(SafeguardingData.MANAGER)
        def child = data.allocatedChild('Avery')
        data.episode(child.id(), EpisodeKind.CHILD_PROTECTION, SafeguardingData.today().minusDays(40))

        when:
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(SafeguardingDiaryView)

        then:
        String overdue = textOf(_get(Section) { it.withId('diary-overdue') })
        overdue.contains(child.caseReference())
        overdue.contains('Overdue')

        when:
        signInAs(SafeguardingData.CHAIR2)
        UI.current.navigate(SafeguardingDiaryView)

        then:
        !textOf(_get(SafeguardingDiaryView)).contains(child.caseReference())
    }

    def "the manager sees each chair's caseload, the child counted for its chair"() {
        given:
        def data = new SafeguardingData(SafeguardingData.MANAGER)
        def robin = data.chair('Robin')
        int before = robin.children()
        data.allocatedChild('Robin')

        when:
        signInAs(SafeguardingData.MANAGER)
        UI.current.navigate(SafeguardingDiaryView)

        then:
        String board = textOf(_get(Section) { it.withId('caseloads') })
        board.contains('Avery Chair')
        _find(NativeTableRow).collect { textOf(it) }.find { it.startsWith(robin.chair().name()) }
                .startsWith(robin.chair().name() + (before + 1))
    }

    def "a chair makes a calendar feed from the diary: its address is shown once and holds their conferences"() {
        given:
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(SafeguardingDiaryView)

        when:
        _click(_get(Button) { it.withId('make-calendar-feed') })

        then:
        String url = _get(TextField) { it.withId('calendar-feed-url') }.value
        url.contains('/ical/')
        url.endsWith('/safeguarding.ics')
        _get(TextField) { it.withId('calendar-feed-url') }.readOnly
        HttpClient.create(new URL(url.substring(0, url.indexOf('/ical/')))).toBlocking()
                .retrieve(url.substring(url.indexOf('/ical/'))).startsWith('BEGIN:VCALENDAR')
    }

    def "#who, outside the service, is not let into #route and is not offered it"() {
        given:
        signInAs(who)

        when:
        UI.current.navigate(route)

        then:
        currentView() instanceof NotAllowedView
        !_find(SideNavItem)*.label.contains('Safeguarding diary')

        where:
        who                      | route
        'admin@tri-borough.demo' | 'safeguarding/diary'
        'admin@tri-borough.demo' | 'safeguarding/children'
        'chair@salford.demo'     | 'safeguarding/diary'
        'support@salford.demo'   | 'safeguarding/children'
    }
}
