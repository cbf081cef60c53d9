package uk.reviewhub.partnership.domain;

import uk.reviewhub.pack.PackProblem;

import java.util.List;
import java.util.UUID;

/**
 * What one pass of the pack loader did: per valid pack, its tenant and whether anything changed;
 * every problem of the packs it rejected (nothing of a rejected pack is loaded); and the slugs of
 * packs left alone because their partnership was offboarded and deleted through the platform
 * console (a restart does not bring a deleted partnership back).
 */
public record PackLoadReport(List<Loaded> loaded, List<PackProblem> problems, List<String> deleted) {

    public PackLoadReport {
        loaded = List.copyOf(loaded);
        problems = List.copyOf(problems);
        deleted = List.copyOf(deleted);
    }

    /**
     * {@code notes}: what the load left alone because an admin manages it, or ended rather than
     * deleted; {@code termsOfReferenceNotApplied}: codes of the groups whose terms of reference
     * changed in the pack but were not written over an admin's edit (noted with the load).
     */
    public record Loaded(String slug, UUID tenantId, boolean unchanged, int changedRows, int termsOfReferenceVersionsAdded,
                         List<String> notes, List<String> termsOfReferenceNotApplied) {
        public Loaded {
            notes = List.copyOf(notes);
            termsOfReferenceNotApplied = List.copyOf(termsOfReferenceNotApplied);
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
