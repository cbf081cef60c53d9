package uk.reviewhub.time;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bank holidays by division, in the shape of the official GOV.UK feed
 * ({@code https://www.gov.uk/bank-holidays.json}):
 * <pre>{"england-and-wales": {"division": "england-and-wales", "events": [{"title", "date", "notes", "bunting"}]}, ...}</pre>
 * The bundled copy covers 2012-2028 for England and Wales (2012-2017 generated from the rules and
 * checked by HistoricBankHolidaysSpec) and 2018-2028 for Scotland and Northern Ireland; a file in the same shape can extend
 * or correct it (see {@link #mergedWith}).
 */
public final class BankHolidayFeed {

    public static final String ENGLAND_AND_WALES = "england-and-wales";
    public static final String SCOTLAND = "scotland";
    public static final String NORTHERN_IRELAND = "northern-ireland";

    static final String BUNDLED_RESOURCE = "/uk/reviewhub/time/bank-holidays.json";

    private static final JsonFactory JSON = new JsonFactory();

    /** Per division, events keyed by date (one event per day and division). */
    private final Map<String, TreeMap<LocalDate, BankHoliday>> divisions;

    private BankHolidayFeed(Map<String, TreeMap<LocalDate, BankHoliday>> divisions) {
        this.divisions = divisions;
    }

    /** The copy bundled with the application. */
    public static BankHolidayFeed bundled() {
        try (InputStream in = BankHolidayFeed.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled bank-holiday data " + BUNDLED_RESOURCE + " is missing");
            }
            return read(in, "bundled " + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BankHolidayFeed read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank-holiday file " + file, e);
        }
    }

    /**
     * Reads a feed. {@code source} names it in error messages. Unknown fields are ignored, as the
     * official feed may grow.
     */
    public static BankHolidayFeed read(InputStream in, String source) {
        Map<String, TreeMap<LocalDate, BankHoliday>> divisions = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(in)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, source, "the feed");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String division = parser.currentName();
                expect(parser, parser.nextToken(), JsonToken.START_OBJECT, source, "division " + division);
                divisions.put(division, readDivision(parser, source, division));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The bank-holiday data " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        return new BankHolidayFeed(divisions);
    }

    private static TreeMap<LocalDate, BankHoliday> readDivision(JsonParser parser, String source, String division)
            throws IOException {
        TreeMap<LocalDate, BankHoliday> events = new TreeMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("division") && value == JsonToken.VALUE_STRING && !parser.getText().equals(division)) {
                throw new IllegalArgumentException("The bank-holiday data " + source + " files division '"
                        + parser.getText() + "' under '" + division + "'");
            } else if (field.equals("events")) {
                expect(parser, value, JsonToken.START_ARRAY, source, division + " events");
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    BankHoliday event = readEvent(parser, source, division);
                    if (events.put(event.date(), event) != null) {
                        throw new IllegalArgumentException("The bank-holiday data " + source + " lists "
                                + event.date() + " twice for " + division);
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return events;
    }

    private static BankHoliday readEvent(JsonParser parser, String source, String division) throws IOException {
        String title = null;
        String date = null;
        String notes = "";
        boolean bunting = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "title" -> title = parser.getValueAsString();
                case "date" -> date = parser.getValueAsString();
                case "notes" -> notes = parser.getValueAsString();
                case "bunting" -> bunting = value == JsonToken.VALUE_TRUE;
                default -> parser.skipChildren();
            }
        }
        if (date == null) {
            throw new IllegalArgumentException("The bank-holiday data " + source + " has a " + division
                    + " event without a date" + (title == null ? "" : " (" + title + ")"));
        }
        try {
            return new BankHoliday(LocalDate.parse(date), title, notes, bunting);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The bank-holiday data " + source + " has a " + division
                    + " event with the date '" + date + "', expected YYYY-MM-DD", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The bank-holiday data " + source + ": " + e.getMessage(), e);
        }
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String source, String what) {
        if (actual != expected) {
            throw new IllegalArgumentException("The bank-holiday data " + source + ": expected " + what
                    + " to be " + (expected == JsonToken.START_ARRAY ? "an array" : "an object")
                    + " at line " + parser.currentLocation().getLineNr());
        }
    }

    /**
     * This feed with {@code other}'s events laid over it: new dates are added, and an event on a
     * date this feed already has replaces it (a corrected title, say). Nothing is removed.
     */
    public BankHolidayFeed mergedWith(BankHolidayFeed other) {
        Map<String, TreeMap<LocalDate, BankHoliday>> merged = new LinkedHashMap<>();
        divisions.forEach((division, events) -> merged.put(division, new TreeMap<>(events)));
        other.divisions.forEach((division, events) ->
                merged.computeIfAbsent(division, d -> new TreeMap<>()).putAll(events));
        return new BankHolidayFeed(merged);
    }

    public Set<String> divisions() {
        return Collections.unmodifiableSet(divisions.keySet());
    }

    /** The division's events in date order. */
    public List<BankHoliday> events(String division) {
        TreeMap<LocalDate, BankHoliday> events = divisions.get(division);
        if (events == null) {
            throw new IllegalArgumentException("No bank-holiday data for the division '" + division
                    + "'; known divisions: " + String.join(", ", divisions.keySet()));
        }
        return List.copyOf(events.values());
    }
}
