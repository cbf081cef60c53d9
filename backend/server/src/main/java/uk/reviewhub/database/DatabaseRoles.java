package uk.reviewhub.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates (or brings up to date) the two roles and the database on a server where we hold a
 * superuser connection: the embedded server, and the test fixture's server.
 *
 * <ul>
 *   <li>the owner owns the database and everything the migrations create; it has BYPASSRLS so
 *       that the narrow security-definer functions it owns (partnership registration,
 *       memberships at sign-in) can work across tenants;</li>
 *   <li>the application role is a plain login: NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE,
 *       owning nothing, with only the grants the migrations give it.</li>
 * </ul>
 */
public final class DatabaseRoles {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_\\-]{16,128}");

    private DatabaseRoles() {
    }

    /**
     * Idempotent: creates what is missing and resets the passwords to the given ones.
     *
     * @param superuser a superuser connection to any database of the server
     */
    public static void ensure(Connection superuser, String database, String owner, String ownerPassword,
                              String app, String appPassword) throws SQLException {
        identifier(database);
        identifier(owner);
        identifier(app);
        password(ownerPassword);
        password(appPassword);
        try (Statement st = superuser.createStatement()) {
            ensureRole(superuser, st, owner,
                    "login nosuperuser bypassrls nocreatedb nocreaterole", ownerPassword);
            ensureRole(superuser, st, app,
                    "login nosuperuser nobypassrls nocreatedb nocreaterole noinherit", appPassword);
            if (!exists(superuser, "select 1 from pg_database where datname = ?", database)) {
                st.execute("create database " + database + " owner " + owner + " encoding 'UTF8' template template0");
            }
            st.execute("revoke all on database " + database + " from public");
            st.execute("grant connect, temporary on database " + database + " to " + app);
        }
    }

    private static void ensureRole(Connection c, Statement st, String role, String attributes, String password)
            throws SQLException {
        String verb = exists(c, "select 1 from pg_roles where rolname = ?", role) ? "alter" : "create";
        // Passwords are checked against a quote-free alphabet above; DDL takes no bind parameters.
        st.execute(verb + " role " + role + " " + attributes + " password '" + password + "'");
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case SQL identifier: " + name);
        }
    }

    private static void password(String password) {
        if (password == null || !PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("Generated passwords must be 16-128 characters of [A-Za-z0-9_-]");
        }
    }
}
