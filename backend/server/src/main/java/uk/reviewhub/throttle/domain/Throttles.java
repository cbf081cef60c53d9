package uk.reviewhub.throttle.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.security.SecretTokens;
import uk.reviewhub.throttle.persistence.ThrottleStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The one home of throttling by counted attempts, kept in the database (global table
 * {@code throttle_failure}) so that every backend replica counts the same attempts and a restart
 * forgets none. A key (a client address, an email) is stored only as its SHA-256. Attempts older
 * than {@link #MEMORY} are forgotten.
 */
@Singleton
public class Throttles {

    /** How long an attempt is remembered: longer than any window or lock the throttles use. */
    public static final Duration MEMORY = Duration.ofDays(7);

    private final ThrottleStore store;

    Throttles(ThrottleStore store) {
        this.store = store;
    }

    /**
     * At most {@code limit} attempts per key in any {@code window} (sliding): after that the key
     * waits until the oldest of the last {@code limit} attempts leaves the window.
     *
     * @param scope what is counted, in lower-case words joined by hyphens (e.g. {@code sign-in-address})
     */
    public Window window(String scope, int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero() || window.compareTo(MEMORY) > 0) {
            throw new IllegalArgumentException("Invalid throttle " + scope + ": " + limit + " per " + window);
        }
        return new Window(scope, limit, window);
    }

    /**
     * A lock that grows with the attempts: after the {@code n}th attempt the key waits
     * {@code lockAfter.apply(n)} (nothing, or a duration from that attempt).
     */
    public Lock lock(String scope, IntFunction<Optional<Duration>> lockAfter) {
        return new Lock(scope, lockAfter);
    }

    /** A sliding window of attempts per key. */
    public final class Window {
        private final String scope;
        private final int limit;
        private final Duration window;

        private Window(String scope, int limit, Duration window) {
            this.scope = scope;
            this.limit = limit;
            this.window = window;
        }

        /** How long this key must still wait, if it has used up its attempts in the window. */
        public Optional<Duration> waitFor(String key, Instant now) {
            List<Instant> recent = store.newest(scope, hash(key), now.minus(window), now, limit);
            if (recent.size() < limit) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, recent.getLast().plus(window));
            return wait.isPositive() ? Optional.of(wait) : Optional.empty();
        }

        public void recordFailure(String key, Instant now) {
            store.record(scope, hash(key), now, now.minus(MEMORY));
        }
    }

    /** A lock per key that grows with the number of attempts remembered. */
    public final class Lock {
        private final String scope;
        private final IntFunction<Optional<Duration>> lockAfter;

        private Lock(String scope, IntFunction<Optional<Duration>> lockAfter) {
            this.scope = scope;
            this.lockAfter = lockAfter;
        }

        /** How long this key is still locked after its latest attempt. */
        public Optional<Duration> lockedFor(String key, Instant now) {
            List<Instant> attempts = store.newest(scope, hash(key), now.minus(MEMORY), now, Integer.MAX_VALUE);
            if (attempts.isEmpty()) {
                return Optional.empty();
            }
            return lockAfter.apply(attempts.size())
                    .map(lock -> Duration.between(now, attempts.getFirst().plus(lock)))
                    .filter(Duration::isPositive);
        }

        public void recordFailure(String key, Instant now) {
            store.record(scope, hash(key), now, now.minus(MEMORY));
        }
    }

    private static String hash(String key) {
        return SecretTokens.sha256Hex(key.strip().toLowerCase(Locale.ROOT));
    }
}
