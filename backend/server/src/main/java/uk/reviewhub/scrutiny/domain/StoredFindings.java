package uk.reviewhub.scrutiny.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.EvidenceKind;
import uk.reviewhub.scrutiny.persistence.ScrutinyStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A piece's findings as its report prints them: numbered and titled, rated in words, the finding
 * with its recommendations, and the evidence it draws on counted by kind ("2 observations, 1 focus
 * group; triangulated").
 */
@Singleton
class StoredFindings implements ScrutinyReportFindings {

    private static final String OBSERVATION = "OBSERVATION";

    private final ScrutinyStore store;

    StoredFindings(ScrutinyStore store) {
        this.store = store;
    }

    @Override
    public List<ReportFinding> of(UUID pieceId) {
        return store.findings(pieceId).stream().map(StoredFindings::printed).toList();
    }

    static ReportFinding printed(Finding f) {
        StringBuilder text = new StringBuilder(f.detail());
        f.recommendations().forEach(r -> text.append("\nRecommendation ").append(r.number()).append(": ").append(r.text()));
        String evidence = evidence(f.supports()) + (f.triangulated() ? "; triangulated" : "");
        return new ReportFinding("Finding " + f.number() + ": " + f.title(), f.rating(), text.toString(), evidence);
    }

    /** The supporting evidence counted by kind, observations first, then in the order of {@link EvidenceKind}. */
    static String evidence(List<Finding.Support> supports) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(OBSERVATION, 0);
        for (EvidenceKind kind : EvidenceKind.values()) {
            counts.put(kind.name(), 0);
        }
        supports.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> {
            if (n > 0) {
                parts.add(n + " " + noun(kind, n));
            }
        });
        return parts.isEmpty() ? "no evidence recorded" : String.join(", ", parts);
    }

    private static String noun(String kind, int n) {
        String one = OBSERVATION.equals(kind) ? "observation" : EvidenceKind.valueOf(kind).label().toLowerCase();
        return n == 1 || one.startsWith("feedback") ? one : one + "s";
    }
}
