package uk.reviewhub.ui.platform

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.H1
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.sidenav.SideNavItem
import com.vaadin.flow.component.textfield.TextArea
import uk.reviewhub.api.platform.PlatformPartnershipView
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.NotAllowedView

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The platform console's page: a platform admin lands on it, sees every partnership's status and
 * counts, and suspends and reactivates one with a reason; nobody else is offered it.
 */
class PlatformPartnershipsViewSpec extends ViewSpec {

    static String row(String partnership) {
        _get(NativeTable) { it.withId('platform-partnerships') }.body.children.toList()
                .collect { it.children.toList()*.element*.textRecursively }.find { it[0] == partnership }?.join(' | ')
    }

    Select<PlatformPartnershipView> chooser() {
        _get(Select) { it.withId('platform-partnership') } as Select<PlatformPartnershipView>
    }

    void choose(String slug) {
        userEnters(chooser(), chooser().listDataView.items.toList().find { it.slug() == slug })
    }

    def "a platform admin lands on the partnerships, with status and counts and no case data"() {
        when:
        signInAs('platform-admin@reviewhub.demo')

        then:
        currentView() instanceof PlatformPartnershipsView
        _get(H1).text == 'Partnerships on the platform'
        row('Salford Safeguarding Children Board')?.startsWith('Salford Safeguarding Children Board | Active | ')
        _find(SideNavItem)*.label.contains('Platform: partnerships')

        when: 'choosing one offers what its status allows'
        choose('salford')

        then:
        _get(Button) { it.withId('platform-suspend') }.visible
        _find(Button) { it.withId('platform-reactivate') }.isEmpty()
        _find(Button) { it.withId('platform-delete') }.isEmpty()
        _get(Anchor) { it.withId('platform-download') }.text == 'Download its data (zip)'
    }

    def "suspending needs a reason; a suspended partnership is reactivated with one"() {
        given:
        signInAs('platform-admin@reviewhub.demo')
        choose('southampton')
        String name = chooser().value.name()

        when: 'no reason'
        _click(_get(Button) { it.withId('platform-suspend') })

        then: 'the reason field says so'
        _get(TextArea) { it.withId('platform-reason') }.invalid
        _get(Paragraph) { it.withId('platform-message') }.text.startsWith('Problem:')

        when:
        userEnters(_get(TextArea) { it.withId('platform-reason') }, 'Contract under review')
        _click(_get(Button) { it.withId('platform-suspend') })

        then:
        _get(Paragraph) { it.withId('platform-message') }.text == "$name suspended."
        row(name).contains('| Suspended |')
        _get(Button) { it.withId('platform-reactivate') }.visible
        textOf(_get(PlatformPartnershipsView)).contains('Contract under review')

        when:
        userEnters(_get(TextArea) { it.withId('platform-reason') }, 'Contract renewed')
        _click(_get(Button) { it.withId('platform-reactivate') })

        then:
        _get(Paragraph) { it.withId('platform-message') }.text == "$name reactivated."
        row(name).contains('| Active |')
    }

    def "#who is not offered the console and cannot open it"() {
        when:
        signInAs(who)

        then:
        !_find(SideNavItem)*.label.contains('Platform: partnerships')

        when:
        UI.current.navigate('platform/partnerships')

        then:
        currentView() instanceof NotAllowedView

        where:
        who << ['national@reviewhub.demo', 'admin@salford.demo']
    }
}
