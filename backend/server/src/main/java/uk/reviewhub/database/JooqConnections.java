package uk.reviewhub.database;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where jOOQ gets its connections: inside a Micronaut transaction (or {@code @Connectable}) the
 * connection of that transaction, so jOOQ and Micronaut Data share it; otherwise a connection of
 * its own from the tenant-binding pool, closed (and so cleared) as soon as jOOQ releases it.
 * Without this, micronaut-jooq's default DataSource only works inside a transaction.
 */
@Factory
final class JooqConnections {

    @Singleton
    @Named("default")
    ConnectionProvider jooqConnectionProvider(@Named("default") DataSource dataSource,
                                              @Named("default") ConnectionOperations<Connection> connections) {
        return new ContextualConnectionProvider(DelegatingDataSource.unwrapDataSource(dataSource), connections);
    }

    static final class ContextualConnectionProvider implements ConnectionProvider {
        private final DataSource pool;
        private final ConnectionOperations<Connection> connections;
        private final Set<Connection> opened = Collections.newSetFromMap(new ConcurrentHashMap<>());

        ContextualConnectionProvider(DataSource pool, ConnectionOperations<Connection> connections) {
            this.pool = pool;
            this.connections = connections;
        }

        @Override
        public Connection acquire() {
            Optional<ConnectionStatus<Connection>> current = connections.findConnectionStatus();
            if (current.isPresent()) {
                return current.get().getConnection();
            }
            try {
                Connection connection = pool.getConnection();
                opened.add(connection);
                return connection;
            } catch (SQLException e) {
                throw new DataAccessException("Could not get a connection", e);
            }
        }

        @Override
        public void release(Connection connection) {
            if (opened.remove(connection)) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new DataAccessException("Could not release a connection", e);
                }
            }
        }
    }
}
