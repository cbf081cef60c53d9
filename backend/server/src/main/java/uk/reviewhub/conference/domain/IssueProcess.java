package uk.reviewhub.conference.domain;

import uk.reviewhub.pack.IssueResolution;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The partnership's Issue Resolution Process as its pack set it (stored on the partnership at the
 * pack's load): the stages in order and whether Cafcass referral is offered. {@link #NONE} when the
 * pack runs none.
 */
public record IssueProcess(List<IssueResolution.Stage> stages, boolean cafcassReferral) {

    public static final IssueProcess NONE = new IssueProcess(List.of(), false);

    public IssueProcess {
        stages = List.copyOf(stages);
    }

    public boolean enabled() {
        return !stages.isEmpty();
    }

    /** The position of the stage {@code code} in the process, if it is one of its stages. */
    public Optional<Integer> position(String code) {
        return IntStream.range(0, stages.size()).filter(i -> stages.get(i).code().equals(code)).boxed().findFirst();
    }

    /** The stage {@code code}, or a stand-in named by its code when the pack no longer has it. */
    public IssueResolution.Stage stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElse(new IssueResolution.Stage(code, code, true, IssueResolution.RESOLUTION_CLOCK));
    }
}
