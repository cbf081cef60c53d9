package uk.reviewhub.document.domain;

import uk.reviewhub.time.LondonTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a data map into plain values only: {@code Map<String, ?>}, {@code List}, {@code String},
 * {@code Boolean} and {@code Number}. Dates become dd/mm/yyyy ("01/09/2017"), enums their name, and any
 * other object its {@code toString()}. Templates are only ever given such a copy, so there is no
 * object in reach whose methods or fields a template could look up.
 */
public final class PlainData {

    private static final int MAX_DEPTH = 16;

    private PlainData() {
    }

    public static Map<String, Object> copy(Map<String, ?> data) {
        return map(data, 0);
    }

    /** A date as documents show it, dd/mm/yyyy ("01/09/2017"; {@link LondonTime#UK_DATE}); empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : LondonTime.UK_DATE.format(date);
    }

    private static Map<String, Object> map(Map<?, ?> source, int depth) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(String.valueOf(key), value(value, depth + 1)));
        return copy;
    }

    private static Object value(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("Document data nests deeper than " + MAX_DEPTH + " levels");
        }
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i;
            case Long l -> l;
            case Number n -> n.toString();
            case LocalDate d -> date(d);
            case Enum<?> e -> e.name();
            case Map<?, ?> m -> map(m, depth);
            case Collection<?> c -> {
                List<Object> list = new ArrayList<>(c.size());
                c.forEach(item -> list.add(value(item, depth + 1)));
                yield List.copyOf(list.stream().map(v -> v == null ? "" : v).toList());
            }
            case Object[] array -> value(List.of(array), depth);
            default -> value.toString();
        };
    }
}
