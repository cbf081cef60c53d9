package uk.reviewhub.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of what a group's terms of reference may hold: the schema's definition
 * {@code termsOfReference} in {@code pack.schema.json} (shapes, lengths, bounds), then the checks a
 * schema cannot express (each code once in its list, a cadence rule the schedule can expand with
 * {@link Recurrence}, no blank text, the review after the last review, a quorum no larger than the
 * partnership's agencies, and the quorum's words naming the same number of agencies as its minimum). The pack reader and the terms-of-reference editor both ask this class,
 * so a pack, the API and the UI's terms form give the same answer, in the same words, to the same
 * terms. Each problem names its field in the API's words ({@code quorum.minimumDistinctAgencies},
 * {@code deadlines[1].code}); the pack reader turns that back into a file and line.
 */
public final class TermsOfReferenceRules {

    /**
     * The most agencies a quorum may ask for: more than any partnership has. A pack or an edit is
     * also refused a minimum above the number of agencies its partnership has.
     */
    public static final int MOST_AGENCIES = 50;

    /** One problem: the field in the API's words, and a sentence that names it for a person. */
    public record Problem(String field, String message) {
        /** The JSON pointer of {@link #field} within the terms of reference, e.g. {@code /deadlines/1/code}. */
        public String pointer() {
            return "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        }
    }

    private static final Pattern INDEXED = Pattern.compile("([a-zA-Z]+)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("purpose", "The purpose"),
            Map.entry("reportingLine", "The reporting line"),
            Map.entry("cadence", "The cadence"),
            Map.entry("cadence.rrule", "The cadence's rule"),
            Map.entry("cadence.description", "The cadence's description"),
            Map.entry("cadence.durationMinutes", "The meeting length in minutes"),
            Map.entry("cadence.minimumMeetingsPerYear", "The minimum meetings a year"),
            Map.entry("cadence.notes", "The cadence's notes"),
            Map.entry("quorum", "The quorum"),
            Map.entry("quorum.description", "The quorum in words"),
            Map.entry("quorum.minimumDistinctAgencies", "The quorum's minimum number of agencies"),
            Map.entry("quorum.requiredAgencyKinds", "The quorum's required kinds of agency"),
            Map.entry("quorum.requiredAnyOfRoles", "The quorum's required roles"),
            Map.entry("quorum.apologiesFollowUpAfter", "The apologies follow-up"),
            Map.entry("lastReviewedOn", "The last review date"),
            Map.entry("reviewDueOn", "The review date"));
    private static final Map<String, String> LIST_ITEMS = Map.of(
            "functions", "Function", "links", "Link", "deadlines", "Deadline", "performanceMeasures", "Performance measure",
            "requiredAgencyKinds", "Required kind", "requiredAnyOfRoles", "Required role");
    private static final Map<String, String> ITEM_FIELDS = Map.of(
            "code", "code", "label", "label", "workingDays", "working days", "direction", "direction",
            "targetPercent", "target");

    private TermsOfReferenceRules() {
    }

    /**
     * Every problem of {@code terms} (the pack's shape of a terms of reference, as JSON): the
     * schema's first, and the other checks only when the schema is met. {@code agencies} is the
     * number of agencies the partnership has, or null when not known.
     */
    public static List<Problem> check(JsonNode terms, Integer agencies) {
        Set<ValidationMessage> messages = PackSchema.bundled().validate("termsOfReference", terms);
        if (!messages.isEmpty()) {
            return messages.stream().map(m -> describe(m, 0))
                    .sorted(Comparator.comparing(Problem::field)).distinct().toList();
        }
        return beyondSchema(terms, agencies);
    }

    /** The checks a schema cannot express, for terms that meet the schema. */
    public static List<Problem> beyondSchema(JsonNode terms, Integer agencies) {
        List<Problem> problems = new ArrayList<>();
        blanks(terms, "", problems);

        String rrule = terms.path("cadence").path("rrule").asText(null);
        if (rrule != null) {
            try {
                Recurrence.parse(rrule);
            } catch (UnsupportedRecurrenceException e) {
                problems.add(problem("cadence.rrule", e.getMessage() + "."));
            }
        }

        JsonNode minimum = terms.path("quorum").path("minimumDistinctAgencies");
        if (minimum.isInt() && agencies != null && minimum.asInt() > agencies) {
            problems.add(problem("quorum.minimumDistinctAgencies", "a quorum of " + minimum.asInt()
                    + " agencies can never be met: the partnership has " + agencies + "."));
        }

        Integer stated = agenciesInWords(terms.path("quorum").path("description").asText(""));
        boolean minimumMet = agencies == null || minimum.asInt() <= agencies;
        if (minimum.isInt() && minimumMet && stated != null && stated != minimum.asInt()) {
            problems.add(problem("quorum.description", "the words say " + stated + " agencies but the minimum is "
                    + minimum.asInt() + ": make the words follow the number."));
        }

        unique(terms.path("deadlines"), "deadlines", "deadline", problems);
        unique(terms.path("performanceMeasures"), "performanceMeasures", "performance measure", problems);

        LocalDate last = date(terms.path("lastReviewedOn"));
        LocalDate due = date(terms.path("reviewDueOn"));
        if (last != null && due != null && due.isBefore(last)) {
            problems.add(problem("reviewDueOn", "the review is due before the last review (" + last + ")."));
        }
        return problems;
    }

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");
    private static final Pattern AGENCIES_IN_WORDS = Pattern.compile(
            "\\b(\\d+|" + String.join("|", NUMBER_WORDS) + ")\\s+(?:different\\s+|distinct\\s+|member\\s+|partner\\s+)?agenc",
            Pattern.CASE_INSENSITIVE);

    /** The number of agencies the quorum's words name ("at least 4 agencies", "four different agencies"), or null. */
    static Integer agenciesInWords(String description) {
        java.util.regex.Matcher m = AGENCIES_IN_WORDS.matcher(description);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n.length() > 6 ? "999999" : n) : NUMBER_WORDS.indexOf(n);
    }

    /** A sentence naming the field for a person and in the API's words, e.g. "Deadline 2's code (deadlines[1].code): ...". */
    public static Problem problem(String field, String reason) {
        return new Problem(field, name(field) + " (" + field + "): " + reason);
    }

    static String name(String field) {
        String named = NAMES.get(field);
        if (named != null) {
            return named;
        }
        String path = field.startsWith("quorum.") ? field.substring("quorum.".length()) : field;
        Matcher m = INDEXED.matcher(path);
        if (m.matches() && LIST_ITEMS.containsKey(m.group(1))) {
            String item = LIST_ITEMS.get(m.group(1)) + " " + (Integer.parseInt(m.group(2)) + 1);
            return m.group(3) == null ? item : item + "'s " + ITEM_FIELDS.getOrDefault(m.group(3), m.group(3));
        }
        return field;
    }

    /**
     * A schema problem of a terms of reference in these words; {@code skip} leading path elements
     * are dropped first (1 for the pack reader, whose terms sit under {@code termsOfReference}).
     */
    public static Problem describe(ValidationMessage message, int skip) {
        String field = field(message.getInstanceLocation(), skip);
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        String arg = args.length > 0 ? String.valueOf(args[0]) : "";
        String reason = switch (message.getType()) {
            case "required" -> {
                field = field.isEmpty() ? message.getProperty() : field + "." + message.getProperty();
                yield "is required.";
            }
            case "additionalProperties" -> {
                field = field.isEmpty() ? message.getProperty() : field + "." + message.getProperty();
                yield "is not part of a terms of reference.";
            }
            case "minimum" -> "must be at least " + arg + ".";
            case "maximum" -> "must be at most " + arg + ".";
            case "minLength" -> "must not be empty.";
            case "maxLength" -> "must be at most " + arg + " characters.";
            case "minItems" -> "needs at least " + arg + (arg.equals("1") ? " entry." : " entries.");
            case "uniqueItems" -> "names the same value twice.";
            case "enum" -> "must be one of " + arg.replaceAll("[\\[\\]\"]", "").replaceAll("\\s*,\\s*", ", ") + ".";
            case "pattern" -> pattern(field);
            case "maxItems" -> "has at most " + arg + (arg.equals("1") ? " entry." : " entries.");
            case "type" -> "must be " + kind(message.getError()) + ".";
            default -> "is not in the expected form.";
        };
        if (field.isEmpty()) {
            field = "termsOfReference";
        }
        return problem(field, reason);
    }

    /** The expected JSON type of a schema's "type" refusal ("string found, integer expected") in words. */
    private static String kind(String error) {
        Matcher m = EXPECTED.matcher(error == null ? "" : error);
        String expected = m.find() ? m.group(1) : "";
        return switch (expected) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a group of fields";
            default -> "of another kind";
        };
    }

    private static final Pattern EXPECTED = Pattern.compile("(\\w+) expected");

    private static String pattern(String field) {
        if (field.endsWith(".code")) {
            return "is lower-case letters and digits in words joined by hyphens, e.g. agenda-items.";
        }
        if (field.equals("cadence.rrule")) {
            return "is a recurrence rule that starts with FREQ=, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2.";
        }
        if (field.endsWith("On")) {
            return "is a date.";
        }
        return "is not in the expected form.";
    }

    private static void blanks(JsonNode node, String field, List<Problem> problems) {
        if (node.isTextual()) {
            if (node.asText().isBlank()) {
                problems.add(problem(field, "must not be blank."));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                blanks(node.get(i), field + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> blanks(e.getValue(), field.isEmpty() ? e.getKey() : field + "." + e.getKey(), problems));
        }
    }

    private static void unique(JsonNode list, String field, String what, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String code = list.get(i).path("code").asText();
            if (!seen.add(code)) {
                problems.add(problem(field + "[" + i + "].code", "two " + what + "s have the code " + code
                        + "; each code is used once."));
            }
        }
    }

    /** YYYY-MM-DD, or YYYY-MM read as the month's first day; null when absent or not a date (the pack reader says so). */
    private static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        String text = node.asText();
        try {
            return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String field(JsonNodePath path, int skip) {
        StringBuilder field = new StringBuilder();
        for (int i = skip; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        return field.toString();
    }
}
