package uk.reviewhub.meeting

import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.PostgresFixture

/** Access tokens for the shipped packs' demo users, issued directly (no sign-in round trip). */
class DemoTokens {

    private final AccessTokens accessTokens
    private final Map<String, String> tokens = [:]

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
                List<String> roles = ((row.getArray('roles')?.array ?: []) as List<String>) +
                        (row.getArray('platform_roles').array as List<String>)
                accessTokens.issue(row.getObject('id', UUID), row.getObject('tenant_id', UUID), roles,
                        row.getString('display_name'), email).token()
            } finally {
                c.close()
            }
        }
    }
}
