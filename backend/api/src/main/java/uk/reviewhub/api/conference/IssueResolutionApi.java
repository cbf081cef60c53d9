package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * The Issue Resolution Process: a Safeguarding and Reviewing Chair raises an issue about a child's
 * plan or practice; it moves through the stages the partnership's pack sets (skipping stages, never
 * back), each with its response clock, the whole within {@code irp-resolution}; it may be referred to
 * Cafcass; it ends resolved or closed. For the safeguarding service's roles only; who may call each
 * operation is on the controller and in the README's roles table.
 */
public interface IssueResolutionApi {

    @Get(IssuePaths.PROCESS)
    IssueProcessView issueProcess();

    /**
     * The escalation register, open issues first. {@code chairId}: raised by that chair; {@code stage}: at
     * that stage (a stage code); {@code childId}: about that child; {@code open}: only open (true) or only
     * ended (false) issues.
     */
    @Get(IssuePaths.ISSUES)
    List<IssueView> issues(@Nullable @QueryValue UUID chairId, @Nullable @QueryValue @Size(max = 60) String stage,
                           @Nullable @QueryValue UUID childId, @Nullable @QueryValue Boolean open);

    @Post(IssuePaths.ISSUES)
    IssueView raiseIssue(@Body @Valid IssueRequest request);

    @Get(IssuePaths.ISSUE)
    IssueView issue(@PathVariable UUID issueId);

    @Post(IssuePaths.ISSUE_STEPS)
    IssueView issueStep(@PathVariable UUID issueId, @Body @Valid IssueStepRequest request);

    @Put(IssuePaths.ISSUE_OUTCOME)
    IssueView issueOutcome(@PathVariable UUID issueId, @Body @Valid IssueOutcomeRequest request);
}
