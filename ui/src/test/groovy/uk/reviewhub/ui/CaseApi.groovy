package uk.reviewhub.ui

import uk.reviewhub.api.learning.LearningThemeView
import uk.reviewhub.api.learning.NewThemeRequest
import uk.reviewhub.api.learning.ThemeAttachRequest
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.HttpClient
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.actionplan.ActionRequest
import uk.reviewhub.api.actionplan.ActionView
import uk.reviewhub.api.auth.SignInRequest
import uk.reviewhub.api.auth.SignInResponse
import uk.reviewhub.api.casereview.*
import uk.reviewhub.api.partnership.AgencyView

import java.time.DayOfWeek
import java.time.LocalDate

/**
 * Case data for the view specs, made through the backend's API as a demo user (the same HTTP API
 * the UI uses), so each spec sets up exactly the cases it shows.
 */
class CaseApi {

    final BlockingHttpClient http
    final String token

    CaseApi(String email) {
        http = HttpClient.create(TestSystem.instance.backend.URL).toBlocking()
        token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(email, TestSystem.DEMO_PASSWORD, null)),
                SignInResponse).accessToken()
    }

    static String uniqueReference(String prefix) {
        "${prefix}-${UUID.randomUUID().toString().substring(0, 6).toUpperCase()}"
    }

    /** A working day {@code n} weekdays before today (ignoring bank holidays: good enough to place a step in the past). */
    static LocalDate weekdaysAgo(int n) {
        LocalDate day = LocalDate.now()
        int left = n
        while (left > 0) {
            day = day.minusDays(1)
            if (day.dayOfWeek != DayOfWeek.SATURDAY && day.dayOfWeek != DayOfWeek.SUNDAY) {
                left--
            }
        }
        day
    }

    CaseView sin(String reference, LocalDate awareOn = weekdaysAgo(3), LocalDate notifiedOn = awareOn) {
        post(ApiPaths.CASES, new CaseRequest(CaseOrigin.SIN, Nature.SERIOUS_HARM, reference, 'AB', AgeBand.AGE_1_TO_5, Sex.FEMALE,
                Ethnicity.WHITE, false, true, null, awareOn, notifiedOn, null), CaseView)
    }

    /** A SIN taken through rapid review, the Panel, an LCSPR decision and commissioning, with one recommendation. */
    CaseView commissioned(String reference) {
        LocalDate day = weekdaysAgo(20)
        CaseView view = sin(reference, day, day)
        view = post(path(ApiPaths.CASE_RAPID_REVIEW, view.id), new RapidReviewRequest(day.plusDays(1), ['Police'], 'Facts', 'Actions',
                'Learning', ReviewKind.LCSPR, day.plusDays(2), null, null, null), CaseView)
        view = post(path(ApiPaths.CASE_DECISION, view.id), new DecisionRequest(ReviewKind.LCSPR, 'Serious harm; learning', 'Partners',
                day.plusDays(3), null), CaseView)
        view = post(path(ApiPaths.CASE_REVIEW, view.id), new CommissionedReviewRequest(ReviewKind.LCSPR, ['Police'], 'Systems',
                'A Reviewer', day.plusDays(4), null, null, null, null, null, null), CaseView)
        post(path(ApiPaths.CASE_RECOMMENDATIONS, view.id), new RecommendationRequest(1, 'Improve information sharing', null), CaseView)
    }

    CaseView milestone(CaseView commissioned, String title, LocalDate dueOn) {
        post(path(ApiPaths.CASE_MILESTONES, commissioned.id), new MilestoneRequest(title, dueOn, null, null), CaseView)
    }

    /** Changes a recommendation's text as someone else would (PUT with the version read). */
    CaseView updateRecommendation(RecommendationView recommendation, String text) {
        http.retrieve(HttpRequest.PUT(ApiPaths.RECOMMENDATION.replace('{recommendationId}', recommendation.id().toString()),
                new RecommendationRequest(recommendation.number(), text, recommendation.version())).bearerAuth(token), CaseView)
    }

    ActionView action(CaseView commissioned, String description, LocalDate dueOn, String agencyName = null) {
        AgencyView agency = agencies().find { agencyName == null || it.name() == agencyName }
        post(path(ApiPaths.CASE_ACTIONS, commissioned.id), new ActionRequest(agency.id(), 'Owner Name', description, dueOn, 0, null,
                null, null, null), ActionView)
    }

    List<AgencyView> agencies() {
        http.retrieve(HttpRequest.GET(ApiPaths.AGENCIES).bearerAuth(token), Argument.listOf(AgencyView))
    }

    CaseView get(UUID caseId) {
        http.retrieve(HttpRequest.GET(path(ApiPaths.CASE, caseId)).bearerAuth(token), CaseView)
    }

    CaseView update(CaseView view, Map changes) {
        Map fields = [origin: view.origin(), nature: view.nature(), laCaseReference: view.laCaseReference(),
                      childIdentifier: view.childIdentifier(), ageBand: view.ageBand(), sex: view.sex(), ethnicity: view.ethnicity(),
                      lookedAfter: view.lookedAfter(), cpPlan: view.cpPlan(), referringAgencyId: view.referringAgencyId(),
                      awareOn: view.awareOn(), notifiedOn: view.notifiedOn(), version: view.version()] + changes
        http.retrieve(HttpRequest.PUT(path(ApiPaths.CASE, view.id()), new CaseRequest(fields.origin as CaseOrigin,
                fields.nature as Nature, fields.laCaseReference as String, fields.childIdentifier as String, fields.ageBand as AgeBand,
                fields.sex as Sex, fields.ethnicity as Ethnicity, fields.lookedAfter as boolean, fields.cpPlan as boolean,
                fields.referringAgencyId as UUID, fields.awareOn as LocalDate, fields.notifiedOn as LocalDate,
                fields.version as Integer)).bearerAuth(token), CaseView)
    }

    /** A learning theme of the partnership's own (as a chair or partnership admin), with a unique code. */
    LearningThemeView theme(String title) {
        post(ApiPaths.LEARNING_THEMES, new NewThemeRequest('ui-' + UUID.randomUUID().toString().substring(0, 8), title), LearningThemeView)
    }

    void attachTheme(UUID caseId, UUID themeId) {
        http.exchange(HttpRequest.POST(path(ApiPaths.CASE_THEMES, caseId), new ThemeAttachRequest(themeId)).bearerAuth(token), String)
    }

    LearningThemeView retire(UUID themeId) {
        post(ApiPaths.LEARNING_THEME_RETIREMENT.replace('{themeId}', themeId.toString()), [:], LearningThemeView)
    }

    void attachReviewTheme(UUID caseId, UUID themeId) {
        http.exchange(HttpRequest.POST(path(ApiPaths.REVIEW_THEMES, caseId), new ThemeAttachRequest(themeId)).bearerAuth(token), String)
    }

    private <T> T post(String path, Object body, Class<T> type) {
        http.retrieve(HttpRequest.POST(path, body).bearerAuth(token), type)
    }

    static String path(String template, UUID caseId) {
        template.replace('{caseId}', caseId.toString())
    }
}
