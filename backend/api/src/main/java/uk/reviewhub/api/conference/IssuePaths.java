package uk.reviewhub.api.conference;

/**
 * The paths of the Issue Resolution Process (a chair's issues about a child's plan or practice),
 * shared by {@link IssueResolutionApi}, its controller and the UI.
 */
public final class IssuePaths {
    /** {@code GET}: the partnership's process: its stages with their clocks, and whether Cafcass referral is offered. */
    public static final String PROCESS = "/api/safeguarding/issue-resolution";
    /** {@code GET}: the escalation register (filters: chair, stage, child, open); {@code POST}: raise an issue. */
    public static final String ISSUES = "/api/safeguarding/issues";
    /** {@code GET}: one issue with its stage, clocks and steps. */
    public static final String ISSUE = "/api/safeguarding/issues/{issueId}";
    /** {@code POST}: a step: escalated to a later stage, a response at the current stage, or referred to Cafcass. */
    public static final String ISSUE_STEPS = "/api/safeguarding/issues/{issueId}/steps";
    /** {@code PUT}: the outcome, resolved or closed (once; nothing after it). */
    public static final String ISSUE_OUTCOME = "/api/safeguarding/issues/{issueId}/outcome";

    private IssuePaths() {
    }
}
