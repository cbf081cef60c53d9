package uk.reviewhub.identity

import at.favre.lib.crypto.bcrypt.BCrypt
import spock.lang.Specification
import uk.reviewhub.identity.domain.PasswordHasher

/**
 * bcrypt's cost: 12 unless configured; the lowest costs only in the test environment (the suite
 * sets 4 to sign in quickly); hashes of any cost verify, so a changed cost leaves old passwords working.
 */
class PasswordHasherSpec extends Specification {

    def "with no setting, passwords are hashed at cost 12 (the setting's default is the same constant)"() {
        when:
        String hash = new PasswordHasher().hash('a long enough password')

        then:
        PasswordHasher.COST == 12
        hash.startsWith('$2a$12$')
        new PasswordHasher(4, true).matches('a long enough password', hash)
    }

    def "cost #cost outside the test environment: #outcome"() {
        when:
        def hasher = new PasswordHasher(cost, false)

        then:
        hasher.hash('x' * 12).startsWith(String.format('$2a$%02d$', cost))

        where:
        cost | outcome
        10   | 'accepted (the floor)'
        12   | 'accepted (the default)'
    }

    def "cost #cost is refused #where"() {
        when:
        new PasswordHasher(cost, test)

        then:
        def refused = thrown(IllegalArgumentException)
        refused.message.contains('reviewhub.security.password-cost')

        where:
        cost | test  | where
        4    | false | 'outside the test environment'
        9    | false | 'outside the test environment'
        3    | true  | 'everywhere (below bcrypt\'s range)'
        32   | true  | 'everywhere (above bcrypt\'s range)'
    }

    def "a hash made at one cost still verifies after the cost changes"() {
        given:
        String old = new PasswordHasher(12, false).hash('the old password')

        expect:
        new PasswordHasher(4, true).matches('the old password', old)
        !new PasswordHasher(4, true).matches('another password', old)
    }

    def "the test environment may use the lowest cost"() {
        expect:
        new PasswordHasher(4, true).hash('quick').startsWith('$2a$04$')
    }

    def "the decoy for unknown emails is a well-formed hash at the configured cost #cost, made without hashing, that nothing matches"() {
        given:
        def hasher = new PasswordHasher(cost, true)
        String decoy = hasher.decoy()

        expect: 'bcrypt parses it at the configured cost, so verifying against it spends that cost'
        decoy.length() == 60
        decoy.startsWith(String.format('$2a$%02d$', cost))
        BCrypt.Version.VERSION_2A.parser.parse(decoy.getBytes('UTF-8')).cost == cost
        and: 'made once: every later use is the same decoy'
        hasher.decoy().is(decoy)
        and: 'each hasher has its own, and no password matches it'
        new PasswordHasher(cost, true).decoy() != decoy
        !hasher.matches('', decoy)
        !hasher.matches('decoy', decoy)
        !hasher.spendOneVerification('any password')

        where:
        cost << [4, 10]
    }
}
