package uk.reviewhub.identity

import at.favre.lib.crypto.bcrypt.BCrypt
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection
import java.util.concurrent.ConcurrentHashMap

/**
 * Creates users, partnerships and memberships directly in the test database as the owner role,
 * so identity specs do not depend on demo data. Emails are made unique per call.
 */
class TestUsers {

    static final String PASSWORD = 'correct horse battery staple'

    private static final Map<String, String> HASHES = new ConcurrentHashMap<>()

    /** A bcrypt hash at the suite's cost (as the application makes them in tests), computed once per password. */
    static String hash(String password) {
        HASHES.computeIfAbsent(password) { BCrypt.withDefaults().hashToString(PostgresFixture.PASSWORD_COST, it.toCharArray()) }
    }

    static String uniqueEmail(String prefix) {
        "${prefix}-${UUID.randomUUID().toString().substring(0, 8)}@example.org"
    }

    /** Registers (or finds) a partnership and answers its tenant id. */
    static UUID partnership(String slug, String name = slug.capitalize() + ' Safeguarding Children Partnership') {
        withOwner { Connection c ->
            def statement = c.prepareStatement('select platform.register_partnership(?, ?, ?)')
            statement.setString(1, slug)
            statement.setString(2, name)
            statement.setString(3, slug.toUpperCase())
            def rows = statement.executeQuery()
            rows.next()
            rows.getObject(1, UUID)
        }
    }

    static UUID user(Map options = [:]) {
        UUID id = UUID.randomUUID()
        withOwner { Connection c ->
            def statement = c.prepareStatement('''
                insert into app_user (id, email, display_name, password_hash, platform_roles, active)
                values (?, ?, ?, ?, ?, ?)''')
            statement.setObject(1, id)
            statement.setString(2, options.email ?: uniqueEmail('user'))
            statement.setString(3, options.name ?: 'Test User')
            statement.setString(4, hash(options.password ?: PASSWORD))
            statement.setArray(5, c.createArrayOf('text', (options.platformRoles ?: []) as String[]))
            statement.setBoolean(6, options.containsKey('active') ? options.active as boolean : true)
            statement.executeUpdate()
        }
        id
    }

    static void member(UUID userId, UUID partnershipId, List<String> roles, UUID agencyId = null) {
        withOwner { Connection c ->
            bindTenant(c, partnershipId)
            def statement = c.prepareStatement('''
                insert into partnership_membership (tenant_id, id, user_id, roles, agency_id) values (?, ?, ?, ?, ?)''')
            statement.setObject(1, partnershipId)
            statement.setObject(2, UUID.randomUUID())
            statement.setObject(3, userId)
            statement.setArray(4, c.createArrayOf('text', roles as String[]))
            statement.setObject(5, agencyId)
            statement.executeUpdate()
        }
    }

    /** The stored sign-in state of a user: [failed_sign_ins, locked_until]. */
    static Map signInState(UUID userId) {
        withOwner { Connection c ->
            def statement = c.prepareStatement('select failed_sign_ins, locked_until from app_user where id = ?')
            statement.setObject(1, userId)
            def rows = statement.executeQuery()
            rows.next()
            [failedSignIns: rows.getInt(1), lockedUntil: rows.getObject(2)]
        }
    }

    /** Refresh tokens of a user: [revoked: n, live: n]. */
    static Map refreshTokens(UUID userId) {
        withOwner { Connection c ->
            def statement = c.prepareStatement('''
                select count(*) filter (where revoked_at is not null), count(*) filter (where revoked_at is null)
                  from refresh_token where user_id = ?''')
            statement.setObject(1, userId)
            def rows = statement.executeQuery()
            rows.next()
            [revoked: rows.getInt(1), live: rows.getInt(2)]
        }
    }

    private static void bindTenant(Connection c, UUID tenantId) {
        def statement = c.prepareStatement("select set_config('app.tenant_id', ?, false)")
        statement.setString(1, tenantId.toString())
        statement.execute()
    }

    private static <T> T withOwner(Closure<T> work) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            work(c)
        } finally {
            c.close()
        }
    }
}
