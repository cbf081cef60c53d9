package uk.reviewhub.platform.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.platform.DeletionRequest;
import uk.reviewhub.api.platform.PlatformApi;
import uk.reviewhub.api.platform.PlatformEventView;
import uk.reviewhub.api.platform.PlatformPartnershipView;
import uk.reviewhub.api.platform.ReasonRequest;
import uk.reviewhub.platform.domain.PartnershipArchive;
import uk.reviewhub.platform.domain.PartnershipSummary;
import uk.reviewhub.platform.domain.PlatformConsole;
import uk.reviewhub.platform.domain.PlatformEvent;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The platform console, for platform admins only (who have no partnership and never see a case):
 * see {@link PlatformConsole} for the rules and {@link PartnershipArchive} for the export.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PLATFORM_ADMIN)
@Tag(name = "Platform console")
class PlatformController implements PlatformApi {

    private final PlatformConsole console;
    private final PartnershipArchive archive;
    private final SecurityService security;

    PlatformController(PlatformConsole console, PartnershipArchive archive, SecurityService security) {
        this.console = console;
        this.archive = archive;
        this.security = security;
    }

    @Override
    @Operation(summary = "Every partnership with its status and counts (people, groups, meetings, open reviews); no case data")
    public List<PlatformPartnershipView> partnerships() {
        return console.partnerships().stream().map(PlatformController::view).toList();
    }

    @Override
    @Operation(summary = "One partnership's status and counts")
    public PlatformPartnershipView partnership(UUID partnershipId) {
        return view(console.partnership(partnershipId));
    }

    @Override
    @Operation(summary = "Suspend an active partnership (nobody of it signs in; its data is kept), with a reason")
    public PlatformPartnershipView suspend(UUID partnershipId, ReasonRequest request) {
        return view(console.suspend(user(), partnershipId, request.reason()));
    }

    @Override
    @Operation(summary = "Reactivate a suspended partnership, with a reason")
    public PlatformPartnershipView reactivate(UUID partnershipId, ReasonRequest request) {
        return view(console.reactivate(user(), partnershipId, request.reason()));
    }

    @Override
    @Operation(summary = "The partnership's data as a zip: its pack in YAML and its records as JSON, one file per table")
    public HttpResponse<byte[]> export(UUID partnershipId) {
        PartnershipArchive.Archive zip = archive.export(user(), partnershipId);
        return HttpResponse.ok(zip.zip()).contentType(MediaType.of(ZIP))
                .header("Content-Disposition", "attachment; filename=\"" + zip.fileName() + "\"");
    }

    @Override
    @Operation(summary = "Start offboarding (after an export in the last 24 hours): deletion after the grace period, cancellable until then")
    public PlatformPartnershipView startOffboarding(UUID partnershipId, ReasonRequest request) {
        return view(console.startOffboarding(user(), partnershipId, request.reason()));
    }

    @Override
    @Operation(summary = "Cancel an offboarding during its grace period (the partnership stays suspended)")
    public PlatformPartnershipView cancelOffboarding(UUID partnershipId, ReasonRequest request) {
        return view(console.cancelOffboarding(user(), partnershipId, request.reason()));
    }

    @Override
    @Operation(summary = "Delete an offboarded partnership's data now; only after its grace period, naming it to confirm")
    public PlatformEventView delete(UUID partnershipId, DeletionRequest request) {
        return view(console.deleteNow(user(), partnershipId, request.confirmSlug()));
    }

    @Override
    @Operation(summary = "The platform's record of what was done to partnerships, newest first (500 entries)")
    public List<PlatformEventView> events() {
        return console.events().stream().map(PlatformController::view).toList();
    }

    private UUID user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }

    static PlatformPartnershipView view(PartnershipSummary p) {
        return new PlatformPartnershipView(p.id(), p.slug(), p.name(), p.status(), p.status().label(), p.statusReason(),
                utc(p.statusChangedAt()), utc(p.deleteAfter()), utc(p.createdAt()), p.members(), p.groups(), p.meetings(),
                p.openReviews());
    }

    static PlatformEventView view(PlatformEvent e) {
        return new PlatformEventView(e.id(), utc(e.occurredAt()), e.actorId(), e.partnershipId(), e.partnershipSlug(),
                e.partnershipName(), e.action(), e.action().label(), e.reason(), e.detail());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
