package uk.reviewhub.tenancy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

@Requires(property = "reviewhub.test.tenant-probe", value = "true")
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TenantProbeRepository extends GenericRepository<PartnershipRow, UUID> {

    @Query(value = "select current_setting('app.tenant_id', true) as tenant, pg_backend_pid() as pid", nativeQuery = true)
    ConnectionProbe probe();

    long count();
}
