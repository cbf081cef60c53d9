package uk.reviewhub.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One YAML file as a JSON tree (for the schema validator) plus the line of every value and key,
 * addressed by JSON Pointer ({@code /agencies/0/code}), so problems can name the line.
 */
final class YamlDocument {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> valueLines;
    private final Map<String, Integer> keyLines;

    private YamlDocument(String file, JsonNode root, Map<String, Integer> valueLines, Map<String, Integer> keyLines) {
        this.file = file;
        this.root = root;
        this.valueLines = valueLines;
        this.keyLines = keyLines;
    }

    /** Parses {@code text}; syntax errors and duplicate keys are added to {@code problems}. */
    static YamlDocument parse(String file, String text, List<PackProblem> problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).build();
        Node node;
        try {
            node = new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            problems.add(new PackProblem(file, line, "YAML syntax: " + context + e.getProblem()));
            return null;
        } catch (YamlEngineException e) {
            problems.add(new PackProblem(file, 1, "YAML: " + e.getMessage()));
            return null;
        }
        if (node == null) {
            problems.add(new PackProblem(file, 1, "the file is empty"));
            return null;
        }
        Map<String, Integer> values = new HashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        int before = problems.size();
        JsonNode root = toJson(file, node, "", values, keys, problems);
        return problems.size() > before ? null : new YamlDocument(file, root, values, keys);
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** The line of the value at {@code pointer}, or of its nearest ancestor that has one. */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = valueLines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The line of the key {@code property} in the object at {@code pointer}. */
    int lineOfKey(String pointer, String property) {
        Integer line = keyLines.get(pointer + "/" + escape(property));
        return line != null ? line : lineOf(pointer);
    }

    PackProblem problem(String pointer, String reason) {
        return new PackProblem(file, lineOf(pointer), reason);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }

    private static JsonNode toJson(String file, Node node, String pointer, Map<String, Integer> values,
                                   Map<String, Integer> keys, List<PackProblem> problems) {
        values.put(pointer, line(node));
        return switch (node) {
            case MappingNode mapping -> {
                ObjectNode object = JSON.objectNode();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        problems.add(new PackProblem(file, line(tuple.getKeyNode()), "keys must be plain words"));
                        continue;
                    }
                    String child = pointer + "/" + escape(key.getValue());
                    if (object.has(key.getValue())) {
                        problems.add(new PackProblem(file, line(key), "duplicate key '" + key.getValue() + "'"));
                        continue;
                    }
                    keys.put(child, line(key));
                    object.set(key.getValue(), toJson(file, tuple.getValueNode(), child, values, keys, problems));
                }
                yield object;
            }
            case SequenceNode sequence -> {
                ArrayNode array = JSON.arrayNode();
                List<Node> items = new ArrayList<>(sequence.getValue());
                for (int i = 0; i < items.size(); i++) {
                    array.add(toJson(file, items.get(i), pointer + "/" + i, values, keys, problems));
                }
                yield array;
            }
            case ScalarNode scalar -> scalar(scalar);
            default -> {
                problems.add(new PackProblem(file, line(node), "anchors and aliases are not supported"));
                yield JSON.nullNode();
            }
        };
    }

    // The YAML 1.2 core schema resolves tags: strings stay strings (dates included), so the
    // schema's types decide what is accepted.
    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return JSON.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase()));
            }
            if (Tag.INT.equals(tag)) {
                BigInteger value = text.startsWith("0x") ? new BigInteger(text.substring(2), 16)
                        : text.startsWith("0o") ? new BigInteger(text.substring(2), 8) : new BigInteger(text);
                return value.bitLength() < 32 ? JSON.numberNode(value.intValue()) : JSON.numberNode(value);
            }
            if (Tag.FLOAT.equals(tag)) {
                return JSON.numberNode(new BigDecimal(text));
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(text);
        }
        return JSON.textNode(text);
    }
}
