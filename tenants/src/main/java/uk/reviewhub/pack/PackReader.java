package uk.reviewhub.pack;

import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.AgencyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.reviewhub.pack.JsonValues.text;
import static uk.reviewhub.pack.JsonValues.strings;
import static uk.reviewhub.pack.JsonValues.list;

/**
 * Reads partnership packs: parses each YAML file keeping line numbers, validates it against
 * {@code pack.schema.json}, then checks what the schema cannot express (unique codes, members'
 * agencies exist, one chair per group, real dates, end not before start, and the terms of reference
 * by {@link TermsOfReferenceRules}, as an admin's edit is checked). A pack
 * with any problem yields no {@link Pack}, only its problems, each with file and line.
 */
public final class PackReader {
    public static final String INDEX = "index.yaml";
    public static final String ENTRY = "pack.yaml";
    public static final String DEMO_USERS = "demo-users.yaml";
    public static final String PLATFORM_DEMO_USERS = "platform-demo-users.yaml";
    public static final String SCHEMA = PackSchema.SCHEMA;


    /** Reads {@code index.yaml} and every pack it lists. */
    public List<PackReading<Pack>> readAll(PackSource source) {
        PackReading<List<String>> index = readIndex(source);
        if (!index.valid()) {
            return List.of(PackReading.failed(INDEX, index.problems()));
        }
        return index.value().stream().map(slug -> read(source, slug)).toList();
    }

    public PackReading<List<String>> readIndex(PackSource source) {
        List<PackProblem> problems = new ArrayList<>();
        YamlDocument doc = load(source, INDEX, "index", problems);
        if (doc == null) {
            return PackReading.failed(INDEX, problems);
        }
        List<String> slugs = strings(doc.root().get("packs"));
        for (int i = 0; i < slugs.size(); i++) {
            if (source.read(slugs.get(i) + "/" + ENTRY).isEmpty()) {
                problems.add(doc.problem("/packs/" + i, "no " + ENTRY + " in folder '" + slugs.get(i) + "'"));
            }
        }
        return problems.isEmpty() ? PackReading.of(INDEX, slugs) : PackReading.failed(INDEX, problems);
    }

    /** Reads the pack in folder {@code slug}: its {@code pack.yaml} and the group files it names. */
    public PackReading<Pack> read(PackSource source, String slug) {
        List<PackProblem> problems = new ArrayList<>();
        String entryPath = slug + "/" + ENTRY;
        YamlDocument entry = load(source, entryPath, "pack", problems);
        if (entry == null) {
            return PackReading.failed(slug, problems);
        }
        JsonNode root = entry.root();
        Dates dates = new Dates(problems);

        if (!slug.equals(root.get("slug").asText())) {
            problems.add(entry.problem("/slug", "slug '" + root.get("slug").asText() + "' must match the folder name '" + slug + "'"));
        }

        List<Agency> agencies = new ArrayList<>();
        Map<String, Agency> agencyByCode = new HashMap<>();
        JsonNode agencyNodes = root.get("agencies");
        for (int i = 0; i < agencyNodes.size(); i++) {
            JsonNode a = agencyNodes.get(i);
            String at = "/agencies/" + i;
            Compact compact = null;
            if (a.has("compact")) {
                compact = new Compact(text(a.get("compact"), "membershipYear"),
                        dates.parse(entry, at + "/compact/signedOn", a.get("compact").get("signedOn")));
            }
            Agency agency = new Agency(a.get("code").asText(), a.get("name").asText(), AgencyKind.valueOf(a.get("kind").asText()),
                    a.path("statutoryPartner").asBoolean(false), compact);
            if (agencyByCode.putIfAbsent(agency.code(), agency) != null) {
                problems.add(entry.problem(at + "/code", "duplicate agency code '" + agency.code() + "'"));
            }
            if (agency.statutoryPartner() && !AgencyKind.STATUTORY.contains(agency.kind())) {
                problems.add(entry.problem(at + "/statutoryPartner",
                        "a statutory partner is a LOCAL_AUTHORITY, POLICE or HEALTH agency, not " + agency.kind()));
            }
            agencies.add(agency);
        }
        for (AgencyKind kind : List.of(AgencyKind.LOCAL_AUTHORITY, AgencyKind.POLICE, AgencyKind.HEALTH)) {
            if (agencies.stream().noneMatch(a -> a.statutoryPartner() && a.kind() == kind)) {
                problems.add(entry.problem("/agencies", "no statutory partner of kind " + kind));
            }
        }

        MessageDigest digest = sha256();
        hash(digest, entryPath, source.read(entryPath).orElseThrow());
        List<ReviewGroup> groups = new ArrayList<>();
        Set<String> groupCodes = new HashSet<>();
        JsonNode groupFiles = root.get("groups");
        for (int i = 0; i < groupFiles.size(); i++) {
            String path = slug + "/" + groupFiles.get(i).asText();
            if (source.read(path).isEmpty()) {
                problems.add(entry.problem("/groups/" + i, "group file '" + groupFiles.get(i).asText() + "' not found"));
                continue;
            }
            YamlDocument groupDoc = load(source, path, "group", problems);
            if (groupDoc == null) {
                continue;
            }
            hash(digest, path, source.read(path).orElseThrow());
            ReviewGroup group = group(groupDoc, agencyByCode, dates, problems);
            if (!groupCodes.add(group.code())) {
                problems.add(groupDoc.problem("/code", "duplicate group code '" + group.code() + "'"));
            }
            groups.add(group);
        }

        JsonNode templates = root.path("templates");
        for (var names = templates.fieldNames(); names.hasNext(); ) {
            String kind = names.next();
            String path = slug + "/" + templates.get(kind).asText();
            var text = source.read(path);
            if (text.isEmpty()) {
                problems.add(entry.problem("/templates/" + kind, "template file '" + templates.get(kind).asText() + "' not found"));
            } else {
                hash(digest, path, text.get());
            }
        }

        Map<String, String> clocks = clocks(entry, problems);
        SafeguardingService safeguardingService = safeguardingService(entry, groupCodes, problems);
        IssueResolution issueResolution = issueResolution(entry, clocks, problems);
        NationalComparators national = national(source, entry, slug, problems);
        Scrutiny scrutiny = scrutiny(entry, groupCodes, problems);

        if (!problems.isEmpty()) {
            return PackReading.failed(slug, problems);
        }
        return PackReading.of(slug, new Pack(slug, text(root, "name"), text(root, "shortName"), text(root, "formerName"),
                text(root, "formerShortName"), dates.parse(entry, "/arrangementsPublished", root.get("arrangementsPublished")),
                strings(root.get("boroughs")), strings(root.get("placeNames")), text(root, "decisionMakers"), scrutiny, agencies, groups,
                text(root, "calendarDivision"), clocks, safeguardingService, issueResolution, national, HexFormat.of().formatHex(digest.digest())));
    }

    /** The pack's {@code safeguardingService:}, whose group must be one of the pack's groups; null when absent. */
    private static SafeguardingService safeguardingService(YamlDocument entry, Set<String> groupCodes, List<PackProblem> problems) {
        JsonNode node = entry.root().get("safeguardingService");
        if (node == null || node.isNull()) {
            return null;
        }
        String group = node.path("group").asText();
        if (!groupCodes.contains(group)) {
            problems.add(entry.problem("/safeguardingService/group", "safeguardingService: no group '" + group
                    + "' in this pack; its groups are " + String.join(", ", new java.util.TreeSet<>(groupCodes))));
        }
        JsonNode limit = node.get("chairCaseloadLimit");
        return new SafeguardingService(group, node.path("midwayReviews").asBoolean(false),
                limit == null || limit.isNull() ? null : limit.asInt());
    }

    /**
     * The pack's {@code issueResolution:} (null when absent): stage codes unique; each stage's clock one
     * of the catalogue's Issue Resolution Process clocks; and, where the pack states them all in working
     * days, the stages' deadlines together within the whole process's ({@code irp-resolution}).
     */
    private static IssueResolution issueResolution(YamlDocument entry, Map<String, String> clocks, List<PackProblem> problems) {
        JsonNode node = entry.root().get("issueResolution");
        if (node == null || node.isNull()) {
            return null;
        }
        List<IssueResolution.Stage> stages = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        JsonNode list = node.path("stages");
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            IssueResolution.Stage stage = new IssueResolution.Stage(text(s, "code"), text(s, "name"), s.path("formal").asBoolean(true),
                    text(s, "clock"));
            if (!codes.add(stage.code())) {
                problems.add(entry.problem("/issueResolution/stages/" + i + "/code",
                        "issueResolution: duplicate stage code '" + stage.code() + "'"));
            }
            if (stage.clock() == null || !stage.clock().startsWith("irp-") || !ClockOverrides.CODES.contains(stage.clock())
                    || stage.clock().equals(IssueResolution.RESOLUTION_CLOCK)) {
                problems.add(entry.problem("/issueResolution/stages/" + i + "/clock", "issueResolution: stage '" + stage.code()
                        + "' has no stage clock '" + stage.clock() + "'; the stage clocks are " + String.join(", ",
                        ClockOverrides.CODES.stream().filter(c -> c.startsWith("irp-") && !c.equals(IssueResolution.RESOLUTION_CLOCK))
                                .toList())));
            }
            stages.add(stage);
        }
        if (stages.isEmpty()) {
            problems.add(entry.problem("/issueResolution/stages", "issueResolution: at least one stage is needed"));
        }
        Integer overall = workingDaysAfter(clocks.get(IssueResolution.RESOLUTION_CLOCK));
        if (overall != null) {
            int sum = 0;
            boolean all = true;
            for (IssueResolution.Stage stage : stages) {
                Integer days = workingDaysAfter(clocks.get(stage.clock()));
                if (days == null) {
                    all = false;
                    break;
                }
                sum += days;
            }
            if (all && sum > overall) {
                problems.add(entry.problem("/issueResolution/stages", "issueResolution: the stages' deadlines add up to " + sum
                        + " working days, more than the whole process's " + overall + " (clocks: " + IssueResolution.RESOLUTION_CLOCK + ")"));
            }
        }
        return new IssueResolution(stages, node.path("cafcassReferral").asBoolean(false));
    }

    /** N of a rule "N working days after" (or "within N working days of"); null for any other rule or none. */
    private static Integer workingDaysAfter(String rule) {
        if (rule == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("(?:within )?(\\d{1,9}) working days? (?:after|of)")
                .matcher(rule.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The pack's {@code scrutiny:} (null when absent): its days group must be one of the pack's groups;
     * a framework's domain codes are unique and so is each rating within a domain's scale; the finding
     * rating scale ({@code findingRatings:}, the default when absent) names each rating once.
     */
    private static Scrutiny scrutiny(YamlDocument entry, Set<String> groupCodes, List<PackProblem> problems) {
        JsonNode node = entry.root().get("scrutiny");
        if (node == null || node.isNull()) {
            return null;
        }
        String daysGroup = text(node, "daysGroup");
        if (daysGroup != null && !groupCodes.contains(daysGroup)) {
            problems.add(entry.problem("/scrutiny/daysGroup", "scrutiny: no group '" + daysGroup
                    + "' in this pack; its groups are " + String.join(", ", new java.util.TreeSet<>(groupCodes))));
        }
        Scrutiny.Framework framework = null;
        JsonNode f = node.get("framework");
        if (f != null && !f.isNull()) {
            List<Scrutiny.Domain> domains = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            JsonNode list = f.path("domains");
            for (int i = 0; i < list.size(); i++) {
                JsonNode d = list.get(i);
                Scrutiny.Domain domain = new Scrutiny.Domain(text(d, "code"), text(d, "name"), text(d, "guidance"),
                        strings(d.get("prompts")), strings(d.get("ratingScale")));
                if (!codes.add(domain.code())) {
                    problems.add(entry.problem("/scrutiny/framework/domains/" + i + "/code",
                            "scrutiny: duplicate domain code '" + domain.code() + "'"));
                }
                if (new HashSet<>(domain.ratingScale()).size() != domain.ratingScale().size()) {
                    problems.add(entry.problem("/scrutiny/framework/domains/" + i + "/ratingScale",
                            "scrutiny: domain '" + domain.code() + "' names a rating twice"));
                }
                domains.add(domain);
            }
            framework = new Scrutiny.Framework(text(f, "name"), text(f, "guidance"), domains);
        }
        List<String> findingRatings = strings(node.get("findingRatings"));
        Set<String> ratings = new HashSet<>();
        for (int i = 0; i < findingRatings.size(); i++) {
            String rating = findingRatings.get(i);
            if (rating.isBlank()) {
                problems.add(entry.problem("/scrutiny/findingRatings/" + i, "scrutiny: a finding rating is blank"));
            } else if (!ratings.add(rating.strip().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(entry.problem("/scrutiny/findingRatings/" + i, "scrutiny: the finding rating '" + rating.strip()
                        + "' is named twice"));
            }
        }
        return new Scrutiny(text(node, "description"), daysGroup, framework, findingRatings.stream().map(String::strip).toList());
    }

    /**
     * The pack's {@code clocks:} map: each code must be one of the server's clocks and each rule must
     * read as one (the server checks the rule again when it loads the pack). A meeting deadline's code
     * is refused with a pointer to where it belongs: meetings read their deadlines only from their
     * group's terms of reference, so an override here would silently change nothing.
     */
    private static Map<String, String> clocks(YamlDocument entry, List<PackProblem> problems) {
        Map<String, String> clocks = new LinkedHashMap<>();
        JsonNode node = entry.root().get("clocks");
        if (node == null) {
            return clocks;
        }
        node.properties().forEach(field -> {
            String code = field.getKey();
            String rule = field.getValue().asText();
            if (ClockOverrides.MEETING_DEADLINES.contains(code)) {
                problems.add(new PackProblem(entry.file(), entry.lineOfKey("/clocks", code), "clocks: '" + code
                        + "' is a meeting deadline, which each group sets in its terms of reference: put it under "
                        + "termsOfReference: deadlines: in the group's file (code, workingDays, direction), not in clocks:"));
            } else if (!ClockOverrides.CODES.contains(code)) {
                problems.add(new PackProblem(entry.file(), entry.lineOfKey("/clocks", code), "clocks: no clock '" + code
                        + "'; known clocks: " + String.join(", ", ClockOverrides.CODES)));
            } else {
                ClockOverrides.wordingProblem(rule).ifPresent(reason ->
                        problems.add(entry.problem("/clocks/" + YamlDocument.escape(code), "clocks/" + code + ": " + reason)));
            }
            clocks.put(code, rule);
        });
        return clocks;
    }

    /**
     * The pack's {@code national:} section (null when absent). The schema checks its shape; what it may
     * hold beyond that (a population's year not in the future, neighbours that are local authorities of
     * England or partnerships in these packs, never the partnership itself) is
     * {@link NationalComparatorRules}'s, as for an admin's change through the API.
     */
    private static NationalComparators national(PackSource source, YamlDocument entry, String slug, List<PackProblem> problems) {
        JsonNode node = entry.root().get("national");
        if (node == null) {
            return null;
        }
        JsonNode population = node.get("childPopulation");
        NationalComparators national = new NationalComparators(text(node, "region"), population == null ? null
                : new NationalComparators.ChildPopulation(population.get("count").asInt(), population.get("year").asInt(),
                        population.get("source").asText()), strings(node.get("statisticalNeighbours")));
        int currentYear = java.time.Year.now(java.time.ZoneId.of("Europe/London")).getValue();
        for (NationalComparatorRules.Problem problem : NationalComparatorRules.problems(national, slug,
                other -> source.read(other + "/" + ENTRY).isPresent(), currentYear)) {
            String pointer = "/national/" + problem.field().replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
            problems.add(entry.problem(pointer, "national: " + problem.reason()));
        }
        return national;
    }

    /** The pack's demo users ({@code <slug>/demo-users.yaml}); none when the file is absent. */
    public PackReading<List<DemoUser>> readDemoUsers(PackSource source, Pack pack) {
        String path = pack.slug() + "/" + DEMO_USERS;
        if (source.read(path).isEmpty()) {
            return PackReading.of(path, List.of());
        }
        List<PackProblem> problems = new ArrayList<>();
        YamlDocument doc = load(source, path, "demoUsers", problems);
        if (doc == null) {
            return PackReading.failed(path, problems);
        }
        List<DemoUser> users = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        JsonNode nodes = doc.root().get("users");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode u = nodes.get(i);
            String at = "/users/" + i;
            DemoUser.Seat seat = u.has("seat")
                    ? new DemoUser.Seat(u.get("seat").get("group").asText(), u.get("seat").get("positionTitle").asText()) : null;
            DemoUser user = new DemoUser(u.get("email").asText(), u.get("displayName").asText(), strings(u.get("roles")),
                    List.of(), text(u, "agency"), seat);
            if (!emails.add(user.email())) {
                problems.add(doc.problem(at + "/email", "duplicate email '" + user.email() + "'"));
            }
            if (user.agencyCode() != null && pack.agency(user.agencyCode()).isEmpty()) {
                problems.add(doc.problem(at + "/agency", "agency '" + user.agencyCode() + "' is not one of the pack's agencies"));
            }
            if (seat != null) {
                var group = pack.group(seat.groupCode());
                if (group.isEmpty()) {
                    problems.add(doc.problem(at + "/seat/group", "group '" + seat.groupCode() + "' is not one of the pack's groups"));
                } else if (group.get().members().stream().noneMatch(m -> m.positionTitle().equals(seat.positionTitle()))) {
                    problems.add(doc.problem(at + "/seat/positionTitle",
                            "group '" + seat.groupCode() + "' has no seat '" + seat.positionTitle() + "'"));
                }
            }
            users.add(user);
        }
        return problems.isEmpty() ? PackReading.of(path, users) : PackReading.failed(path, problems);
    }

    /**
     * The pack's default document templates ({@code templates:} in its {@code pack.yaml}): template
     * kind (e.g. {@code AGENDA}) to the file's text, in the pack's order; none when the section is
     * absent. The files were checked to exist when the pack was read; whether a template compiles
     * is for the application to judge.
     */
    public PackReading<Map<String, String>> readTemplates(PackSource source, Pack pack) {
        String entryPath = pack.slug() + "/" + ENTRY;
        List<PackProblem> problems = new ArrayList<>();
        YamlDocument entry = load(source, entryPath, "pack", problems);
        if (entry == null) {
            return PackReading.failed(entryPath, problems);
        }
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        JsonNode templates = entry.root().path("templates");
        for (var names = templates.fieldNames(); names.hasNext(); ) {
            String kind = names.next();
            var text = source.read(pack.slug() + "/" + templates.get(kind).asText());
            if (text.isEmpty()) {
                problems.add(entry.problem("/templates/" + kind, "template file '" + templates.get(kind).asText() + "' not found"));
            } else {
                texts.put(kind, text.get());
            }
        }
        return problems.isEmpty() ? PackReading.of(entryPath, texts) : PackReading.failed(entryPath, problems);
    }

    /** The platform's demo users ({@code platform-demo-users.yaml}); none when the file is absent. */
    public PackReading<List<DemoUser>> readPlatformDemoUsers(PackSource source) {
        if (source.read(PLATFORM_DEMO_USERS).isEmpty()) {
            return PackReading.of(PLATFORM_DEMO_USERS, List.of());
        }
        List<PackProblem> problems = new ArrayList<>();
        YamlDocument doc = load(source, PLATFORM_DEMO_USERS, "platformDemoUsers", problems);
        if (doc == null) {
            return PackReading.failed(PLATFORM_DEMO_USERS, problems);
        }
        List<DemoUser> users = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        JsonNode nodes = doc.root().get("users");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode u = nodes.get(i);
            DemoUser user = new DemoUser(u.get("email").asText(), u.get("displayName").asText(), List.of(),
                    strings(u.get("platformRoles")), null, null);
            if (!emails.add(user.email())) {
                problems.add(doc.problem("/users/" + i + "/email", "duplicate email '" + user.email() + "'"));
            }
            users.add(user);
        }
        return problems.isEmpty() ? PackReading.of(PLATFORM_DEMO_USERS, users) : PackReading.failed(PLATFORM_DEMO_USERS, problems);
    }

    private ReviewGroup group(YamlDocument doc, Map<String, Agency> agencies, Dates dates, List<PackProblem> problems) {
        JsonNode g = doc.root();
        String code = g.get("code").asText();

        List<Member> members = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        Map<GroupRole, String> singleSeats = new HashMap<>();
        JsonNode memberNodes = g.get("members");
        for (int i = 0; i < memberNodes.size(); i++) {
            JsonNode m = memberNodes.get(i);
            String at = "/members/" + i;
            Member member = new Member(m.get("positionTitle").asText(), m.get("agency").asText(),
                    GroupRole.valueOf(m.get("groupRole").asText()), MembershipKind.valueOf(m.get("membershipKind").asText()),
                    dates.parse(doc, at + "/startDate", m.get("startDate")), dates.parse(doc, at + "/endDate", m.get("endDate")));
            if (!agencies.containsKey(member.agencyCode())) {
                problems.add(doc.problem(at + "/agency", "agency '" + member.agencyCode() + "' is not one of the pack's agencies"));
            }
            if (!titles.add(member.positionTitle())) {
                problems.add(doc.problem(at + "/positionTitle", "duplicate position title '" + member.positionTitle() + "'"));
            }
            if (member.groupRole() == GroupRole.CHAIR || member.groupRole() == GroupRole.VICE_CHAIR) {
                String first = singleSeats.putIfAbsent(member.groupRole(), member.positionTitle());
                if (first != null) {
                    problems.add(doc.problem(at + "/groupRole", "a group has one " + member.groupRole()
                            + ", and '" + first + "' already is"));
                }
            }
            if (member.startDate() != null && member.endDate() != null && member.endDate().isBefore(member.startDate())) {
                problems.add(doc.problem(at + "/endDate", "endDate " + member.endDate() + " is before startDate " + member.startDate()));
            }
            members.add(member);
        }

        ChairAllocation allocation = null;
        if (g.has("chairAllocation")) {
            JsonNode c = g.get("chairAllocation");
            List<ChairAllocation.Period> periods = new ArrayList<>();
            for (int i = 0; i < c.get("periods").size(); i++) {
                JsonNode p = c.get("periods").get(i);
                periods.add(new ChairAllocation.Period(p.get("daysPerYear").asInt(),
                        dates.parse(doc, "/chairAllocation/periods/" + i + "/from", p.get("from")),
                        p.has("termYears") ? p.get("termYears").asInt() : null, text(p, "basis")));
            }
            allocation = new ChairAllocation(text(c, "description"), periods);
        }

        return new ReviewGroup(code, text(g, "name"), text(g, "shortName"), text(g, "formerName"), text(g, "formerShortName"),
                text(g, "membershipYear"), text(g, "businessPriority"), allocation, members,
                strings(g.get("memberExpectations")), strings(g.get("frameworks")), strings(g.get("notes")),
                termsOfReference(doc, agencies.size(), dates, problems));
    }

    private TermsOfReference termsOfReference(YamlDocument doc, int agencyCount, Dates dates, List<PackProblem> problems) {
        JsonNode t = doc.root().get("termsOfReference");
        String at = "/termsOfReference";

        for (TermsOfReferenceRules.Problem problem : TermsOfReferenceRules.beyondSchema(t, agencyCount)) {
            problems.add(doc.problem(at + problem.pointer(), problem.message()));
        }

        // One mapping of the pack's shape (TermsOfReferenceShape); the dates are parsed here, to report a bad one at its line.
        return TermsOfReferenceShape.read(t, dates.parse(doc, at + "/lastReviewedOn", t.get("lastReviewedOn")),
                dates.parse(doc, at + "/reviewDueOn", t.get("reviewDueOn")));
    }

    /** Parses a file and validates it against the schema definition {@code def}; null if it has problems. */
    private YamlDocument load(PackSource source, String path, String def, List<PackProblem> problems) {
        var text = source.read(path);
        if (text.isEmpty()) {
            problems.add(new PackProblem(path, 1, "file not found"));
            return null;
        }
        YamlDocument doc = YamlDocument.parse(path, text.get(), problems);
        if (doc == null) {
            return null;
        }
        Set<ValidationMessage> messages = PackSchema.bundled().validate(def, doc.root());
        for (ValidationMessage message : messages) {
            String pointer = pointer(message.getInstanceLocation());
            int line = "additionalProperties".equals(message.getType()) && message.getProperty() != null
                    ? doc.lineOfKey(pointer, message.getProperty())
                    : doc.lineOf(pointer);
            if (pointer.startsWith("/termsOfReference/") || pointer.equals("/termsOfReference")) {
                // The terms of reference in the words an admin's edit gets (one home: TermsOfReferenceRules).
                problems.add(new PackProblem(path, line, TermsOfReferenceRules.describe(message, 1).message()));
                continue;
            }
            String where = pointer.isEmpty() ? "" : pointer.substring(1) + ": ";
            problems.add(new PackProblem(path, line, where + message.getError()));
        }
        return messages.isEmpty() ? doc : null;
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(YamlDocument.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }




    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void hash(MessageDigest digest, String path, String text) {
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** Dates are YYYY-MM-DD, or YYYY-MM for a month (read as its first day); the schema checks the shape, this the calendar. */
    private record Dates(List<PackProblem> problems) {
        LocalDate parse(YamlDocument doc, String pointer, JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            String text = node.asText();
            try {
                return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
            } catch (DateTimeException e) {
                problems.add(doc.problem(pointer, "'" + text + "' is not a date"));
                return null;
            }
        }
    }
}
