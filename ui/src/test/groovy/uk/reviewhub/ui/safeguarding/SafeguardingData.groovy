package uk.reviewhub.ui.safeguarding

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.HttpClient
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.SignInRequest
import uk.reviewhub.api.auth.SignInResponse
import uk.reviewhub.api.conference.AllegationRequest
import uk.reviewhub.api.conference.AllegationView
import uk.reviewhub.api.conference.AllocationRequest
import uk.reviewhub.api.conference.IssuePaths
import uk.reviewhub.api.conference.IssueRequest
import uk.reviewhub.api.conference.IssueView
import uk.reviewhub.api.conference.LadoPaths
import uk.reviewhub.api.vocabulary.IssueCategory
import uk.reviewhub.api.vocabulary.EmployerSector
import uk.reviewhub.api.conference.ChairCaseload
import uk.reviewhub.api.conference.ChildRequest
import uk.reviewhub.api.conference.ChildView
import uk.reviewhub.api.conference.ConferenceRequest
import uk.reviewhub.api.conference.ConferenceView
import uk.reviewhub.api.conference.EpisodeRequest
import uk.reviewhub.api.conference.EpisodeView
import uk.reviewhub.api.conference.SafeguardingPaths
import uk.reviewhub.api.vocabulary.ConferenceKind
import uk.reviewhub.api.vocabulary.EpisodeKind
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.shell.Dates

import java.time.LocalDate

/**
 * The tri-borough's safeguarding data for the UI specs, made through the backend's HTTP API as one
 * of its demo users (the API the UI uses), so each spec sets up exactly the children it shows.
 */
class SafeguardingData {

    static final String MANAGER = 'manager@tri-borough.demo'
    static final String CHAIR = 'chair@tri-borough.demo'
    static final String CHAIR2 = 'chair2@tri-borough.demo'
    static final String SUPPORT = 'support@tri-borough.demo'

    final BlockingHttpClient http
    final String token

    SafeguardingData(String email) {
        http = HttpClient.create(TestSystem.instance.backend.URL).toBlocking()
        token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(email, TestSystem.DEMO_PASSWORD, null)),
                SignInResponse).accessToken()
    }

    static LocalDate today() {
        LocalDate.now(Dates.LONDON)
    }

    static String reference() {
        'LCS' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase()
    }

    ChildView child(String reference = reference()) {
        http.retrieve(HttpRequest.POST(SafeguardingPaths.CHILDREN, new ChildRequest(reference, 'AB', today().minusYears(5), null,
                'Westminster', null, null)).bearerAuth(token), ChildView)
    }

    /** The chair of the service whose name contains {@code name} (manager or support). */
    ChairCaseload chair(String name) {
        http.retrieve(HttpRequest.GET(SafeguardingPaths.CHAIRS).bearerAuth(token), Argument.listOf(ChairCaseload))
                .find { it.chair().name().contains(name) }
    }

    /** As the manager: a new child allocated to the chair named {@code chairName}. */
    ChildView allocatedChild(String chairName = 'Avery') {
        ChildView child = child()
        http.exchange(HttpRequest.POST(at(SafeguardingPaths.CHILD_ALLOCATIONS, child.id()),
                new AllocationRequest(chair(chairName).chair().id(), null, null)).bearerAuth(token), String)
        child
    }

    EpisodeView episode(UUID childId, EpisodeKind kind, LocalDate startedOn) {
        http.retrieve(HttpRequest.POST(at(SafeguardingPaths.CHILD_EPISODES, childId), new EpisodeRequest(kind, startedOn))
                .bearerAuth(token), EpisodeView)
    }

    List<EpisodeView> episodes(UUID childId) {
        http.retrieve(HttpRequest.GET(at(SafeguardingPaths.CHILD_EPISODES, childId)).bearerAuth(token), Argument.listOf(EpisodeView))
    }

    ConferenceView conference(UUID episodeId, ConferenceKind kind, LocalDate plannedOn) {
        http.retrieve(HttpRequest.POST(SafeguardingPaths.EPISODE_CONFERENCES.replace('{episodeId}', episodeId.toString()),
                new ConferenceRequest(kind, plannedOn, false)).bearerAuth(token), ConferenceView)
    }

    /** As the manager or support: an allegation of the LADO log whose strategy meeting was yesterday, chaired by {@code chairName}. */
    AllegationView allegation(String chairName = 'Avery', String role = 'Teaching assistant') {
        http.retrieve(HttpRequest.POST(LadoPaths.ALLEGATIONS, new AllegationRequest(null, today().minusDays(5), today().minusDays(4),
                EmployerSector.EDUCATION, role, today().minusDays(1), chair(chairName).chair().id(), null, null)).bearerAuth(token),
                AllegationView)
    }

    List<AllegationView> allegations() {
        http.retrieve(HttpRequest.GET(LadoPaths.ALLEGATIONS).bearerAuth(token), Argument.listOf(AllegationView))
    }

    /** As a chair: an issue of the Issue Resolution Process about {@code childId}, raised {@code daysAgo} days ago at {@code stage}. */
    IssueView issue(UUID childId, String summary, int daysAgo = 1, String stage = null) {
        http.retrieve(HttpRequest.POST(IssuePaths.ISSUES, new IssueRequest(childId, IssueCategory.CARE_PLAN, summary,
                today().minusDays(daysAgo), stage, true)).bearerAuth(token), IssueView)
    }

    IssueView issue(UUID issueId) {
        http.retrieve(HttpRequest.GET(IssuePaths.ISSUE.replace('{issueId}', issueId.toString())).bearerAuth(token), IssueView)
    }

    List<ChildView> children() {
        http.retrieve(HttpRequest.GET(SafeguardingPaths.CHILDREN).bearerAuth(token), Argument.listOf(ChildView))
    }

    private static String at(String template, UUID childId) {
        template.replace('{childId}', childId.toString())
    }
}
