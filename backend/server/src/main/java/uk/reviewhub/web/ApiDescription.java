package uk.reviewhub.web;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's own description, served at {@code /openapi/reviewhub.yml}: the OpenAPI document that
 * micronaut-openapi generates from the controllers at compile time ({@code META-INF/swagger/reviewhub.yml}),
 * completed once, on first use, with what only the running application and the one error model know.
 * <ul>
 *   <li>Every operation documents the problem+json answers it can give, from the error model of
 *   {@code uk.reviewhub.problem} (README, "Errors") and the operation's shape: 400 when it takes a
 *   body or parameters, 401 and 403 when it is secured (403 only when some signed-in person is
 *   refused), 404 when a path names a record, 409 and 422 for a change made by a partnership role
 *   (a stale version or a duplicate; a lifecycle rule), 413 when it takes a body.</li>
 *   <li>Operation ids are made from the method and the path ({@code getMeetingAgenda},
 *   {@code approveMeetingMinutes}, {@code addCaseReviewMilestone}): unique and descriptive, never
 *   a bare {@code get}.</li>
 *   <li>A {@code nullable} reference carries the type of what it refers to (OpenAPI 3.0 wants
 *   {@code type} beside {@code nullable}).</li>
 *   <li>Public operations say they need no token ({@code security: []}).</li>
 * </ul>
 * Summaries and servers come from the annotations; {@code ApiDescriptionSpec} fails on an
 * operation without a summary, as on every other kind of gap.
 */
@Singleton
public final class ApiDescription {

    /** Where micronaut-openapi writes the generated document (openapi.properties names it). */
    static final String GENERATED = "META-INF/swagger/reviewhub.yml";

    static final String PROBLEM_JSON = "application/problem+json";

    /** Each status of the error model, with the name of its shared response and its description. */
    static final Map<Integer, String[]> ANSWERS = new TreeMap<>(Map.of(
            400, new String[]{"BadRequest", "A field or parameter is wrong: `errors` names each by its name in the request, with a sentence"},
            401, new String[]{"NotSignedIn", "Not signed in, or no longer (the token expired, was signed out, or the person's role ended)"},
            403, new String[]{"Forbidden", "The person may not do this; the detail says why"},
            404, new String[]{"NotFound", "No such record in the partnership (another partnership's ids are not found either)"},
            409, new String[]{"Conflict", "A stale version (someone changed it since it was read), or a duplicate of something unique"},
            413, new String[]{"TooLarge", "The body or file is over its limit"},
            422, new String[]{"RuleNotMet", "A lifecycle or state rule refuses it (a step out of order, locked minutes, a cancelled meeting, a cap reached)"},
            503, new String[]{"DatabaseUnavailable", "Review Hub cannot reach its database just now: nothing is wrong with the request; "
                    + "try again after the seconds in Retry-After (a change may have been saved if the connection went at its commit: look first)"}));

    /** The last segment of a POST that is an action on what the path names, and the verb the operation id takes from it. */
    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("approve", "approve"), Map.entry("circulate", "circulate"), Map.entry("cancel", "cancel"),
            Map.entry("move", "move"), Map.entry("end", "end"), Map.entry("retire", "retire"),
            Map.entry("generate", "generate"), Map.entry("preview", "preview"), Map.entry("refresh", "refresh"),
            Map.entry("sign-in", "signIn"), Map.entry("sign-out", "signOut"), Map.entry("held", "recordHeld"),
            Map.entry("done", "markDone"), Map.entry("status", "setStatus"), Map.entry("decision", "decide"),
            Map.entry("amendments", "amend"), Map.entry("publications", "publish"), Map.entry("allocations", "allocate"),
            Map.entry("invitees", "invite"), Map.entry("resend", "resend"), Map.entry("revoke", "revoke"),
            Map.entry("accept", "accept"));

    private static final Pattern EXTENSION = Pattern.compile("^(.*?)\\.(\\{\\w+}|\\w+)$");

    private final Router router;
    private volatile String yaml;

    ApiDescription(Router router) {
        this.router = router;
    }

    /** The completed document as YAML (made once). */
    public String yaml() {
        String made = yaml;
        if (made == null) {
            synchronized (this) {
                made = yaml;
                if (made == null) {
                    made = dump(complete(load()));
                    yaml = made;
                }
            }
        }
        return made;
    }

    private static Map<String, Object> load() {
        try (InputStream in = ApiDescription.class.getClassLoader().getResourceAsStream(GENERATED)) {
            if (in == null) {
                throw new IllegalStateException("The generated OpenAPI document " + GENERATED + " is not on the class path");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dump(Map<String, Object> doc) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(new Representer(options), options).dump(doc);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> complete(Map<String, Object> doc) {
        Map<String, UriRouteInfo<?, ?>> routes = new HashMap<>();
        router.uriRoutes().forEach(route -> routes.put(key(route.getHttpMethod().name(), route.getUriMatchTemplate().toString()), route));
        Map<String, Object> components = (Map<String, Object>) doc.computeIfAbsent("components", k -> new LinkedHashMap<>());
        Map<String, Object> schemas = (Map<String, Object>) components.computeIfAbsent("schemas", k -> new LinkedHashMap<>());
        schemas.put("Problem", problemSchema());
        Map<String, Object> responses = (Map<String, Object>) components.computeIfAbsent("responses", k -> new LinkedHashMap<>());
        ANSWERS.forEach((status, answer) -> {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("description", answer[1]);
            if (status == HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
                response.put("headers", Map.of("Retry-After", Map.of("description", "Seconds to wait before trying again",
                        "schema", Map.of("type", "integer", "example", DatabaseUnavailable.RETRY_AFTER.toSeconds()))));
            }
            response.put("content", Map.of(PROBLEM_JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
            responses.put(answer[0], response);
        });

        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?>) || !HTTP_METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            UriRouteInfo<?, ?> route = routes.get(key(method.toUpperCase(Locale.ROOT), path));
            Set<String> roles = route == null ? Set.of() : roles(route.getAnnotationMetadata());
            boolean anonymous = roles.contains(SecurityRule.IS_ANONYMOUS);
            operation.put("operationId", operationId(method, path));
            if (anonymous) {
                operation.put("security", List.of());
            }
            List<Map<String, Object>> parameters = new ArrayList<>();
            parameters.addAll((List<Map<String, Object>>) item.getOrDefault("parameters", List.of()));
            parameters.addAll((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()));
            boolean body = operation.containsKey("requestBody");
            boolean write = !method.equals("get");
            Set<Integer> statuses = new LinkedHashSet<>();
            if (body || !parameters.isEmpty()) {
                statuses.add(400);
            }
            if (!anonymous) {
                statuses.add(401);
                if (!roles.contains(SecurityRule.IS_AUTHENTICATED)) {
                    statuses.add(403);
                }
            }
            if (parameters.stream().anyMatch(p -> "path".equals(p.get("in")))) {
                statuses.add(404);
            }
            if (write && !anonymous && !roles.contains(SecurityRule.IS_AUTHENTICATED)) {
                statuses.add(409);
                statuses.add(422);
            }
            if (body) {
                statuses.add(413);
            }
            if (path.startsWith("/api/")) {
                statuses.add(503); // every API operation reads the database (a secured one at least its access check)
            }
            Map<String, Object> answers = (Map<String, Object>) operation.computeIfAbsent("responses", k -> new LinkedHashMap<>());
            for (int status : statuses) {
                // An answer the operation describes in its own words keeps them.
                answers.putIfAbsent(String.valueOf(status), Map.of("$ref", "#/components/responses/" + ANSWERS.get(status)[0]));
            }
            answers.forEach((code, answer) -> {
                if (code.startsWith("4") && answer instanceof Map<?, ?> described && !described.containsKey("$ref")) {
                    ((Map<String, Object>) described).putIfAbsent("content",
                            Map.of(PROBLEM_JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
                }
            });
        }));
        typeNullables(doc, schemas);
        return doc;
    }

    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static String key(String method, String template) {
        return method + " " + template;
    }

    private static Set<String> roles(AnnotationMetadata metadata) {
        return new LinkedHashSet<>(List.of(metadata.stringValues(Secured.class)));
    }

    /**
     * A unique, descriptive id from the method and the path: a verb (get, update, delete, add, or
     * the action a POST's last segment names) and the path's nouns, singular before an id:
     * {@code GET /api/cases/{caseId}/timeline} is {@code getCaseTimeline}, {@code POST
     * /api/meetings/{meetingId}/minutes/approve} is {@code approveMeetingMinutes}.
     */
    static String operationId(String method, String path) {
        List<String> segments = new ArrayList<>(List.of(path.replaceFirst("^/api/", "/").split("/")));
        segments.removeIf(String::isEmpty);
        String verb = switch (method) {
            case "get" -> "get";
            case "put", "patch" -> "update";
            case "delete" -> "delete";
            default -> "add";
        };
        boolean addsToCollection = false;
        if (method.equals("post") && !segments.isEmpty()) {
            String last = segments.getLast();
            if (ACTIONS.containsKey(last)) {
                verb = ACTIONS.get(last);
                segments.removeLast();
            } else {
                addsToCollection = true;
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean beforeId = i + 1 < segments.size() && segments.get(i + 1).startsWith("{");
            Matcher extension = EXTENSION.matcher(segment);
            if (segment.startsWith("{")) {
                if (extension.matches()) {
                    words.add(extension.group(2).startsWith("{") ? "document" : extension.group(2));
                } else if (i == segments.size() - 1 && (segment.equals("{file}") || segment.equals("{format}"))) {
                    words.add("document");
                }
                continue;
            }
            if (extension.matches()) {
                words.addAll(words(extension.group(1)));
                words.add(extension.group(2).startsWith("{") ? "document" : extension.group(2));
                continue;
            }
            List<String> parts = words(segment);
            if (beforeId || (addsToCollection && i == segments.size() - 1)) {
                parts.set(parts.size() - 1, singular(parts.getLast()));
            }
            words.addAll(parts);
        }
        StringBuilder id = new StringBuilder(verb);
        for (String word : words) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }

    private static List<String> words(String segment) {
        List<String> words = new ArrayList<>();
        for (String word : segment.split("-")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String singular(String word) {
        return switch (word) {
            case "children" -> "child";
            case "people" -> "person";
            case "minutes", "status", "news" -> word;
            default -> word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                    : word.endsWith("ss") ? word
                    : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        };
    }

    /** A {@code nullable} schema without a type (a nullable reference) takes the type of what it refers to. */
    @SuppressWarnings("unchecked")
    private static void typeNullables(Object node, Map<String, Object> schemas) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> schema = (Map<String, Object>) map;
            if (Boolean.TRUE.equals(schema.get("nullable")) && !schema.containsKey("type")) {
                String type = referredType(schema, schemas);
                schema.put("type", type == null ? "object" : type);
            }
            for (Object value : schema.values()) {
                typeNullables(value, schemas);
            }
        } else if (node instanceof List<?> list) {
            for (Object value : list) {
                typeNullables(value, schemas);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String referredType(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && !all.isEmpty() && all.getFirst() instanceof Map<?, ?> first) {
            ref = first.get("$ref");
        }
        if (ref instanceof String name && name.startsWith("#/components/schemas/")
                && schemas.get(name.substring("#/components/schemas/".length())) instanceof Map<?, ?> target) {
            Object type = ((Map<String, Object>) target).get("type");
            return type instanceof String t ? t : "object";
        }
        return null;
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string", "description", "A URI naming the kind of problem"));
        properties.put("title", Map.of("type", "string", "description", "The kind of problem in words"));
        properties.put("status", Map.of("type", "integer", "format", "int32", "description", "The HTTP status"));
        properties.put("detail", Map.of("type", "string", "description", "What went wrong this time, in words for people"));
        properties.put("instance", Map.of("type", "string", "description", "The path the request was sent to"));
        properties.put("correlationId", Map.of("type", "string",
                "description", "For a server error only: the reference under which its cause was logged"));
        properties.put("errors", Map.of("type", "array", "description", "For a refused field: each field at fault, by its name in the request",
                "items", Map.of("type", "object", "required", List.of("field", "message"),
                        "properties", Map.of("field", Map.of("type", "string", "description", "e.g. endDate, deputy.to or links[2]"),
                                "message", Map.of("type", "string", "description", "A sentence for people")))));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "object");
        problem.put("description", "An RFC 9457 problem detail, the body of every error the API answers (uk.reviewhub.api.Problem)");
        problem.put("required", List.of("type", "title", "status"));
        problem.put("properties", properties);
        return problem;
    }
}
