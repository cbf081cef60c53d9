package uk.reviewhub.testing

import uk.reviewhub.security.AccessTokens

import java.util.concurrent.ConcurrentHashMap

/**
 * Access tokens for the shipped packs' demo users, issued the way sign-in issues them, and the
 * tenant ids of the shipped partnerships. Read as the owner role (it bypasses row-level security).
 */
class DemoTokens {

    private final AccessTokens accessTokens
    private final Map<String, String> tokens = new ConcurrentHashMap<>()

    DemoTokens(AccessTokens accessTokens) {
        this.accessTokens = accessTokens
    }

    String token(String email) {
        tokens.computeIfAbsent(email) {
            def c = PostgresFixture.get().ownerConnection()
            try {
                def query = c.prepareStatement('''
                    select u.id, u.display_name, u.platform_roles, m.tenant_id, m.roles
                      from app_user u left join partnership_membership m on m.user_id = u.id
                     where u.email = cast(? as citext)''')
                query.setString(1, email)
                def row = query.executeQuery()
                assert row.next(): "no demo user $email"
                UUID tenant = row.getObject('tenant_id', UUID)
                List<String> roles = ((row.getArray('roles')?.array ?: []) as List<String>) +
                        (row.getArray('platform_roles').array as List<String>)
                accessTokens.issue(row.getObject('id', UUID), tenant, roles, row.getString('display_name'), email).token()
            } finally {
                c.close()
            }
        }
    }

    static UUID tenantOf(String slug) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            def query = c.prepareStatement('select tenant_id from partnership where slug = ?')
            query.setString(1, slug)
            def row = query.executeQuery()
            assert row.next(): "no partnership $slug"
            row.getObject(1, UUID)
        } finally {
            c.close()
        }
    }

    /** The id of the partnership's first review group. */
    static UUID firstGroupOf(String slug) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            def query = c.prepareStatement('''
                select g.id from review_group g join partnership p on p.tenant_id = g.tenant_id
                 where p.slug = ? order by g.position limit 1''')
            query.setString(1, slug)
            def row = query.executeQuery()
            assert row.next(): "no group in $slug"
            row.getObject(1, UUID)
        } finally {
            c.close()
        }
    }
}
