package uk.reviewhub.scrutiny.domain;

import java.util.List;
import java.util.UUID;

/**
 * The seam where a piece's findings (issue 12 item 6) enter its report. Findings are built in
 * parallel with the reports: until they are merged, {@link NoFindingsYet} answers none and the
 * report says so. The findings feature replaces it with an implementation (annotated
 * {@code @Primary}, or by removing {@link NoFindingsYet}) that reads the piece's findings, each with
 * the evidence it draws on in words.
 */
public interface ScrutinyReportFindings {

    /** A finding as the report prints it: its title, rating, text and the evidence it draws on (e.g. "2 observations, 1 focus group"). */
    record ReportFinding(String title, String rating, String text, String evidence) {
    }

    /** The piece's findings, in the order the report lists them. */
    List<ReportFinding> of(UUID pieceId);
}
