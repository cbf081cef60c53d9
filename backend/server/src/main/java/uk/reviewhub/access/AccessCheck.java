package uk.reviewhub.access;

import uk.reviewhub.access.persistence.AccessQueries;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an access token still speaks for someone, checked on every request: the account exists
 * and is active, the token was not signed out, its partnership is one where the person holds a
 * current role (by its start and end dates, London), and every role it claims is one they hold now
 * there (or a platform role they hold). So access ends with the last role, not with the token.
 *
 * <p>A person's standing is read from the database at most once per
 * {@code reviewhub.security.access-check-seconds} (default 30) on each replica, and at once after a
 * change made on this replica ({@link #forget}): a token outlives the end of its person's role by
 * at most that long, whatever its own lifetime.
 */
@Singleton
public class AccessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AccessCheck.class);

    private record Cached(Optional<AccessQueries.Standing> standing, long loadedAtNanos) {
    }

    private final AccessQueries queries;
    private final Clock clock;
    private final long maxAgeNanos;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    AccessCheck(AccessQueries queries, Clock clock, @Value("${reviewhub.security.access-check-seconds:30}") int maxAgeSeconds) {
        this.queries = queries;
        this.clock = clock;
        this.maxAgeNanos = Duration.ofSeconds(maxAgeSeconds).toNanos();
    }

    /**
     * @param userId  the token's subject
     * @param tenant  the partnership it works in, or null for platform-only tokens
     * @param roles   the roles it claims
     * @param tokenId its id ({@code jti}), or null
     */
    public boolean allows(UUID userId, @Nullable UUID tenant, Collection<String> roles, @Nullable UUID tokenId) {
        Optional<AccessQueries.Standing> found = standing(userId);
        if (found.isEmpty()) {
            return false;
        }
        AccessQueries.Standing standing = found.get();
        if (!standing.active() || (tokenId != null && standing.revokedTokens().contains(tokenId))) {
            return false;
        }
        Set<String> held = tenant == null ? Set.of() : standing.rolesByTenant().get(tenant);
        if (held == null) {
            return false;
        }
        return roles.stream().allMatch(role -> held.contains(role) || standing.platformRoles().contains(role));
    }

    /** True when {@link #allows} would answer for this person without reading the database. */
    public boolean knows(UUID userId) {
        Cached cached = cache.get(userId);
        return cached != null && System.nanoTime() - cached.loadedAtNanos() <= maxAgeNanos;
    }

    /** Reads the user's standing again at their next request on this replica. */
    public void forget(UUID userId) {
        cache.remove(userId);
    }

    /** Reads everyone's standing again at their next request on this replica (a partnership was suspended or deleted). */
    public void forgetEveryone() {
        cache.clear();
    }

    private Optional<AccessQueries.Standing> standing(UUID userId) {
        long now = System.nanoTime();
        Cached cached = cache.get(userId);
        if (cached == null || now - cached.loadedAtNanos() > maxAgeNanos) {
            Instant instant = clock.instant();
            cached = new Cached(queries.standing(userId, LondonTime.today(clock), instant), now);
            cache.put(userId, cached);
            if (cache.size() > 100_000) {
                LOG.warn("Access check cache above 100000 people; clearing it");
                cache.clear();
            }
        }
        return cached.standing();
    }
}
