package uk.reviewhub.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address in a sliding window, kept in memory, to slow down someone
 * trying many emails from one place (which the per-account lock alone would not). Kept per
 * replica: with several replicas the effective limit is multiplied by their number, which still
 * slows enumeration down.
 */
public final class ClientAddressThrottle {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public ClientAddressThrottle(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** How long this address must still wait, if it has used up its failures in the window. */
    public Optional<Duration> waitFor(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            forgetOld(recent, now);
            if (recent.size() < limit) {
                return Optional.empty();
            }
            Instant freeAt = recent.peekFirst().plus(window);
            return Optional.of(Duration.between(now, freeAt));
        }
    }

    public void recordFailure(String address, Instant now) {
        if (failures.size() >= MAX_TRACKED_ADDRESSES) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    forgetOld(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
            while (recent.size() > limit) {
                recent.removeFirst();
            }
        }
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
