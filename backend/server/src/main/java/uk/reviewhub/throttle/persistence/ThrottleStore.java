package uk.reviewhub.throttle.persistence;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;
import static uk.reviewhub.database.jooq.Tables.THROTTLE_FAILURE;

/**
 * {@code throttle_failure} (global, V33): the attempts the throttles count, by scope and the
 * SHA-256 of the key. A recorded attempt commits on its own, whatever becomes of the request that
 * made it (a refused sign-in rolls its request back, and the attempt must still count).
 */
@Singleton
@Connectable
public class ThrottleStore {

    private final DSLContext dsl;

    ThrottleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The newest {@code limit} attempts at or after {@code from} and at or before {@code to}, newest first. */
    public List<Instant> newest(String scope, String keyHash, Instant from, Instant to, int limit) {
        return dsl.select(THROTTLE_FAILURE.FAILED_AT)
                .from(THROTTLE_FAILURE)
                .where(THROTTLE_FAILURE.SCOPE.eq(scope), THROTTLE_FAILURE.KEY_HASH.eq(keyHash),
                        THROTTLE_FAILURE.FAILED_AT.between(utc(from), utc(to)))
                .orderBy(THROTTLE_FAILURE.FAILED_AT.desc())
                .limit(limit)
                .fetch(r -> r.value1().toInstant());
    }

    /** Records one attempt and forgets every attempt (of any scope) from before {@code forgetBefore}. */
    @Transactional(propagation = REQUIRES_NEW)
    public void record(String scope, String keyHash, Instant at, Instant forgetBefore) {
        dsl.deleteFrom(THROTTLE_FAILURE).where(THROTTLE_FAILURE.FAILED_AT.lt(utc(forgetBefore))).execute();
        dsl.insertInto(THROTTLE_FAILURE)
                .set(THROTTLE_FAILURE.ID, UUID.randomUUID())
                .set(THROTTLE_FAILURE.SCOPE, scope)
                .set(THROTTLE_FAILURE.KEY_HASH, keyHash)
                .set(THROTTLE_FAILURE.FAILED_AT, utc(at))
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
