package uk.reviewhub.tenancy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;

@Requires(property = "reviewhub.test.tenant-probe", value = "true")
@Singleton
class TenantProbeService {

    private final TenantProbeRepository repository;
    private final DSLContext jooq;

    TenantProbeService(TenantProbeRepository repository, DSLContext jooq) {
        this.repository = repository;
        this.jooq = jooq;
    }

    ConnectionProbe viaData() {
        return repository.probe();
    }

    ConnectionProbe viaJooq() {
        Record2<String, Integer> row = jooq.select(
                        DSL.field("current_setting('app.tenant_id', true)", String.class),
                        DSL.field("pg_backend_pid()", Integer.class))
                .fetchSingle();
        return new ConnectionProbe(row.value1(), row.value2());
    }

    long partnershipsVisible() {
        return repository.count();
    }

    @Transactional
    Map<String, ConnectionProbe> inTransaction() {
        Map<String, ConnectionProbe> probes = new LinkedHashMap<>();
        probes.put("data", viaData());
        probes.put("jooq", viaJooq());
        probes.put("dataAgain", viaData());
        return probes;
    }
}
