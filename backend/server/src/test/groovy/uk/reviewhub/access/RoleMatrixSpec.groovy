package uk.reviewhub.access

import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.web.router.Router
import io.micronaut.web.router.UriRouteInfo
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.conference.IssuePaths
import uk.reviewhub.api.conference.LadoPaths
import uk.reviewhub.api.conference.SafeguardingPaths
import uk.reviewhub.api.national.ComparatorsApi
import uk.reviewhub.api.national.NationalApi
import uk.reviewhub.api.onboarding.SetupChecklistApi
import uk.reviewhub.api.onboarding.PlatformRegistrationsApi
import uk.reviewhub.api.mail.PlatformMailApi
import uk.reviewhub.api.platform.PlatformApi
import uk.reviewhub.api.scrutiny.ScrutinyPaths
import uk.reviewhub.api.scrutiny.ScrutinyReportPaths
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.security.DenyByDefaultSpec
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.time.LocalDate
import java.time.ZoneId

/**
 * The role matrix: every operation of the API (walked from the router, as {@link DenyByDefaultSpec}
 * does) called by each kind of person, against one table of who may call it. A person the table
 * allows is never refused (neither 401 nor 403: with made-up ids, 404 or 400 are the usual
 * answers); a person it does not allow gets 403; a person whose role ended gets 401 everywhere.
 * An operation missing from the table (a new endpoint) fails the spec, and so does an entry for
 * an operation that no longer exists. The README's roles table states the same rules in words.
 */
class RoleMatrixSpec extends IntegrationSpec {

    /** Who may call each operation: partnership roles by short name, or 'anyone' signed in. Public operations are in DenyByDefaultSpec. */
    static final List<List<String>> RULES = [
            ['GET',    ApiPaths.CAP,                                   'chair vice member support'],
            ['GET',    ApiPaths.CAP_CSV,                               'chair vice member support'],
            ['POST',   ApiPaths.CASE_ACTIONS,                          'chair vice'],
            ['POST',   ApiPaths.RECOMMENDATION_ACTIONS,                'chair vice'],
            ['GET',    ApiPaths.ACTION,                                'chair vice member support'],
            ['PUT',    ApiPaths.ACTION,                                'chair vice member support'],
            ['PUT',    ApiPaths.ACTION_RAG_OVERRIDE,                   'chair vice'],
            ['GET',    ApiPaths.AUDIT,                                 'admin'],
            ['GET',    ApiPaths.CASES,                                 'chair vice member support'],
            ['POST',   ApiPaths.CASES,                                 'chair vice support'],
            ['GET',    ApiPaths.CASE,                                  'chair vice member support'],
            ['PUT',    ApiPaths.CASE,                                  'chair vice support'],
            ['GET',    ApiPaths.CASE_TIMELINE,                         'chair vice member support'],
            ['POST',   ApiPaths.CASE_RAPID_REVIEW,                     'chair vice support'],
            ['PUT',    ApiPaths.CASE_RAPID_REVIEW,                     'chair vice support'],
            ['POST',   ApiPaths.CASE_DECISION,                         'chair vice'],
            ['PUT',    ApiPaths.CASE_DECISION,                         'chair vice'],
            ['POST',   ApiPaths.CASE_REVIEW,                           'chair vice'],
            ['PUT',    ApiPaths.CASE_REVIEW,                           'chair vice support'],
            ['POST',   ApiPaths.CASE_MILESTONES,                       'chair vice support'],
            ['PUT',    ApiPaths.MILESTONE,                             'chair vice support'],
            ['POST',   ApiPaths.CASE_RECOMMENDATIONS,                  'chair vice'],
            ['PUT',    ApiPaths.RECOMMENDATION,                        'chair vice'],
            ['GET',    ApiPaths.DASHBOARD,                             'chair vice member support'],
            ['GET',    ApiPaths.TERMS_OF_REFERENCE_DOCUMENT,           'admin chair vice member support'],
            ['GET',    ApiPaths.TEMPLATES,                             'admin'],
            ['GET',    ApiPaths.TEMPLATE,                              'admin'],
            ['GET',    ApiPaths.TEMPLATE_VERSIONS,                     'admin'],
            ['GET',    ApiPaths.TEMPLATE_SAMPLE,                       'admin'],
            ['POST',   ApiPaths.TEMPLATE_PREVIEW,                      'admin'],
            ['PUT',    ApiPaths.TEMPLATE,                              'admin'],
            ['POST',   ApiPaths.SIGN_OUT,                              'anyone'],
            ['GET',    ApiPaths.ME,                                    'anyone'],
            ['POST',   ApiPaths.SWITCH_PARTNERSHIP,                    'anyone'],
            ['GET',    ApiPaths.INVITATIONS,                           'admin'],
            ['POST',   ApiPaths.INVITATIONS,                           'admin'],
            ['GET',    ApiPaths.SSO_SETTINGS,                          'admin'],
            ['PUT',    ApiPaths.SSO_SETTINGS,                          'admin'],
            ['POST',   ApiPaths.INVITATION_RESEND,                     'admin'],
            ['POST',   ApiPaths.INVITATION_REVOKE,                     'admin'],
            ['GET',    ApiPaths.LEARNING_THEMES,                       'admin chair vice member support'],
            ['GET',    ApiPaths.LEARNING_THEME_SUMMARY,                'chair vice member support'],
            ['POST',   ApiPaths.CASE_THEMES,                           'chair vice support'],
            ['POST',   ApiPaths.REVIEW_THEMES,                         'chair vice support'],
            ['GET',    ApiPaths.CASE_THEMES,                           'chair vice member support'],
            ['GET',    ApiPaths.REVIEW_THEMES,                         'chair vice member support'],
            ['DELETE', ApiPaths.CASE_THEME,                            'chair vice support'],
            ['DELETE', ApiPaths.REVIEW_THEME,                          'chair vice support'],
            ['POST',   ApiPaths.LEARNING_THEMES,                       'admin chair vice'],
            ['PUT',    ApiPaths.LEARNING_THEME,                        'admin chair vice'],
            ['POST',   ApiPaths.LEARNING_THEME_RETIREMENT,             'admin chair vice'],
            ['GET',    ApiPaths.OUTBOX,                                'admin support'],
            ['POST',   ApiPaths.CALENDAR_FEEDS,                        'admin chair vice member support'],
            ['GET',    ApiPaths.CALENDAR_FEEDS,                        'admin chair vice member support cpchair cpmanager cpsupport scrutineer'],
            ['DELETE', ApiPaths.CALENDAR_FEED,                         'admin chair vice member support cpchair cpmanager cpsupport scrutineer'],
            ['GET',    ApiPaths.CHAIR_DAYS,                            'admin chair vice support'],
            ['POST',   ApiPaths.CHAIR_DAYS,                            'chair vice support'],
            ['GET',    ApiPaths.CHAIR_DAYS_TIMESHEET,                  'admin chair vice support'],
            ['GET',    ApiPaths.FOLLOW_UPS,                            'admin chair vice support'],
            ['POST',   ApiPaths.FOLLOW_UP_DONE,                        'chair vice support'],
            ['GET',    ApiPaths.FOLLOW_UP_LETTER,                      'admin chair vice support'],
            ['GET',    ApiPaths.GROUP_MEETINGS,                        'admin chair vice member support'],
            ['POST',   ApiPaths.GROUP_MEETINGS_GENERATE,               'admin chair vice support'],
            ['POST',   ApiPaths.GROUP_MEETINGS,                        'admin chair vice support'],
            ['GET',    ApiPaths.GROUP_PERFORMANCE,                     'admin chair vice member support'],
            ['GET',    ApiPaths.GROUP_ACTIONS,                         'admin chair vice member support'],
            ['GET',    ApiPaths.GROUP_DECISIONS,                       'admin chair vice member support'],
            ['POST',   ApiPaths.MEETING_ACTION_STATUS,                 'chair vice support'],
            ['GET',    ApiPaths.MEETING,                               'admin chair vice member support'],
            ['POST',   ApiPaths.MEETING_MOVE,                          'admin chair vice support'],
            ['POST',   ApiPaths.MEETING_CANCEL,                        'admin chair vice support'],
            ['POST',   ApiPaths.MEETING_HELD,                          'admin chair vice support'],
            ['GET',    ApiPaths.MEETING_CHANGES,                       'admin chair vice member support'],
            ['GET',    ApiPaths.MEETING_ATTENDANCE,                    'admin chair vice member support'],
            ['PUT',    ApiPaths.MEETING_ATTENDANCE_SEAT,               'chair vice support'],
            ['GET',    ApiPaths.MEETING_QUORUM,                        'admin chair vice member support'],
            ['GET',    ApiPaths.MEETING_AGENDA,                        'admin chair vice member support'],
            ['POST',   ApiPaths.MEETING_AGENDA_ITEMS,                  'admin chair vice member support'],
            ['POST',   ApiPaths.MEETING_AGENDA_ITEM_DECISION,          'chair vice'],
            ['PUT',    ApiPaths.MEETING_AGENDA_ORDER,                  'chair vice'],
            ['GET',    ApiPaths.MEETING_AGENDA_PUBLICATIONS,           'admin chair vice member support'],
            ['POST',   ApiPaths.MEETING_AGENDA_PUBLICATIONS,           'chair vice'],
            ['GET',    ApiPaths.MEETING_MINUTES,                       'admin chair vice member support'],
            ['PUT',    ApiPaths.MEETING_MINUTES,                       'chair vice support'],
            ['POST',   ApiPaths.MEETING_MINUTES_APPROVE,               'chair vice'],
            ['POST',   ApiPaths.MEETING_MINUTES_AMENDMENTS,            'chair vice'],
            ['POST',   ApiPaths.MEETING_MINUTES_CIRCULATE,             'chair vice support'],
            ['GET',    ApiPaths.MEETING_ACTIONS,                       'admin chair vice member support'],
            ['POST',   ApiPaths.MEETING_ACTIONS,                       'chair vice support'],
            ['GET',    ApiPaths.MEETING_AGENDA_DOCUMENT,               'admin chair vice member support'],
            ['GET',    ApiPaths.MEETING_MINUTES_DOCUMENT,              'admin chair vice member support'],
            ['POST',   ApiPaths.AGENDA_ITEM_PAPERS,                    'chair vice member support'],
            ['GET',    ApiPaths.AGENDA_ITEM_PAPERS,                    'chair vice member support'],
            ['GET',    ApiPaths.PAPER,                                 'chair vice member support'],
            ['GET',    ApiPaths.GROUP_PERFORMANCE_REPORT,              'admin chair vice member support'],
            ['POST',   ApiPaths.GROUP_MEMBERS,                         'admin'],
            ['PUT',    ApiPaths.GROUP_MEMBER,                          'admin'],
            ['POST',   ApiPaths.GROUP_MEMBER_END,                      'admin'],
            ['GET',    ApiPaths.GROUP_MEMBER_HISTORY,                  'admin chair vice member support'],
            ['GET',    ApiPaths.GROUP_MEMBERS_HISTORY,                 'admin chair vice member support'],
            ['GET',    ApiPaths.PARTNERSHIP_PEOPLE,                    'admin'],
            ['POST',   ApiPaths.AGENCIES,                              'admin'],
            ['PUT',    ApiPaths.AGENCY,                                'admin'],
            ['GET',    ApiPaths.AGENCY_HISTORY,                        'admin chair vice member support'],
            ['GET',    ApiPaths.PARTNERSHIP_ROLES,                     'admin'],
            ['PUT',    ApiPaths.PARTNERSHIP_ROLE,                      'admin'],
            ['POST',   ApiPaths.PARTNERSHIP_ROLE_END,                  'admin'],
            ['GET',    ApiPaths.PARTNERSHIP_ROLE_HISTORY,              'admin'],
            ['GET',    ApiPaths.PARTNERSHIP,                           'admin chair vice member support'],
            ['GET',    ApiPaths.AGENCIES,                              'admin chair vice member support cpchair cpmanager cpsupport'],
            ['GET',    ApiPaths.GROUPS,                                'admin chair vice member support'],
            ['GET',    ApiPaths.GROUP_MEMBERS,                         'admin chair vice member support'],
            ['GET',    ApiPaths.GROUP_TERMS_OF_REFERENCE,              'admin chair vice member support'],
            ['PUT',    ApiPaths.GROUP_TERMS_OF_REFERENCE,              'admin'],
            ['GET',    ApiPaths.GROUP_TERMS_OF_REFERENCE_VERSIONS,     'admin chair vice member support'],
            ['GET',    ApiPaths.REMINDERS,                             'admin'],
            ['GET',    ApiPaths.CALENDAR_DUE,                          'anyone'],
            ['GET',    ApiPaths.CALENDAR_CLOCKS,                       'anyone'],
            // the safeguarding service (issue 9): its own roles only
            ['GET',    SafeguardingPaths.CHILDREN,                     'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.CHILDREN,                     'cpmanager cpsupport'],
            ['GET',    SafeguardingPaths.CHILD,                        'cpchair cpmanager cpsupport'],
            ['PUT',    SafeguardingPaths.CHILD,                        'cpmanager cpsupport'],
            ['GET',    SafeguardingPaths.CHILD_ALLOCATIONS,            'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.CHILD_ALLOCATIONS,            'cpmanager'],
            ['GET',    SafeguardingPaths.CHILD_EPISODES,               'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.CHILD_EPISODES,               'cpchair cpmanager cpsupport'],
            ['GET',    SafeguardingPaths.EPISODE,                      'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.EPISODE_EVENTS,               'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.EPISODE_CONFERENCES,          'cpchair cpmanager cpsupport'],
            ['GET',    SafeguardingPaths.CONFERENCE,                   'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.CONFERENCE_HELD,              'cpchair cpsupport'],
            ['POST',   SafeguardingPaths.CONFERENCE_INVITEES,          'cpchair cpsupport'],
            ['PUT',    SafeguardingPaths.INVITEE,                      'cpchair cpsupport'],
            ['GET',    SafeguardingPaths.CONFERENCE_QUORUM,            'cpchair cpmanager cpsupport'],
            ['PUT',    SafeguardingPaths.CONFERENCE_PARTICIPATION,     'cpchair cpsupport'],
            ['PUT',    SafeguardingPaths.CONFERENCE_OUTCOME,           'cpchair'],
            ['POST',   SafeguardingPaths.CONFERENCE_ACTIONS,           'cpchair'],
            ['PUT',    SafeguardingPaths.ACTION,                       'cpchair cpsupport'],
            ['GET',    SafeguardingPaths.CONFERENCE_RECORDS,           'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.CONFERENCE_RECORDS,           'cpchair cpsupport'],
            ['GET',    SafeguardingPaths.RECORD_DOCUMENT,              'cpchair cpmanager cpsupport'],
            ['GET',    SafeguardingPaths.CHAIRS,                       'cpmanager cpsupport'],
            ['GET',    SafeguardingPaths.DIARY,                        'cpchair cpmanager cpsupport'],
            ['POST',   SafeguardingPaths.CALENDAR_FEED,                'cpchair cpmanager cpsupport'],
            // the LADO log (issue 9 item 8)
            ['GET',    LadoPaths.ALLEGATIONS,                          'cpchair cpmanager cpsupport'],
            ['POST',   LadoPaths.ALLEGATIONS,                          'cpmanager cpsupport'],
            ['GET',    LadoPaths.ALLEGATION,                           'cpchair cpmanager cpsupport'],
            ['PUT',    LadoPaths.ALLEGATION,                           'cpmanager cpsupport'],
            ['POST',   LadoPaths.ALLEGATION_ACTIONS,                   'cpchair cpsupport'],
            ['PUT',    LadoPaths.ALLEGATION_ACTION,                    'cpchair cpsupport'],
            ['PUT',    LadoPaths.ALLEGATION_OUTCOME,                   'cpchair'],
            // the Issue Resolution Process (issue 9 item 7)
            ['GET',    IssuePaths.PROCESS,                             'cpchair cpmanager cpsupport'],
            ['GET',    IssuePaths.ISSUES,                              'cpchair cpmanager cpsupport'],
            ['POST',   IssuePaths.ISSUES,                              'cpchair'],
            ['GET',    IssuePaths.ISSUE,                               'cpchair cpmanager cpsupport'],
            ['POST',   IssuePaths.ISSUE_STEPS,                         'cpchair cpsupport'],
            ['PUT',    IssuePaths.ISSUE_OUTCOME,                       'cpchair'],
            // independent scrutiny (issue 12): the scrutineers work; the admin, chair and vice chair read
            ['GET',    ScrutinyPaths.PROGRAMME,                        'scrutineer admin chair vice'],
            ['GET',    ScrutinyPaths.SETTINGS,                         'scrutineer admin chair vice'],
            ['POST',   ScrutinyPaths.PIECES,                           'scrutineer'],
            ['GET',    ScrutinyPaths.PIECE,                            'scrutineer admin chair vice'],
            ['PUT',    ScrutinyPaths.PIECE,                            'scrutineer'],
            ['GET',    ScrutinyPaths.PIECE_FINDINGS,                   'scrutineer admin chair vice'],
            ['POST',   ScrutinyPaths.PIECE_FINDINGS,                   'scrutineer'],
            ['POST',   ScrutinyPaths.FINDING_RECOMMENDATIONS,          'scrutineer'],
            ['POST',   ScrutinyPaths.PIECE_STATUS,                     'scrutineer'],
            ['POST',   ScrutinyPaths.PIECE_DAYS,                       'scrutineer'],
            ['GET',    ScrutinyPaths.PIECE_OBSERVATIONS,               'scrutineer admin chair vice'],
            ['POST',   ScrutinyPaths.PIECE_OBSERVATIONS,               'scrutineer'],
            ['GET',    ScrutinyPaths.FRAMEWORK,                        'scrutineer admin chair vice'],
            ['POST',   ScrutinyPaths.FRAMEWORK,                        'scrutineer'],
            ['GET',    ScrutinyPaths.FRAMEWORK_VERSIONS,               'scrutineer admin chair vice'],
            ['GET',    ScrutinyPaths.FRAMEWORK_VERSION,                'scrutineer admin chair vice'],
            ['GET',    ScrutinyPaths.SCHEDULE,                         'scrutineer admin chair vice'],
            ['POST',   ScrutinyPaths.PIECE_SCHEDULE,                   'scrutineer'],
            ['POST',   ScrutinyPaths.SCHEDULED_CANCELLATION,           'scrutineer'],
            ['POST',   ScrutinyPaths.SCHEDULE_FEED,                    'scrutineer'],
            ['GET',    ScrutinyPaths.PIECE_EVIDENCE,                   'scrutineer admin chair vice'],
            ['POST',   ScrutinyPaths.PIECE_EVIDENCE,                   'scrutineer'],
            // scrutiny's reports (issue 12 item 7): whoever reads the pieces downloads them
            ['GET',    ScrutinyReportPaths.PIECE_REPORT,               'scrutineer admin chair vice'],
            ['GET',    ScrutinyReportPaths.ANNUAL_SUMMARY,             'scrutineer admin chair vice'],
            ['GET',    ScrutinyReportPaths.ANNUAL_SUMMARY_FILE,        'scrutineer admin chair vice'],
            ['GET',    NationalApi.NATIONAL,                           'national platform'],
            ['GET',    NationalApi.NATIONAL_PARTNERSHIPS,              'national platform'],
            ['GET',    NationalApi.NATIONAL_AREA,                      'national platform'],
            ['GET',    NationalApi.NATIONAL_EXPORT,                    'national platform'],
            ['GET',    NationalApi.NATIONAL_CHART,                     'national platform'],
            ['GET',    NationalApi.OWN_COMPARISON,                     'admin chair vice member support'],
            ['GET',    NationalApi.OWN_COMPARISON_EXPORT,              'admin chair vice member support'],
            ['GET',    ComparatorsApi.COMPARATORS,                     'admin chair vice member support'],
            ['PUT',    ComparatorsApi.COMPARATORS,                     'admin'],
            // self-service onboarding (issue 11): the public calls are in DenyByDefaultSpec.PUBLIC
            ['GET',    SetupChecklistApi.CHECKLIST,                        'admin'],
            ['GET',    PlatformRegistrationsApi.REGISTRATIONS,         'platform'],
            ['POST',   PlatformRegistrationsApi.APPROVAL,              'platform'],
            ['POST',   PlatformRegistrationsApi.REJECTION,             'platform'],
            // the platform console (issue 11 item 7): platform admins only
            ['GET',    PlatformApi.PARTNERSHIPS,                       'platform'],
            ['GET',    PlatformApi.PARTNERSHIP,                        'platform'],
            ['POST',   PlatformApi.SUSPENSION,                         'platform'],
            ['POST',   PlatformApi.REACTIVATION,                       'platform'],
            ['GET',    PlatformApi.EXPORT,                             'platform'],
            ['POST',   PlatformApi.OFFBOARDING,                        'platform'],
            ['POST',   PlatformApi.OFFBOARDING_CANCELLATION,           'platform'],
            ['POST',   PlatformApi.DELETION,                           'platform'],
            ['GET',    PlatformApi.EVENTS,                             'platform'],
            ['GET',    PlatformMailApi.PLATFORM_OUTBOX,                'platform'],
    ]

    /** The kinds of person, by short name, with the partnership role or platform role they hold. */
    static final Map<String, String> PEOPLE = [admin: 'PARTNERSHIP_ADMIN', chair: 'CHAIR', vice: 'VICE_CHAIR', member: 'MEMBER',
                                               support: 'BUSINESS_SUPPORT', national: 'NATIONAL_VIEWER', platform: 'PLATFORM_ADMIN',
                                               ended: 'MEMBER', cpchair: 'SAFEGUARDING_CHAIR', cpmanager: 'SAFEGUARDING_MANAGER',
                                               cpsupport: 'SAFEGUARDING_SUPPORT', scrutineer: 'SCRUTINEER']

    @Inject AccessTokens accessTokens
    @Inject Router router

    @Inject
    @Client('/')
    HttpClient client

    static String key(String method, String template) {
        "$method $template".toString()
    }

    Map<String, String> tokens() {
        UUID tenant = TestUsers.partnership("matrix-${UUID.randomUUID().toString().substring(0, 8)}")
        Map<String, String> tokens = [:]
        PEOPLE.each { who, role ->
            boolean platform = role in ['NATIONAL_VIEWER', 'PLATFORM_ADMIN']
            UUID user = TestUsers.user(name: "Matrix $who", platformRoles: platform ? [role] : [])
            if (!platform) {
                TestUsers.member(user, tenant, [role])
            }
            tokens[who] = accessTokens.issue(user, platform ? null : tenant, [role], "Matrix $who", "${who}@example.org").token()
            if (who == 'ended') {
                def c = PostgresFixture.get().ownerConnection()
                try {
                    def s = c.prepareStatement('update partnership_membership set end_date = ? where user_id = ?')
                    s.setObject(1, LocalDate.now(ZoneId.of('Europe/London')).minusDays(1))
                    s.setObject(2, user)
                    assert s.executeUpdate() == 1
                } finally {
                    c.close()
                }
            }
        }
        tokens
    }

    def "every operation answers each kind of person as the one table says"() {
        given: 'the operations, without HEAD (it follows GET) and without the public ones'
        Map<String, Set<String>> rules = RULES.collectEntries { [(key(it[0], it[1])): (it[2].split(' ') as Set)] }
        List<UriRouteInfo> routes = router.uriRoutes().toList().findAll { UriRouteInfo r ->
            String template = r.uriMatchTemplate.toString()
            // Test-only controllers (uk.reviewhub.testing) are not part of the product.
            r.httpMethod.name() != 'HEAD' && !(key(r.httpMethod.name(), template) in DenyByDefaultSpec.PUBLIC) &&
                    !template.startsWith('/test-only/') && !template.startsWith('/api/test/')
        }
        Set<String> operations = routes.collect { key(it.httpMethod.name(), it.uriMatchTemplate.toString()) } as Set
        Map<String, String> tokens = tokens()
        Map<String, Map<String, Integer>> answers = [:]
        List<String> wrong = []

        when:
        routes.each { UriRouteInfo route ->
            String op = key(route.httpMethod.name(), route.uriMatchTemplate.toString())
            Set<String> allowed = rules[op]
            if (allowed == null) {
                return
            }
            String path = route.uriMatchTemplate.expand(
                    route.uriMatchTemplate.variableNames.collectEntries { [(it): it == 'format' ? 'pdf' : UUID.randomUUID().toString()] })
            PEOPLE.keySet().each { who ->
                def request = HttpRequest.create(route.httpMethod, path)
                if (route.httpMethod.permitsRequestBody()) {
                    if (route.consumes.contains(MediaType.MULTIPART_FORM_DATA_TYPE)) {
                        request.body(MultipartBody.builder().addPart('file', 'x.txt', MediaType.TEXT_PLAIN_TYPE, 'x'.bytes).build())
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    } else {
                        request.body('{}').contentType(MediaType.APPLICATION_JSON_TYPE)
                    }
                }
                int status = ApiCalls.send(client, request, tokens[who]).status
                answers.computeIfAbsent(op) { [:] }[who] = status
                boolean mayCall = who != 'ended' && ('anyone' in allowed || who in allowed)
                boolean right = who == 'ended' ? status == 401 : mayCall ? !(status in [401, 403]) && status < 500 : status == 403
                if (!right) {
                    wrong << "$op as $who: $status (${mayCall ? 'allowed' : 'refused'} by the table)".toString()
                }
            }
        }
        Map<Integer, Integer> byStatus = answers.values().collectMany { it.values() }.countBy { it }.sort()
        println "Role matrix: ${answers.size()} operations x ${PEOPLE.size()} kinds of person = ${answers.size() * PEOPLE.size()} calls; " +
                "statuses: ${byStatus}"

        then: 'every operation has an entry, and every entry an operation'
        (operations - rules.keySet()) == [] as Set
        (rules.keySet() - operations) == [] as Set

        and: "every answer is the table's"
        wrong == []
    }
}
