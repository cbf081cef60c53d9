package uk.reviewhub.conference.domain;

import java.util.List;
import java.util.UUID;

/** What the service's reads answer: domain records the API turns into its views at the edge. */
public final class Files {

    private Files() {
    }

    /** A child with the open clock of its open episodes due first (null: none). */
    public record ChildSummary(Child child, ChainStep nextDue) {
    }

    /** An episode with its conferences and its chain. */
    public record EpisodeFile(Episode episode, List<Conference> conferences, List<ChainStep> timeline) {
    }

    /** One open clock of a child's open episode, for a diary or an overdue list. */
    public record DiaryLine(Child child, UUID episodeId, ChainStep step) {
    }

    /** A chair's caseload: children allocated, clocks due in the coming weeks, clocks overdue. */
    public record Caseload(Person chair, int children, int coming, int overdue) {
    }
}
