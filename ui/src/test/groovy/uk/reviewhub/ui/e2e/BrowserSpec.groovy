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
 * The base of the end-to-end specs: a real browser (Debian's Chromium driven by Playwright) against
 * the backend and UI running in this JVM on random ports. Fails, rather than skips, when Chromium is
 * missing: run infra/scripts/install-test-deps.sh. Skipped only with -Dreviewhub.e2e.skip=true.
 */
@IgnoreIf({ Boolean.getBoolean('reviewhub.e2e.skip') })
abstract class BrowserSpec extends Specification {

    static final Path CHROMIUM = Path.of(System.getProperty('reviewhub.e2e.chromium', '/usr/bin/chromium'))

    @Shared Playwright playwright
    @Shared BrowserContext browser
    @Shared URI ui

    def setupSpec() {
        assert Files.isExecutable(CHROMIUM): "Chromium is not installed at $CHROMIUM: run infra/scripts/install-test-deps.sh " +
                '(or skip browser tests explicitly with -Dreviewhub.e2e.skip=true)'
        ui = TestSystem.instance.ui().url()

        // Playwright and Chromium write only under target/, never under the user's home.
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

    /** Signs in through the sign-in form as a demo user and waits for the layout to show the partnership. */
    protected void signIn(Page page, String email) {
        page.navigate(ui.resolve('sign-in').toString())
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Email address')).fill(email)
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName('Password')).fill(TestSystem.DEMO_PASSWORD)
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName('Sign in').setExact(true)).click()
        assertThat(page.locator('#partnership-name')).not().isEmpty()
    }

    /**
     * Waits until the page's Vaadin client has nothing in flight (what Vaadin's own TestBench waits
     * for), rather than Playwright's network-idle state, which always waits 500 ms of silence.
     */
    protected static void waitForVaadin(Page page) {
        page.waitForFunction('''() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
            && Object.keys(window.Vaadin.Flow.clients).length > 0
            && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())''')
    }

    private static String dir(Path parent, String name) {
        Files.createDirectories(parent.resolve(name)).toString()
    }
}
