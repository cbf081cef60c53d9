package uk.reviewhub.database

import groovy.sql.Sql
import io.micronaut.context.ApplicationContext
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import spock.lang.Specification

import javax.sql.DataSource
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.sql.Connection

/** With no database url the backend runs an embedded PostgreSQL whose data survives restarts. */
class EmbeddedDatabaseSpec extends Specification {

    Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of('target')), 'embedded-db-spec')

    ApplicationContext start() {
        ApplicationContext.run(['reviewhub.data-dir': dataDir.toString(), 'reviewhub.database.url': ''], 'embedded-db-spec')
    }

    def cleanup() {
        dataDir.toFile().deleteDir()
    }

    def "data written before a restart is read after it, as the application role, from the same data directory"() {
        given:
        UUID userId = UUID.randomUUID()

        when: 'the backend starts on an empty data directory and writes a row'
        def first = start()
        def firstServer = first.getBean(DatabaseServer)
        withConnection(first) { Sql sql ->
            sql.execute('insert into app_user (id, email, display_name, password_hash) values (?, ?, ?, ?)',
                    [userId, 'restart@example.test', 'Restart Test', 'x'])
        }
        def whoFirst = withConnection(first) { Sql sql -> sql.firstRow('select current_user as u').u }
        first.close()

        then:
        firstServer.embedded()
        whoFirst == 'reviewhub_app'
        Files.isDirectory(dataDir.resolve('postgres'))
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve('database-roles.properties'))) == 'rw-------'

        when: 'it starts again on the same directory'
        def second = start()
        def found = withConnection(second) { Sql sql ->
            sql.firstRow('select display_name from app_user where id = ?', [userId])?.display_name
        }
        second.close()

        then:
        found == 'Restart Test'
    }

    static <T> T withConnection(ApplicationContext context, Closure<T> work) {
        DelegatingDataSource.unwrapDataSource(context.getBean(DataSource)).connection.withCloseable { Connection c -> work(new Sql(c)) }
    }
}
