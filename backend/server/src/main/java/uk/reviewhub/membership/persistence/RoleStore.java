package uk.reviewhub.membership.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.api.partnership.PartnershipRoleView;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partnership roles ({@code partnership_membership}) with their dates, through row-level security. */
@Singleton
@Connectable
public class RoleStore {

    private static final String COLUMNS = """
            select m.id, m.user_id, u.display_name, u.email::text as email, m.roles, m.agency_id, m.start_date, m.end_date,
                   m.end_reason, m.version
              from partnership_membership m join app_user u on u.id = m.user_id""";

    private final DSLContext dsl;

    RoleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PartnershipRoleView> all(LocalDate today) {
        return dsl.fetch(COLUMNS + " order by u.display_name, m.id").map(r -> view(r, today));
    }

    /** The role row, locked until the transaction ends. */
    public Optional<PartnershipRoleView> forUpdate(UUID roleId, LocalDate today) {
        return dsl.fetchOptional(COLUMNS + " where m.id = ? for update of m", roleId).map(r -> view(r, today));
    }

    public Optional<PartnershipRoleView> find(UUID roleId, LocalDate today) {
        return dsl.fetchOptional(COLUMNS + " where m.id = ?", roleId).map(r -> view(r, today));
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(dsl.selectOne().from("agency").where("id = ?", agencyId));
    }

    /** Writes the fields over the version read; answers 0 when it is stale. */
    public int update(UUID roleId, int readVersion, List<String> roles, @Nullable UUID agencyId, @Nullable LocalDate start,
                      @Nullable LocalDate end, @Nullable String endReason) {
        return dsl.execute("""
                update partnership_membership set roles = ?::text[], agency_id = ?, start_date = ?::date, end_date = ?::date,
                       end_reason = ?, version = version + 1
                 where id = ? and version = ?""",
                roles.toArray(String[]::new), agencyId, start, end, endReason, roleId, readVersion);
    }

    private static PartnershipRoleView view(Record r, LocalDate today) {
        LocalDate start = r.get("start_date", LocalDate.class);
        LocalDate end = r.get("end_date", LocalDate.class);
        return new PartnershipRoleView(r.get("id", UUID.class), r.get("user_id", UUID.class), r.get("display_name", String.class),
                r.get("email", String.class), Arrays.asList(r.get("roles", String[].class)), r.get("agency_id", UUID.class), start, end,
                r.get("end_reason", String.class), (start == null || !start.isAfter(today)) && (end == null || !end.isBefore(today)),
                r.get("version", Integer.class));
    }
}
