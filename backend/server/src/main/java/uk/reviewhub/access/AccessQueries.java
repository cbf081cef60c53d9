package uk.reviewhub.access;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Optional;
import java.util.UUID;

/** What the access rules read about a person in the bound partnership (through row-level security). */
@Singleton
@Connectable
public class AccessQueries {

    private final DSLContext dsl;

    AccessQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The agency the user's partnership role is with, if any. */
    public Optional<UUID> agencyOf(UUID userId) {
        return dsl.fetchOptional("select agency_id from partnership_membership where user_id = ?", userId)
                .map(r -> r.get(0, UUID.class));
    }
}
