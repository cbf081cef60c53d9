package uk.reviewhub.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Points the default Hikari pool at the migrated database, as the application role. Its url in
 * application.yml is a placeholder: the real one (embedded: a port chosen at start) is only known
 * once {@link DatabaseServer} is up, and creating that here guarantees the migrations ran before
 * the pool opens its first connection.
 */
@Singleton
final class ApplicationDataSourceConfigurer implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String DEFAULT = "default";

    private final BeanProvider<DatabaseServer> server;

    ApplicationDataSourceConfigurer(BeanProvider<DatabaseServer> server) {
        this.server = server;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (DEFAULT.equals(configuration.getName())) {
            ConnectionCoordinates app = server.get().app();
            configuration.setUrl(app.url());
            configuration.setUsername(app.user());
            configuration.setPassword(app.password());
        }
        return configuration;
    }
}
