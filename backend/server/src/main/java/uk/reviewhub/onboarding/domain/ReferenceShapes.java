package uk.reviewhub.onboarding.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import uk.reviewhub.pack.PackSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of a reference partnership's pack without its names or people, as a new partnership's
 * pack: its agencies by kind (renamed and recoded generically, compacts dropped), its groups with
 * their seats (by post, agency remapped, no dates or deputies), chair allocations, terms of
 * reference, clocks, calendar, safeguarding service and scrutiny settings. Every text has the
 * reference's partnership, place and agency names replaced: its name, short and former names,
 * boroughs and {@code placeNames} as its pack lists them, so a new reference pack needs no code. No demo users, no national figures,
 * no own templates (the defaults apply). Written as JSON, which the pack reader reads as YAML.
 */
final class ReferenceShapes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceShapes() {
    }

    static PackSource derive(String reference, String slug, String name, String shortName, List<String> localAuthorities) {
        PackSource shipped = PackSource.classpath();
        Map<String, Object> source = load(shipped, reference + "/pack.yaml");
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        List<Map<String, Object>> agencies = new ArrayList<>();
        Map<String, Integer> perKind = new HashMap<>();
        for (Object o : list(source.get("agencies"))) {
            Map<String, Object> a = map(o);
            String kind = String.valueOf(a.get("kind"));
            int n = perKind.merge(kind, 1, Integer::sum);
            String code = kind.toLowerCase(Locale.ROOT).replace('_', '-') + (n > 1 ? "-" + n : "");
            String generic = label(kind) + (n > 1 ? " " + n : "");
            codes.put(String.valueOf(a.get("code")), code);
            words.put(String.valueOf(a.get("name")), generic);
            Map<String, Object> agency = new LinkedHashMap<>();
            agency.put("code", code);
            agency.put("name", generic);
            agency.put("kind", kind);
            if (a.containsKey("statutoryPartner")) {
                agency.put("statutoryPartner", a.get("statutoryPartner"));
            }
            agencies.add(agency);
        }
        for (String key : List.of("name", "formerName")) {
            if (source.get(key) instanceof String text) {
                words.put(text, name);
            }
        }
        for (String key : List.of("shortName", "formerShortName")) {
            if (source.get(key) instanceof String text) {
                words.put(text, shortName);
            }
        }
        for (Object borough : list(source.get("boroughs"))) {
            words.put(String.valueOf(borough), "the local authority");
        }
        for (Object place : list(source.get("placeNames"))) {
            words.putIfAbsent(String.valueOf(place), "local");
        }
        List<Map.Entry<String, String>> replacements = words.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()).toList();

        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("slug", slug);
        pack.put("name", name);
        pack.put("shortName", shortName);
        pack.put("boroughs", localAuthorities);
        pack.put("agencies", agencies);
        Map<String, String> files = new HashMap<>();
        List<String> groupFiles = new ArrayList<>();
        for (Object o : list(source.get("groups"))) {
            String file = String.valueOf(o);
            groupFiles.add(file);
            files.put(slug + "/" + file, json(group(load(shipped, reference + "/" + file), codes, replacements)));
        }
        pack.put("groups", groupFiles);
        for (String key : List.of("calendarDivision", "clocks", "safeguardingService", "issueResolution", "scrutiny")) {
            if (source.containsKey(key)) {
                pack.put(key, scrub(source.get(key), replacements));
            }
        }
        files.put(slug + "/pack.yaml", json(pack));
        return path -> Optional.ofNullable(files.get(path));
    }

    private static Map<String, Object> group(Map<String, Object> source, Map<String, String> codes,
                                             List<Map.Entry<String, String>> replacements) {
        Map<String, Object> group = new LinkedHashMap<>();
        for (String key : List.of("code", "name", "shortName")) {
            if (source.containsKey(key)) {
                group.put(key, scrub(source.get(key), replacements));
            }
        }
        if (source.containsKey("chairAllocation")) {
            group.put("chairAllocation", scrub(source.get("chairAllocation"), replacements));
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (Object o : list(source.get("members"))) {
            Map<String, Object> m = map(o);
            Map<String, Object> seat = new LinkedHashMap<>();
            seat.put("positionTitle", scrub(m.get("positionTitle"), replacements));
            seat.put("agency", codes.get(String.valueOf(m.get("agency"))));
            seat.put("groupRole", m.get("groupRole"));
            seat.put("membershipKind", m.get("membershipKind"));
            members.add(seat);
        }
        group.put("members", members);
        for (String key : List.of("memberExpectations", "frameworks", "termsOfReference")) {
            if (source.containsKey(key)) {
                group.put(key, scrub(source.get(key), replacements));
            }
        }
        return group;
    }

    private static Object scrub(Object value, List<Map.Entry<String, String>> replacements) {
        if (value instanceof String text) {
            for (var r : replacements) {
                text = text.replace(r.getKey(), r.getValue());
            }
            return text;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), scrub(v, replacements)));
            return copy;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(v -> scrub(v, replacements)).toList();
        }
        return value;
    }

    private static String label(String kind) {
        return switch (kind) {
            case "LOCAL_AUTHORITY" -> "Local authority";
            case "POLICE" -> "Police";
            case "HEALTH" -> "Health";
            case "EDUCATION" -> "Education";
            case "CAFCASS" -> "Cafcass";
            case "HOUSING" -> "Housing";
            case "PROBATION" -> "Probation";
            case "YOUTH_JUSTICE" -> "Youth justice";
            case "LEGAL" -> "Legal services";
            case "DISTRICT_COUNCIL" -> "District councils";
            case "PARTNERSHIP_TEAM" -> "Partnership team";
            default -> "Other agency";
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(PackSource source, String path) {
        String text = source.read(path).orElseThrow(() -> new IllegalStateException("No reference pack file " + path));
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
