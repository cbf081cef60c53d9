package uk.reviewhub.api.partnership;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/** Editing a group's terms of reference (partnership admins write; the partnership's people read). */
public interface TermsOfReferenceApi {

    /** Writes a new version over the version read (409 if stale). */
    @Put(ApiPaths.GROUP_TERMS_OF_REFERENCE)
    TermsOfReferenceState updateTermsOfReference(@PathVariable UUID groupId, @Body @Valid TermsOfReferenceUpdate update);

    /** Every version, newest first, each with the review reminder. */
    @Get(ApiPaths.GROUP_TERMS_OF_REFERENCE_VERSIONS)
    List<TermsOfReferenceState> termsOfReferenceVersions(@PathVariable UUID groupId);
}
