package uk.reviewhub.bench;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDBC floor: a request's statements, as {@code infra/bench/statements.py} captured them for
 * pgbench, run from a JVM through the backend's own driver (PostgreSQL JDBC) and nothing else: no
 * HTTP, no framework, no pool, no jOOQ. Each worker holds one connection and runs the script over
 * and over with prepared statements (the driver's server-side statements after its fifth use, as
 * in the backend), reading every row. After a short warm-up it measures for the given seconds and
 * prints three figures: scripts a second, the scripts run in all (warm-up included, for the
 * shell's PostgreSQL CPU a script) and this process's CPU a script over the measured seconds, in
 * microseconds (every thread's, the JIT's and the collector's included).
 *
 * <p>It answers the question the ratio to pgbench leaves open: how much of the backend's CPU a
 * request is the driver and the kernel's socket work for its round trips, which no change to the
 * server can remove, and how much is the server's own.
 *
 * <pre>JdbcFloor URL USER PASSWORD SCRIPT CONNECTIONS SECONDS [virtual|platform]</pre>
 * The script's {@code :name} variables take their values from {@code SCRIPT.vars} ({@code name=value}
 * lines); each is sent untyped, as pgbench sends them, for PostgreSQL to infer from the statement.
 */
public final class JdbcFloor {

    private static final Pattern VARIABLE = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

    /** One statement of the script: its SQL with {@code ?} for each variable, and the variables in order. */
    record Statement(String sql, List<String> variables) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: JdbcFloor URL USER PASSWORD SCRIPT CONNECTIONS SECONDS [virtual|platform]");
            System.exit(2);
        }
        String url = args[0];
        String user = args[1];
        String password = args[2];
        Path script = Path.of(args[3]);
        int connections = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        boolean virtual = args.length < 7 || !"platform".equals(args[6]);

        List<Statement> statements = parse(Files.readString(script));
        Map<String, String> values = values(script, statements);

        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder done = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < connections; i++) {
            Runnable work = () -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    List<PreparedStatement> prepared = prepare(c, statements, values);
                    while (running.get()) {
                        run(prepared);
                        done.increment();
                    }
                } catch (SQLException | RuntimeException e) {
                    failures.add(e);
                    running.set(false);
                }
            };
            Thread t = virtual ? Thread.ofVirtual().unstarted(work) : Thread.ofPlatform().unstarted(work);
            workers.add(t);
            t.start();
        }
        // A short warm-up (the driver's statements become server-side ones after five uses, and the
        // JIT compiles the loop), then the measured seconds.
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(2_000);
        long t0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        long before = done.sum();
        Thread.sleep(seconds * 1_000L);
        long after = done.sum();
        long cpu1 = os.getProcessCpuTime();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        for (Thread t : workers) {
            t.join();
        }
        if (!failures.isEmpty()) {
            System.err.println("failed: " + failures.getFirst());
            System.exit(1);
        }
        System.out.printf("%.0f %d %.0f%n", (after - before) / elapsed, done.sum(),
                (cpu1 - cpu0) / 1e3 / Math.max(1, after - before));
    }

    static List<Statement> parse(String text) {
        List<Statement> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("--") || s.startsWith("\\")) {
                continue;
            }
            if (s.endsWith(";")) {
                s = s.substring(0, s.length() - 1);
            }
            List<String> variables = new ArrayList<>();
            Matcher m = VARIABLE.matcher(s);
            StringBuilder sql = new StringBuilder();
            int last = 0;
            while (m.find()) {
                // '::' is a cast, not a variable
                if (m.start() > 0 && s.charAt(m.start() - 1) == ':') {
                    continue;
                }
                sql.append(s, last, m.start()).append('?');
                variables.add(m.group(1));
                last = m.end();
            }
            sql.append(s.substring(last));
            out.add(new Statement(sql.toString(), variables));
        }
        return out;
    }

    /** The script's statements prepared on the connection, each variable set (untyped, as pgbench sends it). */
    static List<PreparedStatement> prepare(Connection c, List<Statement> statements, Map<String, String> values)
            throws SQLException {
        List<PreparedStatement> prepared = new ArrayList<>();
        for (Statement s : statements) {
            PreparedStatement ps = c.prepareStatement(s.sql());
            for (int p = 0; p < s.variables().size(); p++) {
                ps.setObject(p + 1, values.get(s.variables().get(p)), Types.OTHER);
            }
            prepared.add(ps);
        }
        return prepared;
    }

    /** Runs the script once, reading every row. */
    static void run(List<PreparedStatement> prepared) throws SQLException {
        for (PreparedStatement ps : prepared) {
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                }
            }
        }
    }

    /** The values of {@code SCRIPT.vars}; throws naming the first variable of the script without one. */
    static Map<String, String> values(Path script, List<Statement> statements) throws IOException {
        Map<String, String> values = values(Path.of(script + ".vars"));
        for (Statement s : statements) {
            for (String v : s.variables()) {
                if (!values.containsKey(v)) {
                    throw new IllegalArgumentException(script + ": no value for :" + v + " in " + script + ".vars");
                }
            }
        }
        return values;
    }

    static Map<String, String> values(Path vars) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (Files.exists(vars)) {
            for (String line : Files.readAllLines(vars)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return out;
    }

    private JdbcFloor() {
    }
}
