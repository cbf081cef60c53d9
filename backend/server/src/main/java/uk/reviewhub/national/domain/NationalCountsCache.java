package uk.reviewhub.national.domain;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * England's suppressed counts ({@code national_figures}), as counted and built into the measures'
 * cubes (suppression included: the larger part of a count's time in Java), kept on this replica for
 * {@code reviewhub.national.cache-seconds} (default 60; 0 counts on every request). Counting them
 * reads every partnership's cases, reviews and actions for the trend's years (about 400,000 events
 * over 150 partnerships x 10 years: seconds of database time), while every national viewer asks for
 * the same figures, so one count serves them all until it is that old. The figures a viewer sees are
 * therefore at most that many seconds behind the live tables (plus the one count's own time), and
 * are counted again at once for a new day (overdue actions) or other years.
 *
 * <p>Only the national aggregate, the same for every caller, is kept: a partnership's own counts
 * (row-level security, per tenant) are never cached. One count runs at a time; requests that arrive
 * during it wait for it rather than start their own.
 */
@Singleton
public class NationalCountsCache {

    /**
     * What the counts depend on: the years, the day (overdue, due), the suppression limit and the
     * partnerships' comparators (regions, populations, neighbours).
     */
    public record Key(int firstYear, int lastYear, LocalDate today, int suppressUpTo, List<Comparators> partnerships) {
    }

    private record Entry(Object value, long countedAtNanos) {
    }

    /** Keys kept at most (the landing's years and each single year asked for); past it all are dropped. */
    static final int MOST_KEYS = 32;

    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final Map<Key, Entry> kept = new HashMap<>();

    @Inject
    NationalCountsCache(@Value("${reviewhub.national.cache-seconds:60}") int seconds) {
        this(seconds, System::nanoTime);
    }

    NationalCountsCache(int seconds, LongSupplier nanoTime) {
        if (seconds < 0) {
            throw new IllegalArgumentException("reviewhub.national.cache-seconds must be 0 or more, not " + seconds);
        }
        this.maxAgeNanos = Duration.ofSeconds(seconds).toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value for {@code key}: the last count if it is young enough, else {@code count}'s (kept). */
    @SuppressWarnings("unchecked")
    public synchronized <T> T get(Key key, Supplier<T> count) {
        long now = nanoTime.getAsLong();
        Entry entry = kept.get(key);
        if (maxAgeNanos > 0 && entry != null && now - entry.countedAtNanos() < maxAgeNanos) {
            return (T) entry.value();
        }
        T value = count.get();
        if (maxAgeNanos > 0) {
            if (kept.size() >= MOST_KEYS) {
                kept.clear();
            }
            kept.put(key, new Entry(value, now));
        }
        return value;
    }
}
