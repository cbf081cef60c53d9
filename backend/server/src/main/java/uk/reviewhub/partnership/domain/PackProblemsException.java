package uk.reviewhub.partnership.domain;

import uk.reviewhub.pack.PackProblem;

import java.util.List;

/** Stops start-up when a shipped pack is malformed (see {@link PartnershipStartup}). */
public class PackProblemsException extends RuntimeException {
    private final List<PackProblem> problems;

    public PackProblemsException(List<PackProblem> problems) {
        super("Malformed partnership packs; nothing of them was loaded:" + PackLoader.lines(problems));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
