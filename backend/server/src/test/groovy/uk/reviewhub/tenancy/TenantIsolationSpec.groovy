package uk.reviewhub.tenancy

import groovy.sql.Sql
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection
import java.sql.SQLException

/**
 * Row-level security on every tenant-owned table, checked as the application role over plain
 * JDBC. Tenant-owned tables are discovered from the catalogue (every table of schema public with
 * a tenant_id column), so a table added by a later migration is covered automatically, and this
 * spec fails until it is given a sample row below.
 */
class TenantIsolationSpec extends Specification {

    static final String APP = PostgresFixture.APP

    /**
     * How to make one row of each tenant-owned table for a tenant whose partnership, agency,
     * review group and user already exist (their ids in {@code refs}). In foreign-key order.
     */
    static final Map<String, Closure<Map<String, Object>>> SAMPLES = [
            partnership           : { UUID t, Map refs ->
                [tenant_id: t, slug: "iso-${code()}", name: 'Isolation Test Partnership', short_name: 'ITP'] },
            pack_load             : { UUID t, Map refs -> [tenant_id: t, id: UUID.randomUUID(), content_hash: code()] },
            agency                : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), code: code(), name: 'Police', kind: 'POLICE'] },
            review_group          : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), code: code(), name: 'Case Review Group'] },
            partnership_membership: { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), user_id: newUser(), roles: '{MEMBER}', agency_id: refs.agency] },
            terms_of_reference    : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), group_id: refs.review_group, version: nextVersion(),
                 purpose  : 'To review cases', cadence: '{"every": "month"}', quorum: '{"minAgencies": 3}'] },
            group_member          : { UUID t, Map refs ->
                [tenant_id     : t, id: UUID.randomUUID(), group_id: refs.review_group, agency_id: refs.agency,
                 position_title: 'Detective Inspector', group_role: 'MEMBER', membership_kind: 'STANDING'] },
            audit_event           : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), action: 'TEST', entity: 'nothing'] },
            // membership management (V15)
            membership_change     : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), subject: 'MEMBER', subject_id: refs.group_member,
                 group_id : refs.review_group, action: 'ENDED', changes: '[]', reason: 'Left the post', source: 'PACK'] },
            review_case           : { UUID t, Map refs ->
                [tenant_id       : t, id: UUID.randomUUID(), origin: 'SIN', nature: 'SERIOUS_HARM', la_case_reference: code(),
                 child_identifier: 'A.B.', age_band: 'UNDER_1', sex: 'FEMALE', ethnicity: 'WHITE', aware_on: '2025-03-03',
                 notified_on     : '2025-03-05', stage: 'NOTIFIED', referring_agency_id: refs.agency] },
            rapid_review          : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), case_id: refs.review_case, meeting_on: '2025-03-12', facts: 'Facts'] },
            review_decision       : { UUID t, Map refs ->
                [tenant_id : t, id: UUID.randomUUID(), case_id: refs.review_case, decision: 'LCSPR', rationale: 'Learning',
                 decided_by: 'LSPs', decided_on: '2025-04-10'] },
            commissioned_review   : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), case_id: refs.review_case, review_type: 'LCSPR', commissioned_on: '2025-04-14'] },
            review_milestone      : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), review_id: refs.commissioned_review, title: 'Panel', due_on: '2025-06-02'] },
            recommendation        : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), review_id: refs.commissioned_review, number: nextVersion(), text: 'Share'] },
            cap_action            : { UUID t, Map refs ->
                [tenant_id  : t, id: UUID.randomUUID(), review_id: refs.commissioned_review, recommendation_id: refs.recommendation,
                 agency_id  : refs.agency, owner: 'DI', description: 'Brief', due_on: '2025-12-31', created_on: '2025-05-01'] },
            learning_theme        : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), code: code(), title: 'Neglect'] },
            case_learning_theme   : { UUID t, Map refs ->
                [tenant_id: t, case_id: refs.review_case, theme_id: refs.learning_theme] },
            review_learning_theme : { UUID t, Map refs ->
                [tenant_id: t, review_id: refs.commissioned_review, theme_id: refs.learning_theme] },
            meeting               : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), group_id: refs.review_group, kind: 'EXTRA', title: 'Rapid review',
                 scheduled_start: '2026-03-02T10:00:00Z'] },
            meeting_change        : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), meeting_id: refs.meeting, change: 'CANCELLED',
                 previous_start: '2026-03-02T10:00:00Z', reason: 'The chair is unwell'] },
            attendance            : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), meeting_id: refs.meeting, member_id: refs.group_member, status: 'PRESENT'] },
            agenda_item           : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), meeting_id: refs.meeting, title: 'Case of concern',
                 submitted_by: UUID.randomUUID(), submitted_at: '2026-02-01T10:00:00Z'] },
            minutes               : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), meeting_id: refs.meeting, number: 1] },
            minute_entry          : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), minutes_id: refs.minutes, position: 0, heading: 'Apologies'] },
            meeting_action        : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), meeting_id: refs.meeting, description: 'Share the learning',
                 owner: 'Named Nurse', agency_id: refs.agency, due_date: '2026-04-01'] },
            calendar_feed         : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), user_id: newUser(),
                 token_hash: '\\x' + (UUID.randomUUID().toString() + UUID.randomUUID().toString()).replace('-', '')] },
            paper                 : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), agenda_item_id: refs.agenda_item, file_name: 'minutes.txt',
                 media_type: 'text/plain', size_bytes: 5, sha256: 'x', content: '\\x68656c6c6f', uploaded_by: UUID.randomUUID()] },
            follow_up             : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), group_id: refs.review_group, member_id: refs.group_member,
                 meeting_id: refs.meeting, previous_meeting_id: refs.meeting] },
            chair_allocation      : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), group_id: refs.review_group, days_per_year: 24] },
            chair_day             : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), group_id: refs.review_group, worked_on: '2025-05-01', days: 0.5,
                 description: 'Prepared for the SPRG', logged_by: UUID.randomUUID()] },
            // independent scrutiny (V25)
            scrutiny_piece        : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), title: 'Front door triage', scope: 'Decisions at the front door',
                 methodology: '{OBSERVATIONS}', commissioned_by: 'Lead Safeguarding Partners', commissioned_on: '2026-01-05',
                 lead_user_id: newUser(), created_by: UUID.randomUUID()] },
            scrutiny_framework    : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), version: 1, name: 'Observation framework', source: 'PACK'] },
            scrutiny_framework_domain: { UUID t, Map refs ->
                [tenant_id: t, framework_id: refs.scrutiny_framework, position: 0, code: 'voice', name: "The child's voice",
                 rating_scale: '{Good,Poor}'] },
            scrutiny_observation  : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), piece_id: refs.scrutiny_piece, framework_id: refs.scrutiny_framework,
                 observed_on: '2026-01-20', setting: 'Strategy discussion', observer_user_id: newUser(),
                 evidence: 'Police and health shared history', recorded_by: UUID.randomUUID()] },
            scrutiny_rating       : { UUID t, Map refs ->
                [tenant_id: t, observation_id: refs.scrutiny_observation, domain_code: 'voice', rating: 'Good'] },
            // the observation schedule and evidence (V35)
            scrutiny_schedule     : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), piece_id: refs.scrutiny_piece, observed_on: '2026-02-03', starts_at: '09:30',
                 ends_at: '11:00', setting: 'Front door triage', setting_kind: 'TEAM', observer_user_id: newUser(),
                 created_by: UUID.randomUUID()] },
            scrutiny_evidence     : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), piece_id: refs.scrutiny_piece, kind: 'FOCUS_GROUP', gathered_on: '2026-02-04',
                 title: 'Focus group with social workers', summary: 'Thresholds are understood', recorded_by: newUser()] },
            // findings and recommendations (V39)
            scrutiny_finding      : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), piece_id: refs.scrutiny_piece, number: nextVersion(), title: 'Handover',
                 detail: 'Information is lost at the out-of-hours handover', rating: 'Requires improvement', recorded_by: newUser()] },
            scrutiny_finding_support: { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), finding_id: refs.scrutiny_finding, evidence_id: refs.scrutiny_evidence] },
            scrutiny_recommendation: { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), finding_id: refs.scrutiny_finding, piece_id: refs.scrutiny_piece,
                 number: nextVersion(), text: 'Hand over in writing', recorded_by: newUser()] },
            // invitations (V27)
            invitation            : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), email: 'invited@example.org', display_name: 'Invited Person', role: 'MEMBER',
                 token_hash: '\\x' + (UUID.randomUUID().toString() + UUID.randomUUID().toString()).replace('-', ''),
                 sent_at: '2026-01-05T09:00:00Z', expires_at: '2026-01-12T09:00:00Z', invited_by: newUser(),
                 invited_at: '2026-01-05T09:00:00Z'] },
            // single sign-on (V31)
            sso_setting           : { UUID t, Map refs ->
                [tenant_id: t, entra_tenant_id: UUID.randomUUID().toString(), client_id: UUID.randomUUID().toString(),
                 client_secret_sealed: '\\x' + ('ab' * 40), updated_by: newUser(), updated_at: '2026-01-05T09:00:00Z'] },
            sso_domain            : { UUID t, Map refs ->
                [tenant_id: t, domain: "d${UUID.randomUUID().toString().substring(0, 8)}.gov.uk".toString()] },
            sso_attempt           : { UUID t, Map refs ->
                [tenant_id: t, state_hash: '\\x' + (UUID.randomUUID().toString() + UUID.randomUUID().toString()).replace('-', ''),
                 created_at: '2026-01-05T09:00:00Z', expires_at: '2026-01-05T09:10:00Z'] },
            sso_identity          : { UUID t, Map refs ->
                [tenant_id: t, subject: UUID.randomUUID().toString(), user_id: newUser(), linked_at: '2026-01-05T09:00:00Z'] },
            document_template     : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), kind: 'AGENDA', version: nextVersion(), body: '<p>{{group.name}}</p>',
                 source   : 'EDIT'] },
            outbox_message        : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), recipients: '{someone@example.org}', subject: 'Agenda published',
                 body_text: 'The agenda is ready.', transport: 'OUTBOX', status: 'HELD'] },
            notice_log            : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), notice_key: "ITEM_DEADLINE:${UUID.randomUUID()}:2027-03-01:x".toString(),
                 notice_kind: 'ITEM_DEADLINE', recipient: 'someone@example.org', status: 'HELD',
                 outbox_message_id: refs.outbox_message, claimed_at: '2027-02-24T09:00:00Z'] },
            // agenda-docs: published agenda revisions (V12)
            agenda_publication    : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), meeting_id: refs.meeting, revision: 1,
                 published_at: '2026-02-02T10:00:00Z', published_by: UUID.randomUUID(), items: '[]'] },
            // child protection conferences and looked-after children's reviews (V18)
            cp_child              : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), case_reference: code(), initials: 'AB', born_on: '2019-04-01',
                 borough: 'Westminster'] },
            cp_allocation         : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), child_id: refs.cp_child, chair_user_id: newUser(),
                 allocated_on: '2026-01-05', reason: 'New referral', allocated_by: UUID.randomUUID()] },
            cp_episode            : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), child_id: refs.cp_child, kind: 'CHILD_PROTECTION', started_on: '2026-01-05'] },
            cp_conference         : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), episode_id: refs.cp_episode, kind: 'INITIAL', number: 1,
                 planned_on: '2026-01-26'] },
            cp_invitee            : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), conference_id: refs.cp_conference, agency_id: refs.agency,
                 role_title: 'Detective Constable'] },
            cp_action             : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), conference_id: refs.cp_conference, description: 'Refer to CAMHS',
                 owner: 'Social worker', due_on: '2026-02-27'] },
            cp_record             : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), conference_id: refs.cp_conference, kind: 'DECISION_LETTER', issue: 1,
                 issued_on: '2026-01-27', issued_by: UUID.randomUUID(), body: '<p>Decisions</p>'] },
            // the LADO log (V34)
            lado_allegation       : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), known_on: '2026-01-05', employer_sector: 'EDUCATION',
                 person_role: 'Teaching assistant', created_by: UUID.randomUUID()] },
            lado_action           : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), allegation_id: refs.lado_allegation, description: 'Police check',
                 owner: 'Police', due_on: '2026-01-20'] },
            // the Issue Resolution Process (V37)
            irp_issue             : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), child_id: refs.cp_child, category: 'CARE_PLAN', summary: 'Plan drift',
                 raised_by: newUser(), raised_on: '2026-02-02', stage_code: 'informal', stage_position: 0,
                 stage_since: '2026-02-02'] },
            irp_step              : { UUID t, Map refs ->
                [tenant_id: t, id: UUID.randomUUID(), issue_id: refs.irp_issue, kind: 'RAISED', stage_code: 'informal',
                 on_date: '2026-02-02', recorded_by: newUser()] },
    ]

    @Shared PostgresFixture postgres = PostgresFixture.get()
    @Shared UUID tenantA = UUID.randomUUID()
    @Shared UUID tenantB = UUID.randomUUID()
    /** Rows inserted per tenant: table -> the row's column values. */
    @Shared Map<UUID, Map<String, Map<String, Object>>> rows = [:]

    def setupSpec() {
        [tenantA, tenantB].each { tenant ->
            Map<String, Object> refs = [:]
            rows[tenant] = [:]
            withApp(tenant) { Sql sql ->
                SAMPLES.each { table, sample ->
                    def row = sample(tenant, refs)
                    insert(sql, table, row)
                    rows[tenant][table] = row
                    refs[table] = row.id
                }
            }
        }
    }

    static List<String> tenantOwnedTables() {
        withOwnerSql { Sql sql ->
            sql.rows('''
                select c.relname from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace
                  join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                 where n.nspname = 'public' and c.relkind in ('r', 'p')
                 order by c.relname''').collect { it.relname as String }
        }
    }

    def "the schema has tenant-owned tables, and every one of them has a sample row here"() {
        expect:
        !tenantOwnedTables().isEmpty()
        tenantOwnedTables() as Set == SAMPLES.keySet()
    }

    def "#table: tenant_id first, in the primary key, row-level security enabled and forced, policy with USING and WITH CHECK"() {
        when:
        def facts = withOwnerSql { Sql sql ->
            sql.firstRow('''
                select c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                       (select attnum from pg_attribute where attrelid = c.oid and attname = 'tenant_id') as position,
                       (select a.attname from pg_constraint k
                          join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                         where k.conrelid = c.oid and k.contype = 'p') as first_key_column,
                       (select count(*) from pg_policy p
                         where p.polrelid = c.oid and p.polcmd = '*' and p.polpermissive
                           and p.polqual is not null and p.polwithcheck is not null
                           and pg_get_expr(p.polqual, p.polrelid) like '%current_tenant_id()%'
                           and pg_get_expr(p.polwithcheck, p.polrelid) like '%current_tenant_id()%') as policies
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relname = ?''', [table])
        }

        then:
        facts.enabled
        facts.forced
        facts.position == 1
        facts.first_key_column == 'tenant_id'
        facts.policies >= 1

        where:
        table << tenantOwnedTables()
    }

    def "the application role is no superuser, cannot bypass row-level security and owns nothing"() {
        when:
        def role = withOwnerSql { Sql sql ->
            sql.firstRow('''
                select r.rolsuper, r.rolbypassrls, r.rolcreatedb, r.rolcreaterole,
                       (select count(*) from pg_class c where c.relowner = r.oid) as relations,
                       (select count(*) from pg_proc p where p.proowner = r.oid) as functions,
                       (select count(*) from pg_namespace n where n.nspowner = r.oid) as schemas,
                       (select count(*) from pg_database d where d.datdba = r.oid) as databases
                  from pg_roles r where r.rolname = ?''', [APP])
        }

        then:
        !role.rolsuper
        !role.rolbypassrls
        !role.rolcreatedb
        !role.rolcreaterole
        role.relations == 0
        role.functions == 0
        role.schemas == 0
        role.databases == 0
    }

    def "#table: a tenant sees its own row but none of another tenant's"() {
        expect:
        withApp(tenantA) { Sql sql -> count(sql, table, tenantA) } == 1
        withApp(tenantB) { Sql sql -> count(sql, table, tenantA) } == 0
        withApp(tenantB) { Sql sql ->
            sql.rows("select distinct tenant_id from ${table}".toString()).collect { it.tenant_id }
        } == [tenantB]

        where:
        table << tenantOwnedTables()
    }

    def "#table: tenant B cannot insert a row carrying tenant A's id"() {
        when:
        withApp(tenantB) { Sql sql -> insert(sql, table, SAMPLES[table](tenantA, refsOf(tenantA))) }

        then:
        SQLException e = thrown()
        e.SQLState == '42501' // new row violates row-level security policy

        where:
        table << tenantOwnedTables()
    }

    def "#table: tenant B can neither update nor delete tenant A's rows"() {
        when:
        def updated = attempt { withApp(tenantB) { Sql sql ->
            sql.executeUpdate("update ${table} set tenant_id = tenant_id where tenant_id = ?".toString(), [tenantA])
        } }
        def deleted = attempt { withApp(tenantB) { Sql sql ->
            sql.executeUpdate("delete from ${table} where tenant_id = ?".toString(), [tenantA])
        } }

        then: 'no row affected, or refused outright'
        updated in [0, 'refused']
        deleted in [0, 'refused']

        and: "A's row is untouched"
        withOwnerSql { Sql sql -> count(sql, table, tenantA) } == 1

        where:
        table << tenantOwnedTables()
    }

    def "#table: tenant B cannot move its own row over to tenant A"() {
        expect:
        attempt { withApp(tenantB) { Sql sql ->
            sql.executeUpdate("update ${table} set tenant_id = ? where tenant_id = ?".toString(), [tenantA, tenantB])
        } } == 'refused'

        where:
        table << tenantOwnedTables()
    }

    def "#table: with no tenant bound nothing is visible and nothing can be inserted"() {
        when:
        def visible = withApp(null) { Sql sql -> sql.firstRow("select count(*) as n from ${table}".toString()).n }

        then:
        visible == 0

        when:
        withApp(null) { Sql sql -> insert(sql, table, SAMPLES[table](tenantA, refsOf(tenantA))) }

        then:
        SQLException e = thrown()
        e.SQLState == '42501'

        where:
        table << tenantOwnedTables()
    }

    def "with no tenant bound at all (setting never set) nothing is visible either"() {
        expect:
        postgres.appConnection().withCloseable { Connection c ->
            new Sql(c).firstRow('select count(*) as n from partnership').n
        } == 0
    }

    // -- helpers ---------------------------------------------------------------------------------

    Map refsOf(UUID tenant) {
        rows[tenant].collectEntries { table, row -> [(table): row.id] }
    }

    /** Runs {@code work} as the application role with the tenant bound as the DataSource wrapper binds it. */
    def <T> T withApp(UUID tenant, Closure<T> work) {
        postgres.appConnection().withCloseable { Connection c ->
            def sql = new Sql(c)
            sql.execute("select set_config('app.tenant_id', ?, false)", [tenant?.toString() ?: ''])
            work(sql)
        }
    }

    static <T> T withOwnerSql(Closure<T> work) {
        PostgresFixture.get().ownerConnection().withCloseable { Connection c -> work(new Sql(c)) }
    }

    static Object attempt(Closure<Integer> work) {
        try {
            work()
        } catch (SQLException ignored) {
            'refused'
        }
    }

    static int count(Sql sql, String table, UUID tenant) {
        sql.firstRow("select count(*) as n from ${table} where tenant_id = ?".toString(), [tenant]).n as int
    }

    /** Inserts a row, casting each value to its column's type. */
    static void insert(Sql sql, String table, Map<String, Object> row) {
        def types = sql.rows('''
            select a.attname, format_type(a.atttypid, a.atttypmod) as type from pg_attribute a
             where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped''', ["public.${table}".toString()])
                .collectEntries { [(it.attname): it.type] }
        def columns = row.keySet().toList()
        def values = columns.collect { "?::${types[it]}" }.join(', ')
        sql.execute("insert into ${table} (${columns.join(', ')}) values (${values})".toString(),
                columns.collect { row[it] == null ? null : row[it].toString() })
    }

    static String code() {
        'c' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
    }

    static int versionCounter = 0

    static int nextVersion() {
        ++versionCounter
    }

    /** Users are global (not tenant-owned); memberships need one. Created as the owner. */
    static UUID newUser() {
        UUID id = UUID.randomUUID()
        withOwnerSql { Sql sql ->
            sql.execute('insert into app_user (id, email, display_name, password_hash) values (?, ?, ?, ?)',
                    [id, "${id}@isolation.test".toString(), 'Isolation Test', 'not-a-hash'])
        }
        id
    }
}
