package uk.reviewhub.tenancy;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * Wraps every pooled {@link DataSource} in a {@link TenantBindingDataSource}. Runs (almost) first, so
 * the binding sits directly on the pool and beneath Micronaut Data's own connection-management
 * proxies: Micronaut Data repositories, {@code @Transactional} methods and jOOQ all take their
 * connections through it.
 */
@Singleton
final class TenantBindingInstaller implements BeanCreatedEventListener<DataSource>, Ordered {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        return dataSource instanceof TenantBindingDataSource ? dataSource : new TenantBindingDataSource(dataSource);
    }

    /** Just after {@code HIGHEST_PRECEDENCE}: room beneath the binding for a test's round-trip counter. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}
