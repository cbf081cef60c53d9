package uk.reviewhub.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import uk.reviewhub.Application;
import uk.reviewhub.database.DatabaseServer;
import uk.reviewhub.identity.domain.PasswordHasher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of the case-review read paths over HTTP: starts the real backend in this JVM
 * (embedded PostgreSQL under the bench data directory), generates the synthetic data once (kept and
 * reused by later runs with the same settings), signs in chairs of several partnerships (the largest
 * and some others), then drives each endpoint in turn at each concurrency with a warm-up and a
 * measured phase, and prints p50/p95/p99 latency and throughput per endpoint. {@code GET /api/me}
 * is the trivial authenticated endpoint: the framework's ceiling on this machine. Nothing is asserted.
 *
 * <p>Options ({@code -Dname=value}): {@code bench.dataDir} (default {@code infra/bench/target/bench-data}),
 * {@code bench.partnerships} (150), {@code bench.years} (10), {@code bench.seed}, {@code bench.concurrency}
 * ({@code 8,32}), {@code bench.warmupSeconds} (5), {@code bench.measureSeconds} (15), {@code bench.users} (8),
 * {@code bench.paths} (comma-separated; default me, case list, dashboard, CAP).
 */
public final class Benchmark {

    /** Not a secret: the synthetic users' password is random per data set and kept in the bench data directory. */
    static final String BENCH_PASSWORD_HINT = "bench-password";
    private static final String PASSWORD_FILE = "bench-password";
    private static final String GENERATED_FILE = "bench-generated.properties";

    private Benchmark() {
    }

    static String hash(String password) {
        return new PasswordHasher().hash(password);
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("bench.dataDir", "infra/bench/target/bench-data")).toAbsolutePath().normalize();
        int partnerships = Integer.getInteger("bench.partnerships", 150);
        int years = Integer.getInteger("bench.years", 10);
        long seed = Long.getLong("bench.seed", 20260101L);
        int[] concurrency = Arrays.stream(System.getProperty("bench.concurrency", "8,32").split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int warmup = Integer.getInteger("bench.warmupSeconds", 5);
        int measure = Integer.getInteger("bench.measureSeconds", 15);
        int userCount = Integer.getInteger("bench.users", 8);
        List<String> paths = Arrays.asList(System.getProperty("bench.paths", "/api/me,/api/cases,/api/dashboard,/api/cap").split(","));

        Files.createDirectories(dataDir);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long started = System.nanoTime();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("reviewhub.data-dir", dataDir.toString());
        props.put("micronaut.server.port", port);
        // The bundled bank holidays cover England and Wales from 2012, past ten years back from
        // today; -Dbench.bankHolidays=<file> can still lay a feed-shaped file over them.
        String bankHolidays = System.getProperty("bench.bankHolidays");
        if (bankHolidays != null && !bankHolidays.isBlank()) {
            props.put("reviewhub.calendar.bank-holidays-file", Path.of(bankHolidays).toAbsolutePath().toString());
        }
        try (ApplicationContext context = Micronaut.build(args).mainClass(Application.class).properties(props).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            System.out.printf(Locale.ROOT, "Backend up on port %d in %d ms (data in %s)%n", server.getPort(),
                    (System.nanoTime() - started) / 1_000_000, dataDir);

            String password = password(dataDir);
            List<SyntheticData.BenchUser> users = data(context, dataDir, partnerships, years, seed, password);
            String base = "http://localhost:" + server.getPort();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();

            // Sign in chairs: the largest partnerships and an even spread of the rest.
            List<SyntheticData.BenchUser> chairs = new ArrayList<>(users.stream().filter(u -> u.role().equals("CHAIR")).toList());
            chairs.sort(Comparator.comparingInt(SyntheticData.BenchUser::cases).reversed());
            List<SyntheticData.BenchUser> chosen = new ArrayList<>(chairs.subList(0, Math.min(userCount / 2, chairs.size())));
            int step = Math.max(1, chairs.size() / Math.max(1, userCount - chosen.size()));
            for (int i = chosen.size(); i < chairs.size() && chosen.size() < userCount; i += step) {
                chosen.add(chairs.get(i));
            }
            System.out.println("Signed-in users (partnership, cases in it):");
            chosen.forEach(u -> System.out.printf(Locale.ROOT, "  %-40s %s %,d%n", u.email(), u.partnershipSlug(), u.cases()));

            // One sample of each endpoint per user: response sizes.
            List<String> tokens = signIn(http, base, chosen, password);
            for (String path : paths) {
                HttpResponse<String> r = get(http, base, path, tokens.getFirst());
                System.out.printf(Locale.ROOT, "  GET %-16s -> %d, %,d bytes (largest partnership)%n", path, r.statusCode(), r.body().length());
            }

            List<String[]> table = new ArrayList<>();
            for (int c : concurrency) {
                tokens = signIn(http, base, chosen, password);  // access tokens last 15 minutes
                for (String path : paths) {
                    Result result = drive(http, base, path, tokens, c, warmup, measure);
                    table.add(new String[] {path, String.valueOf(c), String.valueOf(result.count), String.valueOf(result.errors),
                            ms(result.p(50)), ms(result.p(95)), ms(result.p(99)), String.format(Locale.ROOT, "%.1f", result.throughput())});
                    System.out.printf(Locale.ROOT, "  %-16s c=%-3d done: %d requests, %.1f/s%n", path, c, result.count, result.throughput());
                }
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "Benchmark: %d partnerships x %d years, %d signed-in chairs, warm-up %ds, measured %ds, %d cores, JDK %s%n",
                    partnerships, years, chosen.size(), warmup, measure, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.println("| endpoint | clients | requests | errors | p50 ms | p95 ms | p99 ms | req/s |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (String[] row : table) {
                System.out.println("| " + String.join(" | ", row) + " |");
            }
            if (Boolean.parseBoolean(System.getProperty("bench.national", "true"))) {
                national(context, http, base, password, dataDir);
            }
        }
    }

    // -- national benchmarking (issue 10, item 9) -----------------------------------------------------

    /**
     * The national landing's data two ways, one after the other in this run: over HTTP as the national
     * viewer ({@code GET /api/national}: the security-definer function, suppression, JSON), and the same
     * aggregate as raw SQL on an owner connection (the functions' own SQL inlined, no function call, no
     * suppression, no HTTP). Sequential requests after a warm-up; p50 of each and their ratio printed.
     */
    private static void national(ApplicationContext context, HttpClient http, String base, String password, Path dataDir)
            throws Exception {
        int rounds = Integer.getInteger("bench.nationalRounds", 60);
        String body = "{\"email\":\"" + SyntheticData.NATIONAL_VIEWER + "\",\"password\":\"" + password + "\"}";
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/sign-in"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(signIn.body());
        if (signIn.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Sign-in of the national viewer failed: " + signIn.statusCode() + " " + signIn.body());
        }
        String token = m.group(1);
        long[] api = new long[rounds];
        int size = 0;
        long first = 0; // the first request counts; later ones within reviewhub.national.cache-seconds answer that count
        for (int i = -10; i < rounds; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = get(http, base, "/api/national", token);
            long took = System.nanoTime() - t;
            if (i == -10) {
                first = took;
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /api/national: " + r.statusCode() + " " + r.body());
            }
            size = r.body().length();
            if (i >= 0) {
                api[i] = took;
            }
        }

        int trendYears = context.getProperty("reviewhub.national.trend-years", Integer.class).orElse(10);
        int cacheSeconds = context.getProperty("reviewhub.national.cache-seconds", Integer.class).orElse(60);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        int last = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int firstYear = last - trendYears + 1;
        var calendar = context.getBean(uk.reviewhub.time.WorkingDayCalendars.class).englandAndWales();
        LocalDate from = LocalDate.of(firstYear, 4, 1).isBefore(calendar.firstDay()) ? calendar.firstDay() : LocalDate.of(firstYear, 4, 1);
        String holidays = calendar.bankHolidaysBetween(from, LocalDate.of(last + 1, 6, 30)).stream()
                .map(h -> h.date().toString()).collect(java.util.stream.Collectors.joining(",", "'{", "}'::date[]"));
        Properties roles = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("database-roles.properties"))) {
            roles.load(in);
        }
        String url = context.getBean(DatabaseServer.class).app().url();
        String owner = context.getProperty("reviewhub.database.owner-user", String.class).filter(s -> !s.isBlank()).orElse("reviewhub_owner");
        long[] raw = new long[rounds];
        int rows = 0;
        try (Connection db = DriverManager.getConnection(url, owner, roles.getProperty(owner))) {
            String counts = source(db, "figure_counts");
            String rollup = source(db, "national_figures").replace("figure_counts(p_first_year, p_last_year, p_bank_holidays, p_today) f",
                    "(" + counts + ") f (tenant_id, measure, dimension, category, financial_year, quarter, n)");
            String sql = rollup.replace("p_first_year", Integer.toString(firstYear)).replace("p_last_year", Integer.toString(last))
                    .replace("p_bank_holidays", holidays).replace("p_today", "date '" + today + "'").replace("p_suppress_up_to", "5");
            for (int i = -10; i < rounds; i++) {
                long t = System.nanoTime();
                int n = 0;
                try (Statement s = db.createStatement(); var rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        n++;
                    }
                }
                long took = System.nanoTime() - t;
                rows = n;
                if (i >= 0) {
                    raw[i] = took;
                }
            }
        }
        Arrays.sort(api);
        Arrays.sort(raw);
        long apiP50 = api[rounds / 2];
        long rawP50 = raw[rounds / 2];
        System.out.println();
        System.out.printf(Locale.ROOT, "National landing data, financial years %d-%d, %d sequential requests after 10 to warm up:%n",
                firstYear, last, rounds);
        System.out.println("| path | p50 ms | what it includes |");
        System.out.println("|---|---:|---|");
        System.out.printf(Locale.ROOT, "| GET /api/national (national viewer) | %s | security-definer functions, suppression, JSON, HTTP (%,d bytes) |%n",
                ms(apiP50), size);
        System.out.printf(Locale.ROOT, "| GET /api/national, the first request | %s | England's counts counted (kept %d s on the replica: "
                + "reviewhub.national.cache-seconds), then as above |%n", ms(first), cacheSeconds);
        System.out.printf(Locale.ROOT, "| the same aggregate as raw SQL (owner) | %s | the functions' SQL inlined, %,d rows, no suppression |%n",
                ms(rawP50), rows);
        System.out.printf(Locale.ROOT, "Ratio (API / raw SQL): %.2f%n", (double) apiP50 / rawP50);
    }

    /** A SQL function's body, as the migration wrote it. */
    private static String source(Connection db, String function) throws SQLException {
        try (Statement s = db.createStatement();
             var rs = s.executeQuery("select prosrc from pg_proc where proname = '" + function + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    // -- data ---------------------------------------------------------------------------------------

    private static List<SyntheticData.BenchUser> data(ApplicationContext context, Path dataDir, int partnerships, int years, long seed,
                                                      String password) throws Exception {
        Path marker = dataDir.resolve(GENERATED_FILE);
        String key = partnerships + "x" + years + "@" + seed;
        Properties generated = new Properties();
        if (Files.exists(marker)) {
            try (Reader in = Files.newBufferedReader(marker)) {
                generated.load(in);
            }
            if (key.equals(generated.getProperty("settings"))) {
                System.out.println("Reusing the synthetic data generated on " + generated.getProperty("date") + " (" + key + ")");
                List<SyntheticData.BenchUser> users = new ArrayList<>();
                for (String line : generated.getProperty("users").split(";")) {
                    String[] f = line.split(",");
                    users.add(new SyntheticData.BenchUser(f[0], f[1], f[2], Integer.parseInt(f[3])));
                }
                return users;
            }
            throw new IllegalStateException("The bench data directory holds data generated with " + generated.getProperty("settings")
                    + ", not " + key + ": delete " + dataDir + " or choose another bench.dataDir");
        }
        Properties roles = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("database-roles.properties"))) {
            roles.load(in);
        }
        String url = context.getBean(DatabaseServer.class).app().url();
        String owner = context.getProperty("reviewhub.database.owner-user", String.class).filter(s -> !s.isBlank()).orElse("reviewhub_owner");
        System.out.printf(Locale.ROOT, "Generating %d partnerships x %d years (seed %d)...%n", partnerships, years, seed);
        SyntheticData.Settings settings = new SyntheticData.Settings(partnerships, years, seed, LocalDate.now(), "bench", hash(password));
        SyntheticData.Summary summary;
        try (Connection db = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", owner, roles.getProperty(owner))) {
            summary = SyntheticData.generate(db, settings);
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("analyze");
            }
        }
        System.out.println(summary.describe());
        generated.setProperty("settings", key);
        generated.setProperty("date", LocalDate.now().toString());
        generated.setProperty("users", String.join(";", summary.users().stream()
                .map(u -> u.email() + "," + u.partnershipSlug() + "," + u.role() + "," + u.cases()).toList()));
        try (Writer out = Files.newBufferedWriter(marker)) {
            generated.store(out, "Synthetic data in this bench data directory");
        }
        return summary.users();
    }

    private static String password(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = BENCH_PASSWORD_HINT + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(password.getBytes());
        }
        return password;
    }

    // -- HTTP ---------------------------------------------------------------------------------------

    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private static List<String> signIn(HttpClient http, String base, List<SyntheticData.BenchUser> users, String password) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (SyntheticData.BenchUser u : users) {
            String body = "{\"email\":\"" + u.email() + "\",\"password\":\"" + password + "\",\"partnership\":\"" + u.partnershipSlug() + "\"}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/sign-in"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = TOKEN.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("Sign-in of " + u.email() + " failed: " + r.statusCode() + " " + r.body());
            }
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static HttpResponse<String> get(HttpClient http, String base, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Result(long[] latencies, int count, int errors, double seconds) {
        long p(int percentile) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))];
        }

        double throughput() {
            return count / seconds;
        }
    }

    private static Result drive(HttpClient http, String base, String path, List<String> tokens, int clients, int warmup, int measure)
            throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Future<long[]>> futures = new ArrayList<>();
        int[] errors = new int[clients];
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    long[] samples = new long[1024];
                    int n = 0;
                    int k = client;
                    while (!stop.get()) {
                        String token = tokens.get(k++ % tokens.size());
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = get(http, base, path, token).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long elapsed = System.nanoTime() - t0;
                        if (measuring.get() && !stop.get()) {
                            if (status != 200) {
                                errors[client]++;
                            }
                            if (n == samples.length) {
                                samples = Arrays.copyOf(samples, n * 2);
                            }
                            samples[n++] = elapsed;
                        }
                    }
                    return Arrays.copyOf(samples, n);
                }));
            }
            Thread.sleep(warmup * 1000L);
            long t0 = System.nanoTime();
            measuring.set(true);
            Thread.sleep(measure * 1000L);
            stop.set(true);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(merged, merged.length, Arrays.stream(errors).sum(), seconds);
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
