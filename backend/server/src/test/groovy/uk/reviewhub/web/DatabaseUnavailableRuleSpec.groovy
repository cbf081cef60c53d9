package uk.reviewhub.web

import spock.lang.Specification

import java.sql.SQLException
import java.sql.SQLTransientConnectionException

/**
 * Which failures read as "the database cannot be reached just now" (503, try again) and which do
 * not. DatabaseUnavailableSpec takes a real database away; this is the rule's table.
 */
class DatabaseUnavailableRuleSpec extends Specification {

    def "SQL state #state: unreachable is #unreachable"() {
        expect:
        DatabaseUnavailable.is(new SQLException('x', state as String)) == unreachable
        DatabaseUnavailable.is(new RuntimeException('wrapped', new IllegalStateException(new SQLException('x', state as String)))) == unreachable

        where:
        state   | unreachable
        '08000' | true    // connection exception
        '08001' | true    // could not connect
        '08003' | true    // connection does not exist
        '08004' | true    // server rejected the connection
        '08006' | true    // connection failure
        '57P01' | true    // admin shutdown
        '57P02' | true    // crash shutdown
        '57P03' | true    // cannot connect now (starting up)
        '08P01' | false   // protocol violation: the request broke the connection, and would again
        '57014' | false   // query cancelled (a statement timeout)
        '40001' | false   // serialization failure
        '23505' | false   // unique violation
        null    | false
    }

    def "the pool's wait for a connection running out is unreachable; other failures are not"() {
        expect:
        DatabaseUnavailable.is(new SQLTransientConnectionException('pool wait ran out'))
        DatabaseUnavailable.is(new RuntimeException(new SQLTransientConnectionException('pool wait ran out')))
        !DatabaseUnavailable.is(new IllegalStateException('not a database failure'))
        !DatabaseUnavailable.is(new RuntimeException(new IOException('a file')))
    }
}
