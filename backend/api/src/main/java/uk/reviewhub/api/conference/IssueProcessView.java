package uk.reviewhub.api.conference;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The partnership's Issue Resolution Process, from its pack: whether it runs one, the stages in order
 * with each response clock (code and rule in words), the whole process's rule ({@code irp-resolution}),
 * and whether referral to Cafcass is offered.
 */
@Serdeable
public record IssueProcessView(boolean enabled, List<Stage> stages, String resolutionRule, boolean cafcassReferral) {

    /** A stage: code, name, formal or not, and its response clock. */
    @Serdeable
    public record Stage(String code, String name, boolean formal, String clock, String rule) {
    }
}
