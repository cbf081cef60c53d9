package uk.reviewhub.database;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Logs every jOOQ statement that runs longer than {@code reviewhub.database.slow-query-threshold}
 * (default 500 ms; {@code REVIEWHUB_SLOW_QUERY_THRESHOLD}) at WARN, with its time and its SQL as
 * prepared (bind values are not logged: they may be personal data), and counts them in the
 * {@code reviewhub.database.slow.queries} meter. jOOQ picks it up as the default data source's
 * execute listener; {@link RenderedOnce} reports its own statements to it.
 */
@Singleton
@Named("default")
public final class SlowQueryLog implements ExecuteListenerProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SlowQueryLog.class);
    private static final String STARTED = SlowQueryLog.class.getName() + ".started";

    private final long thresholdNanos;
    private final @Nullable Counter slow;

    public SlowQueryLog(@Value("${reviewhub.database.slow-query-threshold:500ms}") Duration threshold,
                        @Nullable MeterRegistry registry) {
        this.thresholdNanos = threshold.toNanos();
        this.slow = registry == null ? null : Counter.builder("reviewhub.database.slow.queries")
                .description("Statements that ran longer than reviewhub.database.slow-query-threshold").register(registry);
    }

    @Override
    public ExecuteListener provide() {
        return new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                ctx.data(STARTED, System.nanoTime());
            }

            @Override
            public void executeEnd(ExecuteContext ctx) {
                Object started = ctx.data(STARTED);
                if (!(started instanceof Long start)) {
                    return;
                }
                observed(ctx.sql(), System.nanoTime() - start);
            }
        };
    }

    /**
     * A statement that took {@code nanos}: logged and counted if that is over the threshold. Called
     * by jOOQ's listener above, and by {@link RenderedOnce}, whose statements do not pass jOOQ's
     * execution.
     */
    public void observed(String sql, long nanos) {
        if (nanos >= thresholdNanos) {
            if (slow != null) {
                slow.increment();
            }
            LOG.warn("Slow query ({} ms, threshold {} ms): {}", nanos / 1_000_000, thresholdNanos / 1_000_000, sql);
        }
    }
}
