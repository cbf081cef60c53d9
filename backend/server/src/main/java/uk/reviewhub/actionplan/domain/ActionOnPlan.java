package uk.reviewhub.actionplan.domain;

import uk.reviewhub.api.actionplan.Rag;

/**
 * An action as the Composite Action Plan shows it: the stored action, its source (REVIEW, RECOMMENDATION or
 * SCRUTINY), the RAG status shown (the override when there is one, else {@code computedRag}), whether it is
 * overdue, and whether the reader may record its progress.
 */
public record ActionOnPlan(CapAction action, String source, Rag rag, Rag computedRag, boolean overdue, boolean mayReport) {
}
