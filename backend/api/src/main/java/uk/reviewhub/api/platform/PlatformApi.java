package uk.reviewhub.api.platform;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/**
 * The platform console, for platform admins only: every partnership with its status and counts (no
 * case data), suspending and reactivating one, exporting its data as an archive, and offboarding it
 * (export, then deletion after a grace period, cancellable until then).
 */
public interface PlatformApi {

    String PARTNERSHIPS = "/api/platform/partnerships";
    String PARTNERSHIP = "/api/platform/partnerships/{partnershipId}";
    String SUSPENSION = "/api/platform/partnerships/{partnershipId}/suspension";
    String REACTIVATION = "/api/platform/partnerships/{partnershipId}/reactivation";
    /** A zip: the partnership's pack in YAML (loadable as a pack) and its records as JSON, one file per table. */
    String EXPORT = "/api/platform/partnerships/{partnershipId}/export";
    String OFFBOARDING = "/api/platform/partnerships/{partnershipId}/offboarding";
    String OFFBOARDING_CANCELLATION = "/api/platform/partnerships/{partnershipId}/offboarding/cancellation";
    String DELETION = "/api/platform/partnerships/{partnershipId}/deletion";
    String EVENTS = "/api/platform/events";
    String ZIP = "application/zip";

    @Get(PARTNERSHIPS)
    List<PlatformPartnershipView> partnerships();

    @Get(PARTNERSHIP)
    PlatformPartnershipView partnership(@PathVariable UUID partnershipId);

    @Post(SUSPENSION)
    PlatformPartnershipView suspend(@PathVariable UUID partnershipId, @Body @Valid ReasonRequest request);

    @Post(REACTIVATION)
    PlatformPartnershipView reactivate(@PathVariable UUID partnershipId, @Body @Valid ReasonRequest request);

    @Get(value = EXPORT, produces = ZIP)
    HttpResponse<byte[]> export(@PathVariable UUID partnershipId);

    @Post(OFFBOARDING)
    PlatformPartnershipView startOffboarding(@PathVariable UUID partnershipId, @Body @Valid ReasonRequest request);

    @Post(OFFBOARDING_CANCELLATION)
    PlatformPartnershipView cancelOffboarding(@PathVariable UUID partnershipId, @Body @Valid ReasonRequest request);

    @Post(DELETION)
    PlatformEventView delete(@PathVariable UUID partnershipId, @Body @Valid DeletionRequest request);

    /** The newest 500 entries of the platform's record, newest first. */
    @Get(EVENTS)
    List<PlatformEventView> events();
}
