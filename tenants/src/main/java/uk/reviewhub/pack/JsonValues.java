package uk.reviewhub.pack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reading values out of a pack's parsed tree: a missing node or a JSON null reads as null, a missing list as empty. */
final class JsonValues {

    private JsonValues() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> items.add(item.apply(n)));
        }
        return items;
    }
}
