package uk.reviewhub.database

import io.micrometer.core.instrument.MeterRegistry
import jakarta.inject.Inject
import org.jooq.DSLContext
import org.jooq.exception.TooManyRowsException
import org.jooq.impl.SQLDataType
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.LogCapture

import java.time.Duration

import static org.jooq.impl.DSL.val
import static uk.reviewhub.database.jooq.Tables.APP_USER

class RenderedOnceSpec extends IntegrationSpec {

    @Inject DSLContext dsl
    @Inject MeterRegistry registry

    def "a query rendered once is built once and answers, for each value bound, what jOOQ's own query answers"() {
        given:
        int built = 0
        def byId = RenderedOnce.of { DSLContext d ->
            built++
            d.select(APP_USER.ID, APP_USER.EMAIL.cast(SQLDataType.VARCHAR), APP_USER.ACTIVE).from(APP_USER)
                    .where(APP_USER.ID.eq(val((UUID) null, SQLDataType.UUID)))
        }
        def people = (1..3).collect { TestUsers.user(email: TestUsers.uniqueEmail('rendered')) }

        expect:
        people.each { UUID id ->
            def ours = byId.fetchOptional(dsl, id).get()
            def theirs = dsl.select(APP_USER.ID, APP_USER.EMAIL.cast(SQLDataType.VARCHAR), APP_USER.ACTIVE).from(APP_USER)
                    .where(APP_USER.ID.eq(id)).fetchSingle()
            assert ours.value1() == id
            assert [ours.value1(), ours.value2(), ours.value3()] == [theirs.value1(), theirs.value2(), theirs.value3()]
            assert ours.get(APP_USER.ACTIVE) == theirs.get(APP_USER.ACTIVE)
        }
        byId.fetchOptional(dsl, UUID.randomUUID()).isEmpty()
        byId.fetch(dsl, UUID.randomUUID()).isEmpty()
        built == 1
    }

    def "it refuses a count of values other than the template's"() {
        given:
        def byId = RenderedOnce.of { DSLContext d ->
            d.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(val((UUID) null, SQLDataType.UUID)))
        }

        when:
        byId.fetch(dsl, UUID.randomUUID(), UUID.randomUUID())

        then:
        def refused = thrown(IllegalArgumentException)
        refused.message == '2 values given; this query takes 1'
    }

    def "more than one row where at most one is expected is refused, as jOOQ's own fetchOptional refuses it"() {
        given:
        def active = RenderedOnce.of { DSLContext d ->
            d.select(APP_USER.ID).from(APP_USER).where(APP_USER.ACTIVE.eq(val((Boolean) null, SQLDataType.BOOLEAN)))
        }
        2.times { TestUsers.user(email: TestUsers.uniqueEmail('rendered-two')) }

        when:
        active.fetchOptional(dsl, true)

        then:
        thrown(TooManyRowsException)
        active.fetch(dsl, true).size() >= 2
    }

    def "its statements reach the slow-query log, with the SQL and without the values"() {
        given:
        def logged = new LogCapture(SlowQueryLog)
        double before = registry.counter('reviewhub.database.slow.queries').count()
        def byEmail = RenderedOnce.of { DSLContext d ->
            d.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.cast(SQLDataType.VARCHAR).eq(val((String) null, SQLDataType.VARCHAR)))
        }

        when: 'the threshold is zero: every statement is slow'
        byEmail.fetch(dsl.configuration().derive(new SlowQueryLog(Duration.ZERO, registry)).dsl(), 'someone-s-secret@example.org')

        then:
        logged.lines.size() == 1
        logged.lines[0].formattedMessage.startsWith('Slow query (')
        logged.lines[0].formattedMessage.contains('"app_user"')
        !logged.lines[0].formattedMessage.contains('someone-s-secret')
        registry.counter('reviewhub.database.slow.queries').count() == before + 1

        when: 'an hour: nothing is slow'
        logged.lines.clear()
        byEmail.fetch(dsl.configuration().derive(new SlowQueryLog(Duration.ofHours(1), registry)).dsl(), 'x@example.org')

        then:
        logged.lines.isEmpty()

        cleanup:
        logged.close()
    }
}
