package uk.reviewhub.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A stand-in for a backend process, for {@code EmbeddedDatabaseCrashSpec}: starts the embedded
 * PostgreSQL of a data directory, commits one row, says READY and waits to be killed.
 */
public final class EmbeddedDatabaseHolder {

    private EmbeddedDatabaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0, "holder_owner", "holder_app");
        ConnectionCoordinates owner = db.owner();
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
             Statement s = c.createStatement()) {
            s.execute("create table if not exists crash_probe (note text)");
            s.execute("insert into crash_probe values ('committed before the kill')");
        }
        System.out.println("READY " + db.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
