package uk.reviewhub.bench;

import uk.reviewhub.pack.NationalLearningThemes;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Synthetic case-review data for many partnerships over many years, deterministic from a seed
 * (every row but the partnership ids, which {@code platform.register_partnership} draws).
 *
 * <p>Per partnership: a size drawn once (2 to 20 serious incident notifications a year, skewed
 * towards the small end as the national figures are, plus about half as many referrals that are
 * not SINs), agencies (the three statutory partners and others), users with memberships (chair,
 * vice chair, business support, members, an admin), the national learning themes, and per case
 * the steps its age allows: rapid review, the Panel's response, the partners' decision, a
 * commissioned review with milestones, recommendations and Composite Action Plan actions (due
 * dates spread over a year, most old ones completed, a few RAG overrides), and theme links. Recent
 * cases are still open, so the dashboard has work to show.
 *
 * <p>Rows go in as the owner role with batched inserts, one transaction per partnership with the
 * tenant bound ({@code set_config('app.tenant_id', ..., true)}), so row-level security's WITH CHECK
 * is respected rather than bypassed.
 *
 * <p>Run on its own: {@code SyntheticData <jdbcUrl> <owner> <password> [partnerships] [years] [seed]}.
 */
public final class SyntheticData {

    /** What to generate. */
    public record Settings(int partnerships, int years, long seed, LocalDate today, String slugPrefix, String passwordHash) {
        public static Settings defaults(String passwordHash) {
            return new Settings(150, 10, 20260101L, LocalDate.now(), "bench", passwordHash);
        }
    }

    /** A user the benchmark can sign in as. */
    public record BenchUser(String email, String partnershipSlug, String role, int cases) {
    }

    /** What was generated. */
    public record Summary(Map<String, Long> rows, List<BenchUser> users, long millis) {
        public String describe() {
            StringBuilder out = new StringBuilder("Generated in " + millis + " ms:");
            rows.forEach((table, n) -> out.append(String.format(Locale.ROOT, "%n  %-22s %,10d", table, n)));
            return out.toString();
        }
    }

    private static final String[] KINDS = {"EDUCATION", "CAFCASS", "HOUSING", "PROBATION", "YOUTH_JUSTICE", "DISTRICT_COUNCIL", "OTHER"};
    private static final String[] AGE_BANDS = {"UNDER_1", "UNDER_1", "UNDER_1", "AGE_1_TO_5", "AGE_1_TO_5", "AGE_6_TO_10",
            "AGE_11_TO_15", "AGE_11_TO_15", "AGE_16_AND_OVER", "CARE_LEAVER_18_TO_24"};
    private static final String[] ETHNICITIES = {"WHITE", "WHITE", "WHITE", "WHITE", "WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "UNKNOWN"};
    private static final String[] SEXES = {"FEMALE", "MALE", "MALE", "UNKNOWN"};

    private final Connection db;
    private final Settings settings;
    private final Random random;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<BenchUser> users = new ArrayList<>();
    private final List<NationalLearningThemes.Theme> themes = NationalLearningThemes.load();

    private SyntheticData(Connection db, Settings settings) {
        this.db = db;
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /** Generates everything, committing per partnership. {@code db} is an owner-role connection. */
    public static Summary generate(Connection db, Settings settings) throws SQLException {
        long started = System.nanoTime();
        SyntheticData data = new SyntheticData(db, settings);
        db.setAutoCommit(false);
        for (int p = 1; p <= settings.partnerships(); p++) {
            data.partnership(p);
            db.commit();
        }
        data.nationalViewer();
        db.commit();
        return new Summary(data.counts, data.users, (System.nanoTime() - started) / 1_000_000);
    }

    static final String[] REGIONS = {"north-east", "north-west", "yorkshire-and-the-humber", "east-midlands", "west-midlands",
            "east-of-england", "london", "south-east", "south-west"};

    /** The national viewer the benchmark signs in as (platform role only). */
    public static final String NATIONAL_VIEWER = "national@bench.invalid";

    /**
     * National benchmarking's comparators, as a pack's national: section gives them: a region (round
     * robin), a child population (10,000 to 250,000, mid-2023, marked synthetic) and ten statistical
     * neighbours (the partnerships numbered next to it).
     */
    private void comparators(int n, UUID tenant) throws SQLException {
        List<String> neighbours = new ArrayList<>();
        for (int k = 1; neighbours.size() < Math.min(10, settings.partnerships() - 1); k++) {
            int other = ((n - 1 + k) % settings.partnerships()) + 1;
            neighbours.add(String.format(Locale.ROOT, "%s-%03d", settings.slugPrefix(), other));
        }
        try (PreparedStatement ps = db.prepareStatement("update partnership set region = ?, child_population = ?, "
                + "child_population_year = 2023, child_population_source = 'Synthetic (bench)', statistical_neighbours = ? "
                + "where tenant_id = ?")) {
            ps.setString(1, REGIONS[n % REGIONS.length]);
            ps.setInt(2, 10_000 + random.nextInt(240_000));
            ps.setArray(3, db.createArrayOf("text", neighbours.toArray()));
            ps.setObject(4, tenant);
            ps.executeUpdate();
        }
    }

    private void nationalViewer() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "insert into app_user (id, email, display_name, password_hash, platform_roles) values (?, ?, ?, ?, ?)")) {
            ps.setObject(1, uuid());
            ps.setString(2, NATIONAL_VIEWER);
            ps.setString(3, "Bench national viewer");
            ps.setString(4, settings.passwordHash());
            ps.setArray(5, db.createArrayOf("text", new String[] {"NATIONAL_VIEWER"}));
            ps.executeUpdate();
        }
        users.add(new BenchUser(NATIONAL_VIEWER, "", "NATIONAL_VIEWER", 0));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("SyntheticData <jdbcUrl> <ownerUser> <ownerPassword> [partnerships=150] [years=10] [seed]");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "");
        if (password.isBlank()) {
            System.err.println("Set BENCH_PASSWORD: the synthetic users' password (local data only).");
            System.exit(2);
        }
        String hash = Benchmark.hash(password);
        Settings d = Settings.defaults(hash);
        Settings s = new Settings(args.length > 3 ? Integer.parseInt(args[3]) : d.partnerships(),
                args.length > 4 ? Integer.parseInt(args[4]) : d.years(), args.length > 5 ? Long.parseLong(args[5]) : d.seed(),
                d.today(), d.slugPrefix(), hash);
        try (Connection c = DriverManager.getConnection(args[0] + (args[0].contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                args[1], args[2])) {
            System.out.println(generate(c, s).describe());
        }
    }

    // -- one partnership ----------------------------------------------------------------------------

    private void partnership(int n) throws SQLException {
        String slug = String.format(Locale.ROOT, "%s-%03d", settings.slugPrefix(), n);
        UUID tenant;
        try (PreparedStatement ps = db.prepareStatement("select platform.register_partnership(?, ?, ?)")) {
            ps.setString(1, slug);
            ps.setString(2, "Synthetic Safeguarding Children Partnership " + n);
            ps.setString(3, "SSCP " + n);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                tenant = rs.getObject(1, UUID.class);
            }
        }
        try (PreparedStatement ps = db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenant.toString());
            ps.execute();
        }
        count("partnership", 1);
        comparators(n, tenant);
        Batches b = new Batches(db, tenant);

        // Agencies: the statutory three and a handful of others.
        List<UUID> agencies = new ArrayList<>();
        agency(b, agencies, "local-authority", "Children's Services", "LOCAL_AUTHORITY", true);
        agency(b, agencies, "police", "Police", "POLICE", true);
        agency(b, agencies, "icb", "Integrated Care Board", "HEALTH", true);
        agency(b, agencies, "hospital-trust", "Hospitals NHS Trust", "HEALTH", false);
        int others = 3 + random.nextInt(6);
        for (int i = 0; i < others; i++) {
            String kind = KINDS[i % KINDS.length];
            agency(b, agencies, kind.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + i, "Agency " + i, kind, false);
        }

        // Learning themes: the national list.
        List<UUID> themeIds = new ArrayList<>();
        for (NationalLearningThemes.Theme t : themes) {
            UUID id = uuid();
            themeIds.add(id);
            b.add("learning_theme", "insert into learning_theme (tenant_id, id, code, title, national) values (?, ?, ?, ?, true)",
                    tenant, id, t.code(), t.title());
        }

        // Size: SINs a year, skewed (most partnerships have a few, the largest about 20).
        double u = random.nextDouble();
        int sinsPerYear = 2 + (int) Math.round(18 * u * u);
        int referralsPerYear = Math.max(1, sinsPerYear / 2);
        int cases = 0;
        LocalDate first = settings.today().minusYears(settings.years());
        for (int y = 0; y < settings.years(); y++) {
            LocalDate yearStart = first.plusYears(y);
            int sins = Math.max(0, sinsPerYear + random.nextInt(5) - 2);
            int referrals = Math.max(0, referralsPerYear + random.nextInt(3) - 1);
            for (int i = 0; i < sins + referrals; i++) {
                LocalDate aware = yearStart.plusDays(random.nextInt(365));
                if (aware.isAfter(settings.today().minusDays(1))) {
                    aware = settings.today().minusDays(1 + random.nextInt(30));
                }
                caseWithSteps(b, agencies, themeIds, i < sins, aware, slug, y, i);
                cases++;
            }
        }

        // Users and memberships.
        String[][] roles = {{"chair", "CHAIR"}, {"vice-chair", "VICE_CHAIR"}, {"business-support", "BUSINESS_SUPPORT"},
                {"member-1", "MEMBER"}, {"member-2", "MEMBER"}, {"member-3", "MEMBER"}, {"admin", "PARTNERSHIP_ADMIN"}};
        for (int i = 0; i < roles.length; i++) {
            UUID user = uuid();
            String email = roles[i][0] + "@" + slug + ".bench.invalid";
            b.add("app_user", "insert into app_user (id, email, display_name, password_hash) values (?, ?, ?, ?)",
                    user, email, "Bench " + roles[i][0] + " " + n, settings.passwordHash());
            b.add("partnership_membership", "insert into partnership_membership (tenant_id, id, user_id, roles, agency_id) values (?, ?, ?, ?, ?)",
                    tenant, uuid(), user, new String[] {roles[i][1]}, roles[i][1].equals("MEMBER") ? agencies.get(i % agencies.size()) : null);
            users.add(new BenchUser(email, slug, roles[i][1], cases));
        }
        b.flush();
        b.counts.forEach((table, k) -> count(table, k));
    }

    private void agency(Batches b, List<UUID> agencies, String code, String name, String kind, boolean statutory) throws SQLException {
        UUID id = uuid();
        agencies.add(id);
        b.add("agency", "insert into agency (tenant_id, id, code, name, kind, statutory_partner) values (?, ?, ?, ?, ?, ?)",
                b.tenant, id, code, name, kind, statutory);
    }

    // -- one case and whatever its age allows --------------------------------------------------------

    private void caseWithSteps(Batches b, List<UUID> agencies, List<UUID> themeIds, boolean sin, LocalDate aware, String slug, int year,
                               int index) throws SQLException {
        LocalDate today = settings.today();
        UUID caseId = uuid();
        String nature = sin ? (random.nextInt(10) < 4 ? "DEATH" : "SERIOUS_HARM") : (random.nextInt(10) < 8 ? "OTHER" : "SERIOUS_HARM");
        LocalDate notified = sin ? workingDayOnOrAfter(aware.plusDays(1 + random.nextInt(random.nextInt(10) == 0 ? 14 : 7))) : null;
        if (notified != null && notified.isAfter(today)) {
            notified = today;
        }
        // The rapid review: meeting, sent to the Panel, the Panel's response.
        LocalDate meeting = null;
        LocalDate sent = null;
        LocalDate response = null;
        boolean hasRapidReview = false;
        if (sin) {
            meeting = notified.plusDays(7 + random.nextInt(14));
            hasRapidReview = !meeting.isAfter(today.plusDays(10));
            if (meeting.isAfter(today)) {
                meeting = null;
            } else {
                sent = meeting.plusDays(random.nextInt(8));
                sent = sent.isAfter(today) ? null : sent;
                response = sent == null ? null : sent.plusDays(10 + random.nextInt(30));
                response = response != null && response.isAfter(today) ? null : response;
            }
        }
        // The decision.
        String decision = null;
        LocalDate decided = sin ? (sent == null ? null : sent.plusDays(random.nextInt(15))) : aware.plusDays(20 + random.nextInt(40));
        if (decided != null && !decided.isAfter(today)) {
            int r = random.nextInt(100);
            decision = sin ? (r < 40 ? "NO_REVIEW" : r < 62 ? "LCSPR" : r < 80 ? "CONCISE_REVIEW" : r < 92 ? "MULTI_AGENCY_AUDIT" : "CASE_OF_CONCERN")
                    : (r < 65 ? "NO_REVIEW" : r < 80 ? "CASE_OF_CONCERN" : r < 92 ? "MULTI_AGENCY_AUDIT" : "CONCISE_REVIEW");
        } else {
            decided = null;
        }
        // The commissioned review.
        LocalDate commissioned = decision == null || decision.equals("NO_REVIEW") ? null : decided.plusDays(7 + random.nextInt(35));
        commissioned = commissioned != null && commissioned.isAfter(today) ? null : commissioned;
        LocalDate draft = null, signedOff = null, planned = null, published = null, finalSent = null;
        if (commissioned != null) {
            boolean lcspr = decision.equals("LCSPR");
            draft = pastOrNull(commissioned.plusDays((lcspr ? 90 : 45) + random.nextInt(lcspr ? 150 : 90)));
            signedOff = draft == null ? null : pastOrNull(draft.plusDays(20 + random.nextInt(45)));
            planned = (signedOff == null ? commissioned.plusDays(lcspr ? 200 : 120) : signedOff.plusDays(30 + random.nextInt(40)));
            published = signedOff == null || random.nextInt(20) == 0 ? null : pastOrNull(planned.plusDays(random.nextInt(15) - 5));
            if (published != null && published.isBefore(signedOff)) {
                published = signedOff;
            }
            if (lcspr && published != null) {
                finalSent = published.minusDays(21 + random.nextInt(14));
            }
        }
        String stage = commissioned != null ? (published != null ? "PUBLISHED" : "REVIEW_IN_PROGRESS")
                : decision != null ? (decision.equals("NO_REVIEW") ? "CLOSED" : "DECIDED")
                : hasRapidReview ? (sent != null ? "WITH_PANEL" : "RAPID_REVIEW")
                : notified != null ? "NOTIFIED" : "REFERRED";

        b.add("review_case", """
                insert into review_case (tenant_id, id, origin, nature, la_case_reference, child_identifier, age_band, sex, ethnicity,
                       looked_after, cp_plan, referring_agency_id, aware_on, notified_on, stage, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                b.tenant, caseId, sin ? "SIN" : "REFERRAL", nature,
                String.format(Locale.ROOT, "LA-%d-%04d", first().getYear() + year, index + 1),
                initials(), pick(AGE_BANDS), pick(SEXES), pick(ETHNICITIES), random.nextInt(10) < 2, random.nextInt(10) < 3,
                agencies.get(random.nextInt(agencies.size())), aware, notified, stage,
                java.sql.Timestamp.valueOf(aware.atTime(9, 0).plusMinutes(random.nextInt(480))));
        if (hasRapidReview) {
            b.add("rapid_review", """
                    insert into rapid_review (tenant_id, id, case_id, meeting_on, agencies_involved, facts, immediate_actions, learning,
                           recommendation, sent_to_panel_on, panel_response_on, panel_response_summary)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    b.tenant, uuid(), caseId, meeting, new String[] {"Children's Services", "Police", "Health"},
                    "Synthetic facts of the case.", "Synthetic immediate safeguarding actions.", "Synthetic learning identified.",
                    sent == null ? null : (decision != null ? decision : "NO_REVIEW"), sent, response,
                    response == null ? null : "The Panel agreed with the partnership's recommendation.");
        }
        if (decision != null) {
            b.add("review_decision", """
                    insert into review_decision (tenant_id, id, case_id, decision, rationale, decided_by, decided_on)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    b.tenant, uuid(), caseId, decision, "Synthetic rationale for the partners' decision.", "The three safeguarding partners",
                    decided);
        }
        List<UUID> caseThemes = new ArrayList<>();
        if (random.nextInt(10) < 6) {
            int k = 1 + random.nextInt(3);
            for (int i = 0; i < k; i++) {
                UUID theme = themeIds.get(random.nextInt(themeIds.size()));
                if (!caseThemes.contains(theme)) {
                    caseThemes.add(theme);
                    b.add("case_learning_theme", "insert into case_learning_theme (tenant_id, case_id, theme_id) values (?, ?, ?)",
                            b.tenant, caseId, theme);
                }
            }
        }
        if (commissioned == null) {
            return;
        }
        UUID reviewId = uuid();
        b.add("commissioned_review", """
                insert into commissioned_review (tenant_id, id, case_id, review_type, agencies_in_scope, methodology, reviewer,
                       commissioned_on, draft_on, signed_off_on, planned_publication_on, published_on, sent_to_panel_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                b.tenant, reviewId, caseId, decision, new String[] {"Children's Services", "Police", "Health", "Education"},
                "Systems methodology", "Independent reviewer " + (1 + random.nextInt(40)), commissioned, draft, signedOff, planned,
                published, finalSent);
        String[] titles = {"Terms of reference agreed", "Practitioner event", "Family engagement", "Draft circulated"};
        int milestones = 2 + random.nextInt(3);
        for (int i = 0; i < milestones; i++) {
            LocalDate due = commissioned.plusDays(30L * (i + 1) + random.nextInt(20));
            LocalDate done = due.isBefore(today) && (published != null || random.nextInt(5) > 0) ? pastOrNull(due.plusDays(random.nextInt(15) - 7)) : null;
            b.add("review_milestone", "insert into review_milestone (tenant_id, id, review_id, title, due_on, completed_on) values (?, ?, ?, ?, ?, ?)",
                    b.tenant, uuid(), reviewId, titles[i], due, done);
        }
        int reviewThemes = 2 + random.nextInt(3);
        List<UUID> attached = new ArrayList<>();
        for (int i = 0; i < reviewThemes; i++) {
            UUID theme = themeIds.get(random.nextInt(themeIds.size()));
            if (!attached.contains(theme)) {
                attached.add(theme);
                b.add("review_learning_theme", "insert into review_learning_theme (tenant_id, review_id, theme_id) values (?, ?, ?)",
                        b.tenant, reviewId, theme);
            }
        }
        // Recommendations and actions come once the review is drafted.
        if (draft == null) {
            return;
        }
        LocalDate actionsFrom = signedOff != null ? signedOff : draft;
        int recommendations = 3 + random.nextInt(8);
        for (int r = 1; r <= recommendations; r++) {
            UUID recId = uuid();
            b.add("recommendation", "insert into recommendation (tenant_id, id, review_id, number, text) values (?, ?, ?, ?, ?)",
                    b.tenant, recId, reviewId, r, "Synthetic recommendation " + r + ": partners should strengthen practice.");
            int actions = 1 + random.nextInt(3);
            for (int a = 0; a < actions; a++) {
                action(b, agencies, reviewId, recId, actionsFrom);
            }
        }
        int reviewActions = random.nextInt(3);
        for (int a = 0; a < reviewActions; a++) {
            action(b, agencies, reviewId, null, actionsFrom);
        }
    }

    private void action(Batches b, List<UUID> agencies, UUID reviewId, UUID recommendationId, LocalDate createdOn) throws SQLException {
        LocalDate today = settings.today();
        LocalDate due = createdOn.plusDays(30 + random.nextInt(335));
        boolean complete = due.isBefore(today) ? random.nextInt(100) < 88 : random.nextInt(100) < 15;
        LocalDate completed = complete ? pastOrNull(createdOn.plusDays(1 + random.nextInt((int) Math.max(2, due.toEpochDay() - createdOn.toEpochDay() + 45)))) : null;
        if (completed != null && completed.isAfter(today)) {
            completed = null;
        }
        int progress = completed != null ? 100 : random.nextInt(10) * 10;
        LocalDate handed = completed != null && random.nextBoolean() ? pastOrNull(completed.plusDays(random.nextInt(60))) : null;
        boolean override = random.nextInt(50) == 0;
        b.add("cap_action", """
                insert into cap_action (tenant_id, id, review_id, recommendation_id, agency_id, owner, description, due_on,
                       progress_percent, rag_override, rag_override_reason, rag_override_at, evidence_notes, completed_on,
                       handed_to_monitoring_on, created_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                b.tenant, uuid(), reviewId, recommendationId, agencies.get(random.nextInt(agencies.size())),
                "Owner " + (1 + random.nextInt(30)), "Synthetic action to embed the learning in practice.", due, progress,
                override ? "AMBER" : null, override ? "Partner reports a delay in the training programme." : null,
                override ? java.sql.Timestamp.valueOf(createdOn.atTime(10, 0)) : null,
                completed != null ? "Evidence seen by the review group." : null, completed, handed, createdOn);
    }

    // -- helpers ------------------------------------------------------------------------------------

    private LocalDate first() {
        return settings.today().minusYears(settings.years());
    }

    private LocalDate pastOrNull(LocalDate date) {
        return date.isAfter(settings.today()) ? null : date;
    }

    private static LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private String initials() {
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A random (version 4) UUID from the seeded generator. */
    private UUID uuid() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private void count(String table, long n) {
        counts.merge(table, n, Long::sum);
    }

    /** One prepared statement per table, executed in batches; parents are flushed before children (insertion order of first use). */
    private static final class Batches {
        private static final int SIZE = 500;
        private final Connection db;
        private final UUID tenant;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private final Map<String, Integer> pending = new LinkedHashMap<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();

        Batches(Connection db, UUID tenant) {
            this.db = db;
            this.tenant = tenant;
        }

        void add(String table, String sql, Object... values) throws SQLException {
            PreparedStatement ps = statements.get(table);
            if (ps == null) {
                ps = db.prepareStatement(sql);
                statements.put(table, ps);
            }
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else if (v instanceof String[] array) {
                    Array a = db.createArrayOf("text", array);
                    ps.setArray(i + 1, a);
                } else if (v == null) {
                    ps.setObject(i + 1, null, sqlTypeFor(sql, i));
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.addBatch();
            counts.merge(table, 1L, Long::sum);
            if (pending.merge(table, 1, Integer::sum) >= SIZE) {
                // Parents first: flush every table that came before this one, then this one.
                flush();
            }
        }

        private static int sqlTypeFor(String sql, int index) {
            return java.sql.Types.OTHER;
        }

        void flush() throws SQLException {
            for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
                if (pending.getOrDefault(e.getKey(), 0) > 0) {
                    e.getValue().executeBatch();
                    pending.put(e.getKey(), 0);
                }
            }
        }
    }
}
