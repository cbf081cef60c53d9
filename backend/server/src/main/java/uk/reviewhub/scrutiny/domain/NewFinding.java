package uk.reviewhub.scrutiny.domain;

import java.util.List;
import java.util.UUID;

/** A finding as written: what it says, its rating, the observations and other evidence it draws on. */
public record NewFinding(String title, String detail, String rating, List<UUID> observationIds, List<UUID> evidenceIds,
                         boolean noNamesConfirmed) {
}
