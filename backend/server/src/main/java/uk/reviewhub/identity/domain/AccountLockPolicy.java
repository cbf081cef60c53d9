package uk.reviewhub.identity.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an account is locked after consecutive failed sign-ins: nothing below the limit, then
 * the first lock, doubling with each further failure (each one made after the previous lock ended),
 * up to the longest lock.
 */
public record AccountLockPolicy(int failureLimit, Duration firstLock, Duration longestLock) {

    public AccountLockPolicy {
        if (failureLimit < 1 || firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("Invalid lock policy: " + failureLimit + ", " + firstLock + ", " + longestLock);
        }
    }

    public Optional<Duration> lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < failureLimit) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - failureLimit, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    }
}
