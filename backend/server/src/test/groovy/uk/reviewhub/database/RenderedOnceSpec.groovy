package uk.reviewhub.database

import jakarta.inject.Inject
import org.jooq.DSLContext
import org.jooq.impl.SQLDataType
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.IntegrationSpec

import static org.jooq.impl.DSL.val
import static uk.reviewhub.database.jooq.Tables.APP_USER

class RenderedOnceSpec extends IntegrationSpec {

    @Inject DSLContext dsl

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
            def ours = byId.bind(dsl, id).fetchSingle()
            def theirs = dsl.select(APP_USER.ID, APP_USER.EMAIL.cast(SQLDataType.VARCHAR), APP_USER.ACTIVE).from(APP_USER)
                    .where(APP_USER.ID.eq(id)).fetchSingle()
            assert ours.value1() == id
            assert [ours.value1(), ours.value2(), ours.value3()] == [theirs.value1(), theirs.value2(), theirs.value3()]
            assert ours.get(APP_USER.ACTIVE) == theirs.get(APP_USER.ACTIVE)
        }
        byId.bind(dsl, UUID.randomUUID()).fetchOptional().isEmpty()
        built == 1
    }

    def "it refuses a count of values other than the template's"() {
        given:
        def byId = RenderedOnce.of { DSLContext d ->
            d.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(val((UUID) null, SQLDataType.UUID)))
        }

        when:
        byId.bind(dsl, UUID.randomUUID(), UUID.randomUUID())

        then:
        def refused = thrown(IllegalArgumentException)
        refused.message == '2 values given; this query takes 1'
    }
}
