package uk.reviewhub.actionplan.domain;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Composite Action Plan as CSV (an action from scrutiny has no case or review type; its source
 * names the piece of scrutiny) (RFC 4180: CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled). A cell that a spreadsheet would read as a formula (starting with
 * =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so an exported action cannot
 * run anything when opened.
 */
public final class CapCsv {

    static final List<String> HEADER = List.of("Case reference", "Review type", "Source", "Recommendation", "Agency", "Owner",
            "Action", "Due", "Progress %", "RAG", "RAG override reason", "Evidence", "Completed", "Handed to monitoring and evaluation");

    private CapCsv() {
    }

    public static String write(List<ActionOnPlan> actions) {
        StringBuilder csv = new StringBuilder(line(HEADER.stream()));
        for (ActionOnPlan shown : actions) {
            CapAction a = shown.action();
            csv.append(line(Stream.of(a.laCaseReference(), a.reviewType(),
                    "SCRUTINY".equals(shown.source()) ? "SCRUTINY: " + a.scrutinyPieceTitle() : shown.source(),
                    a.recommendationNumber() == null ? "" : a.recommendationNumber().toString(), a.agencyName(), a.owner(),
                    a.description(), a.dueOn().toString(), Integer.toString(a.progressPercent()), shown.rag().name(),
                    a.ragOverrideReason(), a.evidenceNotes(), a.completedOn() == null ? "" : a.completedOn().toString(),
                    a.handedToMonitoringOn() == null ? "" : a.handedToMonitoringOn().toString())));
        }
        return csv.toString();
    }

    private static String line(Stream<String> cells) {
        return cells.map(CapCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
