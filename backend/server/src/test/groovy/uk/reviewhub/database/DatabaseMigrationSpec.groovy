package uk.reviewhub.database

import org.flywaydb.core.api.FlywayException
import spock.lang.Specification
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection
import java.sql.DriverManager

/**
 * A start that finds the schema up to date skips Flyway (DatabaseMigration.upToDate); any other
 * history goes to Flyway, which applies or refuses as it always did. The history is copied into a
 * schema of its own for each case, so the shared database's is never touched.
 */
class DatabaseMigrationSpec extends Specification {

    static final String PROBE = 'migration_probe'

    PostgresFixture db = PostgresFixture.get()

    def setup() {
        owner { it.createStatement().execute("""
            drop schema if exists $PROBE cascade;
            create schema $PROBE;
            create table ${PROBE}.flyway_schema_history as select * from public.flyway_schema_history""") }
    }

    def cleanup() {
        owner { it.createStatement().execute("drop schema if exists $PROBE cascade") }
    }

    def "every shipped migration is found, with the checksum Flyway recorded when it applied it"() {
        when:
        def shipped = DatabaseMigration.shipped().orElseThrow()
        Map<String, Integer> recorded = [:]
        owner { c ->
            def rows = c.createStatement().executeQuery("select script, checksum from public.flyway_schema_history where type = 'SQL'")
            while (rows.next()) { recorded[rows.getString(1)] = rows.getInt(2) }
        }

        then:
        shipped*.script().toSet() == recorded.keySet()
        shipped.every { recorded[it.script()] == it.checksum() }
        shipped.find { it.script() == 'V10__chair_days.sql' }.version() == '10'
    }

    def "a database with every migration applied is up to date, and migrating it applies nothing without Flyway"() {
        expect:
        DatabaseMigration.upToDate(db.owner())
        DatabaseMigration.migrate(db.owner(), PostgresFixture.APP) == new DatabaseMigration.Outcome(0, false)
        DatabaseMigration.upToDate(probe())
    }

    def "any other history is not up to date: #history"() {
        given:
        owner { it.createStatement().execute(change) }

        expect:
        !DatabaseMigration.upToDate(probe())

        where:
        history                                 | change
        'a migration not yet applied'           | "delete from ${PROBE}.flyway_schema_history where version = '47'"
        'a changed file'                        | "update ${PROBE}.flyway_schema_history set checksum = checksum + 1 where version = '3'"
        'a failed migration'                    | "update ${PROBE}.flyway_schema_history set success = false where version = '46'"
        'a migration newer than this build'     | "insert into ${PROBE}.flyway_schema_history select installed_rank + 1000, '9999', 'later', 'SQL', 'V9999__later.sql', 1, installed_by, installed_on, 1, true from ${PROBE}.flyway_schema_history where version = '1'"
        'an applied file renamed'               | "update ${PROBE}.flyway_schema_history set script = 'V2__renamed.sql' where version = '2'"
        'no schema history at all'              | "drop table ${PROBE}.flyway_schema_history"
    }

    def "a changed file goes to Flyway, which refuses it as before and applies nothing"() {
        given:
        owner { it.createStatement().execute("update ${PROBE}.flyway_schema_history set checksum = checksum + 1 where version = '3'") }
        int before = rows()

        when:
        DatabaseMigration.migrate(probe(), PostgresFixture.APP)

        then:
        def refused = thrown(FlywayException)
        refused.message.contains('checksum mismatch')
        rows() == before
    }

    def "a database that cannot be reached is not up to date (Flyway then reports why)"() {
        given: 'nothing listens on port 1'
        def nowhere = new ConnectionCoordinates('jdbc:postgresql://127.0.0.1:1/reviewhub?connectTimeout=2', 'reviewhub_owner', 'x')

        expect:
        !DatabaseMigration.upToDate(nowhere)
    }

    private ConnectionCoordinates probe() {
        def owner = db.owner()
        new ConnectionCoordinates(owner.url() + (owner.url().contains('?') ? '&' : '?') + "currentSchema=$PROBE",
                owner.user(), owner.password())
    }

    private int rows() {
        int n = 0
        owner { c -> def r = c.createStatement().executeQuery("select count(*) from ${PROBE}.flyway_schema_history"); r.next(); n = r.getInt(1) }
        n
    }

    private void owner(Closure work) {
        Connection c = DriverManager.getConnection(db.owner().url(), db.owner().user(), db.owner().password())
        try { work(c) } finally { c.close() }
    }
}
