package uk.reviewhub.casereview

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection

/**
 * A partnership of its own for a spec (unique slug), with two agencies and a signed-in user per
 * role, plus helpers that walk a case through its lifecycle over HTTP as the chair.
 */
class CaseWorld {

    final HttpClient client
    final UUID tenant
    final UUID localAuthority
    final UUID police
    final Map<String, String> tokens = [:]
    final Map<String, UUID> users = [:]

    CaseWorld(HttpClient client, AccessTokens accessTokens, String prefix) {
        this(client, accessTokens, TestUsers.partnership("${prefix}-${UUID.randomUUID().toString().substring(0, 8)}"), true)
    }

    /** Users in an existing partnership (one loaded from a pack, say); with its own agencies unless {@code addAgencies}. */
    CaseWorld(HttpClient client, AccessTokens accessTokens, UUID tenant, boolean addAgencies) {
        this.client = client
        this.tenant = tenant
        localAuthority = addAgencies ? agency('children-services', "Children's Services", 'LOCAL_AUTHORITY') : null
        police = addAgencies ? agency('police', 'Police', 'POLICE') : null
        ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'BUSINESS_SUPPORT', 'PARTNERSHIP_ADMIN'].each { role ->
            UUID user = TestUsers.user(name: "Test ${role}")
            // The member is with the police, so reports on the police's actions (and no other agency's).
            TestUsers.member(user, tenant, [role], role == 'MEMBER' ? police : null)
            users[role] = user
            tokens[role] = accessTokens.issue(user, tenant, [role], "Test ${role}", "${role}@example.org").token()
        }
        ['NATIONAL_VIEWER', 'PLATFORM_ADMIN'].each { role ->
            UUID user = TestUsers.user(platformRoles: [role])
            users[role] = user
            tokens[role] = accessTokens.issue(user, null, [role], "Test ${role}", "${role}@example.org").token()
        }
    }

    String getChair() { tokens.CHAIR }

    @Override
    String toString() { "CaseWorld(tenant " + tenant + ")" }

    UUID agency(String code, String name, String kind) {
        UUID id = UUID.randomUUID()
        owner { Connection c ->
            def s = c.prepareStatement('insert into agency (tenant_id, id, code, name, kind) values (?, ?, ?, ?, ?)')
            s.setObject(1, tenant); s.setObject(2, id); s.setString(3, code); s.setString(4, name); s.setString(5, kind)
            s.executeUpdate()
        }
        id
    }

    void clockOverrides(String json) {
        owner { Connection c ->
            def s = c.prepareStatement('update partnership set clock_overrides = ?::jsonb where tenant_id = ?')
            s.setString(1, json); s.setObject(2, tenant)
            s.executeUpdate()
        }
    }

    /** Audit rows of this partnership: [action, entity, entity_id, user_id]. */
    List<Map> auditRows() {
        owner { Connection c ->
            def s = c.prepareStatement('select action, entity, entity_id, user_id from audit_event where tenant_id = ? order by occurred_at')
            s.setObject(1, tenant)
            def rows = s.executeQuery()
            def out = []
            while (rows.next()) {
                out << [action: rows.getString(1), entity: rows.getString(2), entityId: rows.getObject(3), userId: rows.getObject(4)]
            }
            out
        }
    }

    static <T> T owner(Closure<T> work) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    // -- HTTP --------------------------------------------------------------------------------------

    ApiCalls.Answer get(String path, String role = 'CHAIR') {
        ApiCalls.get(client, path, tokens[role])
    }

    ApiCalls.Answer post(String path, Map body, String role = 'CHAIR') {
        ApiCalls.post(client, path, body, tokens[role])
    }

    ApiCalls.Answer put(String path, Map body, String role = 'CHAIR') {
        ApiCalls.send(client, HttpRequest.PUT(path, body), tokens[role])
    }

    static Map caseBody(Map overrides = [:]) {
        [origin: 'SIN', nature: 'SERIOUS_HARM', laCaseReference: 'LA-' + UUID.randomUUID().toString().substring(0, 6),
         childIdentifier: 'A.B.', ageBand: 'UNDER_1', sex: 'FEMALE', ethnicity: 'WHITE', lookedAfter: false, cpPlan: true,
         awareOn: '2025-03-03', notifiedOn: '2025-03-05'] + overrides
    }

    Map newCase(Map overrides = [:]) {
        def answer = post('/api/cases', caseBody(overrides))
        assert answer.status == 201: answer.body
        answer.json
    }

    /** A case walked to {@code stage} through the API (dates in March to May 2025). */
    Map caseAt(String stage) {
        if (stage == 'REFERRED') {
            return newCase(origin: 'REFERRAL', nature: 'OTHER', notifiedOn: null)
        }
        Map c = newCase()
        String id = c.id
        if (stage == 'NOTIFIED') return c
        c = ok(post("/api/cases/$id/rapid-review", [meetingOn: '2025-03-12', facts: 'Facts', agenciesInvolved: ['police']]))
        if (stage == 'RAPID_REVIEW') return c
        c = ok(put("/api/cases/$id/rapid-review", [meetingOn: '2025-03-12', facts: 'Facts', agenciesInvolved: ['police'],
                                                   recommendation: 'LCSPR', sentToPanelOn: '2025-03-20', version: c.rapidReview.version]))
        if (stage == 'WITH_PANEL') return c
        String decision = stage == 'DECIDED_NO_REVIEW' ? 'NO_REVIEW' : 'LCSPR'
        c = ok(post("/api/cases/$id/decision", [decision: decision, rationale: 'Learning for the partnership',
                                                decidedBy: 'Lead safeguarding partners', decidedOn: '2025-04-10']))
        if (stage.startsWith('DECIDED')) return c
        c = ok(post("/api/cases/$id/review", [reviewType: 'LCSPR', agenciesInScope: ['police', 'children-services'],
                                              methodology: 'Systems', reviewer: 'Independent reviewer', commissionedOn: '2025-04-14',
                                              plannedPublicationOn: '2025-10-06']))
        assert stage == 'REVIEW'
        c
    }

    static Map ok(ApiCalls.Answer answer) {
        assert answer.status in [200, 201]: answer.body
        answer.json
    }

    static Map reviewBody(Map c, Map overrides) {
        def r = c.review
        [reviewType: r.reviewType, agenciesInScope: r.agenciesInScope, methodology: r.methodology, reviewer: r.reviewer,
         commissionedOn: r.commissionedOn, draftOn: r.draftOn, signedOffOn: r.signedOffOn,
         plannedPublicationOn: r.plannedPublicationOn, publishedOn: r.publishedOn, sentToPanelOn: r.sentToPanelOn,
         version: r.version] + overrides
    }
}
