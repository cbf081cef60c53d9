package uk.reviewhub.ui.e2e

import com.microsoft.playwright.BrowserContext
import com.microsoft.playwright.BrowserType
import com.microsoft.playwright.Page
import com.microsoft.playwright.Playwright
import com.microsoft.playwright.options.AriaRole
import spock.lang.IgnoreIf
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.ui.TestSystem

import java.nio.file.Files
import java.nio.file.Path

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat

/**
 * End to end in a real browser (Debian's Chromium driven by Playwright): backend and UI run in
 * this JVM on random ports. Fails, rather than skips, when Chromium is missing: run
 * infra/scripts/install-test-deps.sh. Skipped only with -Dreviewhub.e2e.skip=true.
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') })
class SignInAndMembershipBrowserSpec extends Specification {

    static final Path CHROMIUM = Path.of(System.getProperty('reviewhub.e2e.chromium', '/usr/bin/chromium'))

    @Shared Playwright playwright
    @Shared BrowserContext browser
    @Shared URI ui

    def setupSpec() {
        assert Files.isExecutable(CHROMIUM): "Chromium is not installed at $CHROMIUM: run infra/scripts/install-test-deps.sh " +
                '(or skip browser tests explicitly with -Dreviewhub.e2e.skip=true)'
        ui = TestSystem.instance.ui().url()

        Path work = Files.createDirectories(TestSystem.targetDir().resolve('e2e'))
        Map<String, String> env = [
                PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
                XDG_CONFIG_HOME                 : dir(work, 'xdg-config'),
                XDG_CACHE_HOME                  : dir(work, 'xdg-cache'),
                XDG_DATA_HOME                   : dir(work, 'xdg-data'),
                XDG_RUNTIME_DIR                 : dir(work, 'xdg-runtime'),
                HOME                            : dir(work, 'home'),
        ]
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env))
        Path profile = Files.createTempDirectory(work, 'chromium-profile-')
        browser = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(['--no-sandbox', '--disable-gpu', '--disable-background-networking',
                          '--disable-component-update', '--disable-sync', '--no-first-run'])
                .setLocale('en-GB'))
        browser.setDefaultTimeout(30_000)
    }

    def cleanupSpec() {
        browser?.close()
        playwright?.close()
    }

    def "the Salford chair sees Salford's members; the Norfolk chair sees none of them"() {
        given:
        Page page = browser.newPage()

        when: 'the Salford chair signs in and opens Membership'
        signIn(page, 'chair@salford.demo')
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName('Membership')).click()

        then:
        assertThat(page.locator('h1')).hasText('Membership')
        assertThat(page.getByText('Designated Doctor Safeguarding Children, CCG')).isVisible()
        assertThat(page.locator('#partnership-name')).containsText('Salford')

        when: 'they sign out and the Norfolk chair signs in'
        page.locator('#sign-out').click()
        assertThat(page.locator('h1')).hasText('Sign in to Review Hub')
        signIn(page, 'chair@norfolk.demo')
        page.navigate(ui.resolve('membership').toString())

        then:
        assertThat(page.locator('h1')).hasText('Membership')
        assertThat(page.getByText('Police representative')).isVisible()
        assertThat(page.locator('#partnership-name')).containsText('Norfolk')
        assertThat(page.getByText('Designated Doctor')).hasCount(0)
        !page.locator('main').innerText().contains('Salford')

        cleanup:
        page?.close()
    }

    private void signIn(Page page, String email) {
        page.navigate(ui.resolve('sign-in').toString())
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Email address')).fill(email)
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Password')).fill(TestSystem.DEMO_PASSWORD)
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Sign in').setExact(true)).click()
        assertThat(page.locator('#partnership-name')).not().isEmpty()
    }

    private static String dir(Path parent, String name) {
        Files.createDirectories(parent.resolve(name)).toString()
    }
}
