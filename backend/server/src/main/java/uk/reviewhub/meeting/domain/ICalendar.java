package uk.reviewhub.meeting.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An RFC 5545 calendar of meetings: CRLF line ends, lines folded at 75 octets (never inside a
 * UTF-8 character), TEXT values escaped, times in UTC. Pure: no framework, no I/O.
 */
public final class ICalendar {

    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MOST_OCTETS = 75;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * One meeting. {@code uid} stays the same for the meeting's life; {@code sequence} rises each
     * time it is moved or cancelled, so calendar apps replace their copy.
     */
    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String location,
                        String description, boolean cancelled) {
    }

    /** An all-day event (a conference or review has a day, not a time): {@code uid} stable, {@code sequence} rising. */
    public record DayEvent(String uid, int sequence, java.time.LocalDate day, String summary, String description) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private ICalendar() {
    }

    /** A calendar of all-day events (RFC 5545 3.6.1: DTSTART and DTEND as DATE values, the end the day after). */
    public static String writeDays(String calendarName, Instant stamp, List<DayEvent> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Review Hub//Conferences//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (DayEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    public static String write(String calendarName, Instant stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Review Hub//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
            line(out, "DTSTART:" + UTC.format(e.start().truncatedTo(ChronoUnit.SECONDS)));
            line(out, "DTEND:" + UTC.format(e.end().truncatedTo(ChronoUnit.SECONDS)));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as \n. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> {
                    if (c < 0x20 && c != '\t') {
                        continue; // control characters are not allowed in TEXT
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Appends one content line, folded: CRLF then a space before each continuation. */
    static void line(StringBuilder out, String content) {
        out.append(fold(content)).append("\r\n");
    }

    public static String fold(String content) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MOST_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MOST_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
