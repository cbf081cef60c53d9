package uk.reviewhub.identity

import spock.lang.Specification
import uk.reviewhub.identity.domain.AccountLockPolicy

import java.time.Duration

class AccountLockPolicySpec extends Specification {

    def policy = new AccountLockPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1))

    def "after #failures consecutive failures the account is locked for #lock"() {
        expect:
        policy.lockAfter(failures) == Optional.ofNullable(lock)

        where:
        failures | lock
        0        | null
        4        | null
        5        | Duration.ofMinutes(1)
        6        | Duration.ofMinutes(2)
        7        | Duration.ofMinutes(4)
        10       | Duration.ofMinutes(32)
        11       | Duration.ofHours(1)
        1000     | Duration.ofHours(1)
    }
}
