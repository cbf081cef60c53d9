package uk.reviewhub.tenancy

import com.zaxxer.hikari.HikariDataSource
import groovy.sql.Sql
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import jakarta.inject.Inject
import uk.reviewhub.testing.ConfiguredIntegrationSpec

import javax.sql.DataSource
import java.sql.Connection
import java.sql.SQLException

/**
 * The pooled DataSource binds the current tenant when a connection is taken and clears it when
 * the connection goes back, for Micronaut Data and jOOQ alike, and fails closed.
 */
class TenantBindingSpec extends ConfiguredIntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject DataSource dataSource
    @Inject TenantProbeService probes

    UUID tenantA = UUID.randomUUID()

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['reviewhub.test.tenant-probe': 'true']
    }

    def setup() {
        postgres.ownerConnection().withCloseable { Connection c ->
            new Sql(c).execute('insert into partnership (tenant_id, slug, name, short_name) values (?, ?, ?, ?)',
                    [tenantA, "binding-${tenantA}".toString(), 'Binding Test', 'BT'])
        }
    }

    TenantBindingDataSource tenantBinding() {
        DelegatingDataSource.unwrapDataSource(dataSource) as TenantBindingDataSource
    }

    HikariDataSource hikari() {
        tenantBinding().pool().unwrap(HikariDataSource)
    }

    def "inside a request of tenant A, Micronaut Data and jOOQ both work as tenant A, in and out of a transaction"() {
        when:
        Map body = client.toBlocking().retrieve(
                HttpRequest.GET('/test/tenant-probe').header(HeaderTenantAuthenticationFetcher.HEADER, tenantA.toString()), Map)

        then:
        body.data.tenant == tenantA.toString()
        body.jooq.tenant == tenantA.toString()
        body.partnershipsVisible == 1

        and: 'one transaction, one connection, one tenant'
        body.transactional.values()*.tenant.unique() == [tenantA.toString()]
        body.transactional.values()*.pid.unique().size() == 1
    }

    def "a request works on one connection, in and out of transactions, bound to its tenant"() {
        when:
        Map body = client.toBlocking().retrieve(
                HttpRequest.GET('/test/tenant-probe').header(HeaderTenantAuthenticationFetcher.HEADER, tenantA.toString()), Map)

        then:
        ([body.data.pid, body.jooq.pid] + body.transactional.values()*.pid).unique().size() == 1
    }

    def "after the request, no connection in the pool is still bound to the tenant"() {
        given:
        client.toBlocking().retrieve(
                HttpRequest.GET('/test/tenant-probe').header(HeaderTenantAuthenticationFetcher.HEADER, tenantA.toString()), Map)
        def pool = hikari()

        when: 'every connection the pool can hold is taken straight from Hikari, unbound'
        List<Connection> all = []
        def settings
        try {
            pool.maximumPoolSize.times { all << pool.getConnection() }
            settings = all.collect { c -> new Sql(c).firstRow("select current_setting('app.tenant_id', true) as t").t }
        } finally {
            all*.close()
        }

        then:
        settings.every { it in [null, ''] }
    }

    def "outside a request nothing is bound unless TenantContext binds it"() {
        expect:
        probes.viaData().tenant() in [null, '']
        probes.viaJooq().tenant() in [null, '']
        probes.partnershipsVisible() == 0

        and:
        TenantContext.callAs(tenantA) { probes.viaJooq().tenant() } == tenantA.toString()
        TenantContext.callAs(tenantA) { probes.viaData().tenant() } == tenantA.toString()
        TenantContext.callAs(tenantA) { probes.inTransaction().values()*.tenant().unique() } == [tenantA.toString()]
        TenantContext.callAs(tenantA) { probes.partnershipsVisible() } == 1
    }

    def "a tenant that cannot be bound fails the work and the connection is discarded"() {
        given:
        def pool = hikari()
        def failing = new TenantBindingDataSource(pool, { throw new IllegalArgumentException('malformed tenant') })
        int activeBefore = pool.hikariPoolMXBean.activeConnections

        when:
        failing.getConnection()

        then:
        SQLException e = thrown()
        e.message.contains('Could not bind the tenant')
        pool.hikariPoolMXBean.activeConnections == activeBefore
    }

    def "a connection whose tenant cannot be cleared is not returned to the pool"() {
        given:
        def binding = tenantBinding()
        Connection bound = TenantContext.callAs(tenantA) { binding.getConnection() }
        int pid = new Sql(bound).firstRow('select pg_backend_pid() as pid').pid as int

        when: 'the server ends that session before the connection goes back'
        postgres.appConnection().withCloseable { Connection other ->
            new Sql(other).firstRow('select pg_terminate_backend(?) as done', [pid])
        }
        bound.close()

        then:
        SQLException e = thrown()
        e.message.contains('Could not clear the tenant')

        and: 'the pool still serves good, unbound connections'
        binding.getConnection().withCloseable { Connection c ->
            new Sql(c).firstRow("select current_setting('app.tenant_id', true) as t, pg_backend_pid() as pid")
        }.with { it.t == '' && it.pid != pid }
    }

    def "a closed connection says 08003 (connection does not exist), so a lost database reads as one: #how"() {
        given:
        Connection bound = TenantContext.callAs(tenantA) { tenantBinding().getConnection() }
        close(bound)

        when:
        bound.createStatement()

        then:
        SQLException e = thrown()
        e.message == 'Connection is closed'
        e.SQLState == '08003'

        where:
        how                                                            | close
        'given back'                                                   | { Connection c -> c.close() }
        'its session ended by the server, so the pool closed it'       | { Connection c -> endSession(c) }
    }

    /** Ends the connection's server session; its next statement fails, and the pool closes what it lent. */
    void endSession(Connection connection) {
        int pid = new Sql(connection).firstRow('select pg_backend_pid() as pid').pid as int
        postgres.appConnection().withCloseable { Connection other ->
            new Sql(other).firstRow('select pg_terminate_backend(?) as done', [pid])
        }
        try {
            new Sql(connection).firstRow('select 1')
            assert false: 'the ended session still answered'
        } catch (SQLException expected) {
            assert expected.SQLState != null
        }
    }

    def "a malformed tenant claim fails the request rather than running without a tenant"() {
        when:
        client.toBlocking().retrieve(
                HttpRequest.GET('/test/tenant-probe').header(HeaderTenantAuthenticationFetcher.HEADER, 'not-a-uuid'), Map)

        then:
        HttpClientResponseException e = thrown()
        e.status == HttpStatus.INTERNAL_SERVER_ERROR
    }
}
