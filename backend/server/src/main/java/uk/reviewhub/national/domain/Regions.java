package uk.reviewhub.national.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The regions of England by code, with their names, in the ONS's order. */
public final class Regions {

    public static final Map<String, String> NAMES = names();

    private Regions() {
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("north-east", "North East");
        names.put("north-west", "North West");
        names.put("yorkshire-and-the-humber", "Yorkshire and The Humber");
        names.put("east-midlands", "East Midlands");
        names.put("west-midlands", "West Midlands");
        names.put("east-of-england", "East of England");
        names.put("london", "London");
        names.put("south-east", "South East");
        names.put("south-west", "South West");
        names.put(Comparators.NO_REGION, "Region not set");
        return java.util.Collections.unmodifiableMap(names);
    }
}
