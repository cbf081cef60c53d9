package uk.reviewhub.tenancy

import groovy.sql.Sql
import spock.lang.Specification
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection
import java.sql.SQLException

/**
 * Every table is either a tenant table (tenant_id first in its primary key, row-level security
 * enabled and forced, the tenant_isolation policy with USING and WITH CHECK) or one of the global
 * tables listed here, each with the reason it is global. A new table without tenant_id fails the
 * first feature until someone decides, here, that it is global. New tenant tables are made by
 * {@code platform.enable_tenant_isolation} (V16), whose behaviour the later features pin down.
 */
class TenantTablesSpec extends Specification {

    /** Tables without tenant_id, in every schema the migrations write, and why each is global. */
    static final Map<String, String> GLOBAL_TABLES = [
            'public.app_user'             : 'a person may belong to several partnerships (an independent chair often does)',
            'public.refresh_token'        : 'sign-in state of a person, before any partnership is chosen',
            'public.revoked_access_token' : 'access tokens signed out before they expire; checked before any partnership is bound',
            'public.flyway_schema_history': "Flyway's record of the migrations applied",
            'public.registration'         : 'a request for a new partnership, made before the partnership exists (onboarding only)',
            'public.platform_outbox_message': 'mail sent for no partnership (a registration\'s links and outcome)',
            'public.platform_event'       : "platform admins' record of what they did to partnerships; outlives a deleted partnership",
            'public.throttle_failure'     : 'attempts the throttles count (sign-in, invitation links, registrations), made before any partnership is known',
            'public.shipped_packs_load'   : 'the build that last loaded the packs shipped with the application, every partnership at once',
    ]

    static final String APP = PostgresFixture.APP

    def "the tables without tenant_id are exactly the global tables listed here"() {
        expect:
        tables().findAll { !it.tenantId }*.name as Set == GLOBAL_TABLES.keySet()
    }

    def "#table: a tenant table, with row-level security forced and the tenant_isolation policy"() {
        expect:
        isolation(table) == [enabled: true, forced: true, firstKeyColumn: 'tenant_id', policies: 1]

        where:
        table << tables().findAll { it.tenantId }*.name
    }

    def "the live schema can be sharded by partnership: the catalogue check finds nothing"() {
        expect: 'every tenant table keyed and referred to by tenant_id first, isolated by the one policy'
        withOwnerSql { Sql sql -> catalogueProblems(sql) } == []
    }

    def "the catalogue check fails on a fixture table that breaks each rule"() {
        when:
        def problems = inRolledBackTransaction { Sql sql ->
            sql.execute('create table catalogue_parent (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id), unique (id))')
            sql.execute("select platform.enable_tenant_isolation('catalogue_parent', ?, 'select')", [APP])
            // Referred to by id alone: rows of two partnerships could meet across the reference.
            sql.execute('''create table catalogue_child (tenant_id uuid not null, id uuid not null, parent_id uuid not null,
                           primary key (tenant_id, id), foreign key (parent_id) references catalogue_parent (id))''')
            sql.execute("select platform.enable_tenant_isolation('catalogue_child', ?, 'select')", [APP])
            // Keyed by id first, and never isolated.
            sql.execute('create table catalogue_loose (id uuid not null, tenant_id uuid not null, primary key (id, tenant_id))')
            catalogueProblems(sql)
        }

        then:
        problems == ['public.catalogue_child: foreign key (parent_id) to public.catalogue_parent (id) does not lead with tenant_id',
                     'public.catalogue_loose: primary key does not lead with tenant_id',
                     'public.catalogue_loose: row-level security is not enabled and forced with the one tenant_isolation policy']
    }

    /**
     * What stops the schema being distributed by partnership (e.g. Citus, sharding every tenant table
     * on tenant_id), read from the catalogue: a tenant table (one with tenant_id) whose primary key
     * does not lead with tenant_id; a foreign key to a tenant table that does not lead with tenant_id
     * on both sides (a reference across shards); a tenant table not isolated by the one policy.
     */
    static List<String> catalogueProblems(Sql sql) {
        List<String> problems = []
        List<String> tenantTables = tables(sql).findAll { it.tenantId }*.name
        tenantTables.each { String table ->
            Map facts = isolation(sql, table)
            if (facts.firstKeyColumn != 'tenant_id') {
                problems << "$table: primary key does not lead with tenant_id".toString()
            }
            if (!(facts.enabled && facts.forced && facts.policies == 1 && policyCount(sql, table) == 1)) {
                problems << "$table: row-level security is not enabled and forced with the one tenant_isolation policy".toString()
            }
        }
        sql.rows('''
            select k.conrelid::regclass::text as from_table, k.confrelid::regclass::text as to_table,
                   (select string_agg(a.attname, ', ' order by u.ord) from unnest(k.conkey) with ordinality u(attnum, ord)
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum) as from_columns,
                   (select string_agg(a.attname, ', ' order by u.ord) from unnest(k.confkey) with ordinality u(attnum, ord)
                      join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum) as to_columns,
                   (select a.attname from pg_attribute a where a.attrelid = k.conrelid and a.attnum = k.conkey[1]) as from_first,
                   (select a.attname from pg_attribute a where a.attrelid = k.confrelid and a.attnum = k.confkey[1]) as to_first
              from pg_constraint k
             where k.contype = 'f'
             order by 1, 3''').each { row ->
            String to = qualified(row.to_table as String)
            if (to in tenantTables && (row.from_first != 'tenant_id' || row.to_first != 'tenant_id')) {
                problems << "${qualified(row.from_table as String)}: foreign key (${row.from_columns}) to $to (${row.to_columns}) does not lead with tenant_id".toString()
            }
        }
        problems.sort()
    }

    private static String qualified(String regclass) {
        regclass.contains('.') ? regclass : 'public.' + regclass
    }

    private static int policyCount(Sql sql, String table) {
        sql.firstRow('select count(*) as n from pg_policy where polrelid = ?::regclass', [table]).n as int
    }

    def "enable_tenant_isolation makes a new table a tenant table with the application role's grants"() {
        when:
        def facts = inRolledBackTransaction { Sql sql ->
            sql.execute('create table public.tenancy_probe (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id))')
            sql.execute("select platform.enable_tenant_isolation('tenancy_probe', ?, 'select, insert')", [APP])
            [isolation: isolation(sql, 'public.tenancy_probe'),
             grants   : sql.rows('''select privilege_type from information_schema.role_table_grants
                                     where table_name = 'tenancy_probe' and grantee = ? order by 1''', [APP])*.privilege_type]
        }

        then:
        facts.isolation == [enabled: true, forced: true, firstKeyColumn: 'tenant_id', policies: 1]
        facts.grants == ['INSERT', 'SELECT']
    }

    def "enable_tenant_isolation refuses #why"() {
        when:
        inRolledBackTransaction { Sql sql ->
            sql.execute(ddl)
            sql.execute("select platform.enable_tenant_isolation('tenancy_probe', ?, ?)", [APP, privileges])
        }

        then:
        SQLException e = thrown()
        e.message.contains(says)

        where:
        why                                     | ddl                                                                                  | privileges       || says
        'a table without tenant_id'             | 'create table tenancy_probe (id uuid primary key)'                                   | 'select'         || 'needs tenant_id as the first column'
        'tenant_id not first in the key'        | 'create table tenancy_probe (tenant_id uuid, id uuid, primary key (id, tenant_id))'  | 'select'         || 'needs tenant_id as the first column'
        'a privilege beyond the four'           | 'create table tenancy_probe (tenant_id uuid, id uuid, primary key (tenant_id, id))'  | 'select, truncate' || 'privilege "truncate"'
        'no privileges'                         | 'create table tenancy_probe (tenant_id uuid, id uuid, primary key (tenant_id, id))'  | ' '              || 'name the application role'
    }

    def "the application role cannot call enable_tenant_isolation"() {
        when:
        PostgresFixture.get().appConnection().withCloseable { Connection c ->
            new Sql(c).execute("select platform.enable_tenant_isolation('agency', ?, 'delete')", [APP])
        }

        then:
        SQLException e = thrown()
        e.message.contains('permission denied')
    }

    /** Every ordinary or partitioned table in the schemas the migrations write, with whether it has tenant_id. */
    static List<Map> tables() {
        withOwnerSql { Sql sql -> tables(sql) }
    }

    static List<Map> tables(Sql sql) {
        sql.rows('''
                select n.nspname || '.' || c.relname as name,
                       exists (select 1 from pg_attribute a
                                where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant_id
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p')
                   and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
                 order by 1''').collect { [name: it.name as String, tenantId: it.tenant_id as boolean] }
    }

    static Map isolation(String table) {
        withOwnerSql { Sql sql -> isolation(sql, table) }
    }

    static Map isolation(Sql sql, String table) {
        def row = sql.firstRow('''
            select c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                   (select a.attname from pg_constraint k
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                     where k.conrelid = c.oid and k.contype = 'p') as first_key_column,
                   (select count(*) from pg_policy p
                     where p.polrelid = c.oid and p.polname = 'tenant_isolation' and p.polcmd = '*' and p.polpermissive
                       and pg_get_expr(p.polqual, p.polrelid) = '(tenant_id = current_tenant_id())'
                       and pg_get_expr(p.polwithcheck, p.polrelid) = '(tenant_id = current_tenant_id())') as policies
              from pg_class c
             where c.oid = ?::regclass''', [table])
        [enabled: row.enabled, forced: row.forced, firstKeyColumn: row.first_key_column as String, policies: row.policies as int]
    }

    static <T> T withOwnerSql(Closure<T> work) {
        PostgresFixture.get().ownerConnection().withCloseable { Connection c -> work(new Sql(c)) }
    }

    /** Runs {@code work} as the owner in a transaction that is always rolled back, so no probe table stays. */
    static <T> T inRolledBackTransaction(Closure<T> work) {
        PostgresFixture.get().ownerConnection().withCloseable { Connection c ->
            c.autoCommit = false
            try {
                work(new Sql(c))
            } finally {
                c.rollback()
            }
        }
    }
}
