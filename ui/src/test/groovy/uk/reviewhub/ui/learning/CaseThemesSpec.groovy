package uk.reviewhub.ui.learning

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.combobox.ComboBox
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.html.UnorderedList
import uk.reviewhub.api.learning.LearningThemeView
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.casereview.CasePage

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** The "Learning themes" section of the case page: attach and detach, for the case and its review. */
class CaseThemesSpec extends ViewSpec {

    def "business support attaches a theme to a case and detaches it again"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def theme = api.theme('Attach test ' + CaseApi.uniqueReference('T'))
        def created = api.sin(CaseApi.uniqueReference('THEME-ATT'))
        signInAs('support@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        expect:
        textOf(section()).contains('None attached.')
        _find(section(), ComboBox).size() == 1

        when:
        userEnters(chooser('Attach a theme to the case'), chooser('Attach a theme to the case').listDataView.items.find { it.id() == theme.id() })
        _click(_get(section(), Button) { it.withText('Attach to the case') })

        then:
        textOf(_get(UnorderedList) { it.withId('case-themes') }).contains(theme.title())
        api.get(created.id()).themes()*.id() == [theme.id()]

        when:
        _click(_get(section(), Button) { it.withText('Detach') })

        then:
        _find(UnorderedList) { it.withId('case-themes') }.isEmpty()
        textOf(section()).contains('None attached.')
        api.get(created.id()).themes().isEmpty()
    }

    def "the review's themes are listed beside the case's, and retired themes are marked but not offered"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def onReview = api.theme('Review theme ' + CaseApi.uniqueReference('R'))
        def retired = api.theme('Retired theme ' + CaseApi.uniqueReference('X'))
        def created = api.commissioned(CaseApi.uniqueReference('THEME-REV'))
        api.attachReviewTheme(created.id(), onReview.id())
        api.attachTheme(created.id(), retired.id())
        api.retire(retired.id())
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        expect:
        textOf(_get(UnorderedList) { it.withId('review-themes') }).contains(onReview.title())
        textOf(_get(UnorderedList) { it.withId('case-themes') }).contains(retired.title() + ' (retired)')
        !chooser('Attach a theme to the case').listDataView.items.any { it.id() == retired.id() }

        when: 'the chair detaches the review theme'
        _click(_find(section(), Button).find { it.ariaLabel.orElse(null) == "Detach ${onReview.title()} from the review".toString() })

        then:
        _find(UnorderedList) { it.withId('review-themes') }.isEmpty()
        chooser('Attach a theme to the review').listDataView.items.any { it.id() == onReview.id() }
    }

    def "a member reads the themes but is offered no attach or detach"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def theme = api.theme('Member view ' + CaseApi.uniqueReference('M'))
        def created = api.sin(CaseApi.uniqueReference('THEME-MEM'))
        api.attachTheme(created.id(), theme.id())
        signInAs('member@norfolk.demo')

        when:
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        then:
        textOf(_get(UnorderedList) { it.withId('case-themes') }).contains(theme.title())
        _find(section(), ComboBox).isEmpty()
        _find(section(), Button).isEmpty()
    }

    private static Section section() {
        _get(Section) { it.withId('learning-themes') }
    }

    private static ComboBox<LearningThemeView> chooser(String label) {
        _get(ComboBox) { it.withLabel(label) } as ComboBox<LearningThemeView>
    }
}
