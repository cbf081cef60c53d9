package uk.reviewhub.partnership

import io.micronaut.context.annotation.Value
import jakarta.inject.Inject
import uk.reviewhub.partnership.domain.DemoAccounts
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.nio.file.Files
import java.nio.file.Path

class DemoAccountsSpec extends IntegrationSpec {

    @Inject
    DemoAccounts demoAccounts

    @Value('${reviewhub.data-dir}')
    String dataDir

    def "demo accounts are allowed with the embedded database, or in the test environment when switched on (#why)"() {
        expect:
        DemoAccounts.allowed(embedded, testEnvironment, enabled) == allowed

        where:
        why                               | embedded | testEnvironment | enabled || allowed
        'embedded database'               | true     | false           | false   || true
        'test environment, switched on'   | false    | true            | true    || true
        'test environment, switched off'  | false    | true            | false   || false
        'configured database, not a test' | false    | false           | true    || false
    }

    def "at start-up the demo sign-ins of every partnership and of the platform are written to the data directory"() {
        when:
        List<String> lines = Files.readAllLines(Path.of(dataDir, 'demo-sign-ins.txt'))

        then:
        demoAccounts.allowed()
        ['admin', 'chair'].every { role ->
            ['norfolk', 'southampton', 'salford', 'tri-borough'].every { slug -> lines.any { it.startsWith("$role@${slug}.demo ") } }
        }
        lines.any { it.startsWith('platform-admin@reviewhub.demo') && it.contains('PLATFORM_ADMIN') }
        lines.any { it.startsWith('national@reviewhub.demo') && it.contains('NATIONAL_VIEWER') }
        lines.findAll { it.contains('@') }.every { it.endsWith(PostgresFixture.DEMO_PASSWORD) }
    }
}
