package uk.reviewhub.meeting

import groovy.sql.Sql
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection
import java.sql.SQLException

/**
 * The database's backstop behind the service's 409: approved minutes and their entries cannot be
 * changed through the application role, whatever code path tries, nor their record as minuted
 * (attendance, quorum, actions: V20); only circulation is recorded.
 */
class MinutesLockSpec extends Specification {

    @Shared PostgresFixture postgres = PostgresFixture.get()
    @Shared UUID tenant
    @Shared UUID minutesId
    @Shared UUID entryId

    def setupSpec() {
        tenant = owner { Sql sql ->
            sql.firstRow("select platform.register_partnership(?, 'Lock Test Partnership', 'LTP') as id",
                    ['lock-' + UUID.randomUUID().toString().substring(0, 8)]).id as UUID
        }
        app { Sql sql ->
            UUID group = UUID.randomUUID(), meeting = UUID.randomUUID()
            minutesId = UUID.randomUUID()
            entryId = UUID.randomUUID()
            sql.execute("insert into review_group (tenant_id, id, code, name) values (current_tenant_id(), ?, 'g', 'Group')", [group])
            sql.execute('''insert into meeting (tenant_id, id, group_id, kind, title, scheduled_start)
                           values (current_tenant_id(), ?, ?, 'EXTRA', 'Rapid review', now())''', [meeting, group])
            sql.execute("insert into minutes (tenant_id, id, meeting_id, number) values (current_tenant_id(), ?, ?, 1)",
                    [minutesId, meeting])
            sql.execute('''insert into minute_entry (tenant_id, id, minutes_id, position, heading)
                           values (current_tenant_id(), ?, ?, 0, 'Apologies')''', [entryId, minutesId])
            sql.execute("""update minutes set status = 'APPROVED', approved_at = now(),
                           minuted = '{"seats": [], "actions": []}'::jsonb where id = ?""", [minutesId])
        }
    }

    def "#what is refused once the minutes are approved"() {
        when:
        app { Sql sql -> sql.execute(statement, [id == 'entry' ? entryId : minutesId]) }

        then:
        SQLException e = thrown()
        e.SQLState == '23514'
        e.message.contains('approved minutes are locked')

        where:
        what                        | id        | statement
        'rewriting an entry'        | 'entry'   | "update minute_entry set notes = 'rewritten' where id = ?"
        'deleting an entry'         | 'entry'   | 'delete from minute_entry where id = ?'
        'adding an entry'           | 'minutes' | "insert into minute_entry (tenant_id, id, minutes_id, position, heading) values (current_tenant_id(), gen_random_uuid(), ?, 1, 'Late addition')"
        'reopening them as a draft' | 'minutes' | "update minutes set status = 'DRAFT', approved_at = null where id = ?"
        'rewriting the record'      | 'minutes' | """update minutes set minuted = '{"seats": [], "actions": [1]}'::jsonb where id = ?"""
    }

    def "recording their circulation is still allowed"() {
        expect:
        app { Sql sql -> sql.executeUpdate('update minutes set circulated_on = current_date where id = ?', [minutesId]) } == 1
    }

    private <T> T app(Closure<T> work) {
        postgres.appConnection().withCloseable { Connection c ->
            def sql = new Sql(c)
            sql.execute("select set_config('app.tenant_id', ?, false)", [tenant.toString()])
            work(sql)
        }
    }

    private <T> T owner(Closure<T> work) {
        postgres.ownerConnection().withCloseable { Connection c -> work(new Sql(c)) }
    }
}
