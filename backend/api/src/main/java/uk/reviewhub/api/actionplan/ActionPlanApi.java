package uk.reviewhub.api.actionplan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/**
 * The Composite Action Plan: the actions of every review, filtered by agency, RAG status, overdue and
 * source (REVIEW or RECOMMENDATION); null filters mean "any".
 */
public interface ActionPlanApi {

    /** A page of the matching actions, by due date; the total is in {@link ApiPaths#TOTAL_COUNT_HEADER}. */
    @Get(ApiPaths.CAP)
    HttpResponse<List<ActionView>> cap(@Nullable @QueryValue UUID agency, @Nullable @QueryValue Rag status,
                                       @Nullable @QueryValue Boolean overdue, @Nullable @QueryValue String source,
                                       @Nullable @QueryValue @Min(0) Integer page,
                                       @Nullable @QueryValue @Min(1) @Max(ApiPaths.MAX_PAGE_SIZE) Integer size);

    /** The same actions as CSV (RFC 4180). */
    @Get(value = ApiPaths.CAP_CSV, produces = "text/csv")
    HttpResponse<String> capCsv(@Nullable @QueryValue UUID agency, @Nullable @QueryValue Rag status,
                                @Nullable @QueryValue Boolean overdue, @Nullable @QueryValue String source);

    /** Adds an action whose source is the case's commissioned review: 201. */
    @Post(ApiPaths.CASE_ACTIONS)
    HttpResponse<ActionView> addToReview(@PathVariable UUID caseId, @Body @Valid ActionRequest request);

    /** Adds an action whose source is a recommendation: 201. */
    @Post(ApiPaths.RECOMMENDATION_ACTIONS)
    HttpResponse<ActionView> addToRecommendation(@PathVariable UUID recommendationId, @Body @Valid ActionRequest request);

    @Get(ApiPaths.ACTION)
    ActionView action(@PathVariable UUID actionId);

    /** Progress, evidence, completion, hand-off, with the version read (409 if stale). */
    @Put(ApiPaths.ACTION)
    ActionView update(@PathVariable UUID actionId, @Body @Valid ActionRequest request);

    /** Overrides the computed RAG status with a reason, or clears the override, with the version read. */
    @Put(ApiPaths.ACTION_RAG_OVERRIDE)
    ActionView override(@PathVariable UUID actionId, @Body @Valid RagOverrideRequest request);
}
