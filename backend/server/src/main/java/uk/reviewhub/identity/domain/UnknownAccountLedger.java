package uk.reviewhub.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins for emails that have no account, kept in memory and locked by the same policy as
 * real accounts, so that "429 after five failures" does not tell anyone the account exists.
 */
public final class UnknownAccountLedger {

    private static final int MAX_TRACKED_EMAILS = 100_000;

    private record State(int failures, Instant lockedUntil) {
    }

    private final AccountLockPolicy policy;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public UnknownAccountLedger(AccountLockPolicy policy) {
        this.policy = policy;
    }

    public Optional<Duration> lockedFor(String email, Instant now) {
        State state = states.get(key(email));
        if (state == null || state.lockedUntil() == null || !now.isBefore(state.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.lockedUntil()));
    }

    public void recordFailure(String email, Instant now) {
        if (states.size() >= MAX_TRACKED_EMAILS) {
            states.entrySet().removeIf(entry -> entry.getValue().lockedUntil() == null
                    || !now.isBefore(entry.getValue().lockedUntil().plus(policy.longestLock())));
        }
        states.compute(key(email), (k, state) -> {
            int failures = state == null ? 1 : state.failures() + 1;
            Instant lockedUntil = policy.lockAfter(failures).map(now::plus).orElse(null);
            return new State(failures, lockedUntil);
        });
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
