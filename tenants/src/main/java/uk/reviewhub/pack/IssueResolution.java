package uk.reviewhub.pack;

import java.util.List;

/**
 * The partnership's Issue Resolution Process, when its pack turns it on with {@code issueResolution:}:
 * how a chair's issue about a child's plan or practice is escalated. The stages are in order of
 * seniority (an informal stage first, then formal levels); an issue moves forward through them and may
 * skip stages, never go back. Each stage's response deadline is a clock of the catalogue (its rule may be
 * set in the pack's {@code clocks:}); the whole process is the clock {@code irp-resolution}.
 *
 * @param stages          in order, at least one
 * @param cafcassReferral whether an issue may be referred to Cafcass (looked-after children's issues the
 *                        process did not resolve)
 */
public record IssueResolution(List<Stage> stages, boolean cafcassReferral) {

    /** The clock of the whole process, from the day the issue was raised. */
    public static final String RESOLUTION_CLOCK = "irp-resolution";

    public IssueResolution {
        stages = List.copyOf(stages);
    }

    /**
     * One stage.
     *
     * @param code   unique within the process, e.g. {@code team-manager}
     * @param name   as the chair reads it, e.g. "Team manager"
     * @param formal false for the informal stage(s)
     * @param clock  the code of the clock of the stage's response deadline, from the day the issue reached it
     */
    public record Stage(String code, String name, boolean formal, String clock) {
    }
}
