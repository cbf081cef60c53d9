package uk.reviewhub.onboarding.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;

/** Makes a person the first partnership admin of the bound partnership (in the provisioning transaction). */
@Singleton
@Connectable
public class FirstAdminStore {

    public static final String PARTNERSHIP_ADMIN = "PARTNERSHIP_ADMIN";

    private final DSLContext dsl;

    FirstAdminStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void add(UUID userId, LocalDate from) {
        dsl.insertInto(PARTNERSHIP_MEMBERSHIP)
                .set(PARTNERSHIP_MEMBERSHIP.TENANT_ID, currentTenantId())
                .set(PARTNERSHIP_MEMBERSHIP.ID, UUID.randomUUID())
                .set(PARTNERSHIP_MEMBERSHIP.USER_ID, userId)
                .set(PARTNERSHIP_MEMBERSHIP.ROLES, new String[]{PARTNERSHIP_ADMIN})
                .set(PARTNERSHIP_MEMBERSHIP.START_DATE, from)
                .execute();
    }
}
