package uk.reviewhub.ui.shell

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Anchor
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.backend.SessionCredentials

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class SwitchPartnershipViewSpec extends ViewSpec {

    def "someone in two partnerships switches from one to the other and their session then carries the other"() {
        given:
        String email = TestUsers.uniqueEmail('switch-ui')
        UUID user = TestUsers.user(email: email, name: 'Robin Two-Hats')
        TestUsers.member(user, TestUsers.partnership('salford'), ['MEMBER'])
        TestUsers.member(user, TestUsers.partnership('norfolk'), ['CHAIR'])
        signInAs(email, TestUsers.PASSWORD)
        _click(_get(Button) { it.withText('Continue') })
        String before = SessionCredentials.current().get().refreshToken()

        expect: 'the header offers the switch'
        _get(Anchor) { it.withId('switch-partnership') }.visible

        when:
        UI.current.navigate(SwitchPartnershipView)
        def me = SessionCredentials.currentUser()
        def other = me.partnerships().find { it.id() != me.partnership().id() }
        _click(_get(Button) { it.withText("Work in ${other.name()}".toString()) })

        then:
        SessionCredentials.currentUser().partnership().id() == other.id()
        SessionCredentials.currentUser().roles() == [other.slug() == 'norfolk' ? 'CHAIR' : 'MEMBER']
        SessionCredentials.current().get().refreshToken() != before
    }

    def "someone in one partnership is not offered a switch"() {
        when:
        signInAs('chair@salford.demo')

        then: 'the link is hidden (Karibu finds visible components only)'
        _find(Anchor) { it.withId('switch-partnership') }.empty

        when:
        UI.current.navigate(SwitchPartnershipView)

        then:
        _find(Button).findAll { it.text.startsWith('Work in') }.empty
    }
}
