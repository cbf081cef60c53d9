package uk.reviewhub.api.conference;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/**
 * The LADO log: allegations against people who work with children, referred to the designated
 * officer (the clock {@code lado-referral}), their strategy meetings chaired by a Safeguarding and
 * Reviewing Chair, the actions agreed and the outcome. The person is kept by employer sector and
 * role, never by name. For the safeguarding service's roles only; who may call each operation is on
 * the controller and in the README's roles table.
 */
public interface LadoApi {

    @Get(LadoPaths.ALLEGATIONS)
    List<AllegationView> allegations();

    @Post(LadoPaths.ALLEGATIONS)
    AllegationView recordAllegation(@Body @Valid AllegationRequest request);

    @Get(LadoPaths.ALLEGATION)
    AllegationView allegation(@PathVariable UUID allegationId);

    @Put(LadoPaths.ALLEGATION)
    AllegationView changeAllegation(@PathVariable UUID allegationId, @Body @Valid AllegationRequest request);

    @Post(LadoPaths.ALLEGATION_ACTIONS)
    AllegationView addAllegationAction(@PathVariable UUID allegationId, @Body @Valid AllegationActionRequest request);

    @Put(LadoPaths.ALLEGATION_ACTION)
    AllegationView allegationActionDone(@PathVariable UUID actionId, @Body @Valid AllegationActionDoneRequest request);

    @Put(LadoPaths.ALLEGATION_OUTCOME)
    AllegationView allegationOutcome(@PathVariable UUID allegationId, @Body @Valid AllegationOutcomeRequest request);
}
