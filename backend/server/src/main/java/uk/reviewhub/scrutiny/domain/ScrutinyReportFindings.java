package uk.reviewhub.scrutiny.domain;

import java.util.List;
import java.util.UUID;

/** How a piece's findings enter its report ({@link StoredFindings}): each with the evidence it draws on in words. */
public interface ScrutinyReportFindings {

    /** A finding as the report prints it: its title, rating, text and the evidence it draws on (e.g. "2 observations, 1 focus group"). */
    record ReportFinding(String title, String rating, String text, String evidence) {
    }

    /** The piece's findings, in the order the report lists them. */
    List<ReportFinding> of(UUID pieceId);
}
