package uk.reviewhub.actionplan.domain;

import uk.reviewhub.api.actionplan.Rag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The CAP view's filters; each null one lets everything through. {@code source} is REVIEW, RECOMMENDATION or SCRUTINY. */
public record CapFilter(UUID agency, Rag status, Boolean overdue, String source) implements Predicate<ActionOnPlan> {

    @Override
    public boolean test(ActionOnPlan a) {
        return (agency == null || agency.equals(a.action().agencyId()))
                && (status == null || status == a.rag())
                && (overdue == null || overdue == a.overdue())
                && (source == null || source.equalsIgnoreCase(a.source()));
    }

    /** For the audit log. */
    public Map<String, String> describe() {
        Map<String, String> filters = new LinkedHashMap<>();
        if (agency != null) filters.put("agency", agency.toString());
        if (status != null) filters.put("status", status.name());
        if (overdue != null) filters.put("overdue", overdue.toString());
        if (source != null) filters.put("source", source);
        return filters;
    }
}
