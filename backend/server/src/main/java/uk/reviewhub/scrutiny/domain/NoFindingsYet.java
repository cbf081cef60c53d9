package uk.reviewhub.scrutiny.domain;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** No findings: what the piece's report shows until the findings feature fills {@link ScrutinyReportFindings}. */
@Singleton
@Secondary
class NoFindingsYet implements ScrutinyReportFindings {

    @Override
    public List<ReportFinding> of(UUID pieceId) {
        return List.of();
    }
}
