package uk.reviewhub.onboarding

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.api.mail.PlatformMailApi
import uk.reviewhub.api.onboarding.OnboardingApi
import uk.reviewhub.api.onboarding.SetupChecklistApi
import uk.reviewhub.api.onboarding.PlatformRegistrationsApi
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.pack.PackSource
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.MovableClock

import java.sql.Connection
import java.time.Duration

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Self-service onboarding over HTTP against the real database (issue 11, items 1 to 4): register,
 * confirm by the mailed link (read from the platform's outbox), a platform admin's decision (or the
 * automatic one for a listed domain), the set-up from the mailed set-up link, and the checklist.
 */
class OnboardingSpec extends IntegrationSpec {

    static final String PASSWORD = 'heron kettle lamp 42'

    @Inject @Client('/') HttpClient client
    @Inject AccessTokens accessTokens
    @Inject MovableClock clock
    @Inject PackLoader packLoader

    def cleanup() {
        clock.reset()
    }

    String platformAdmin() {
        UUID id = TestUsers.user(name: 'Platform Admin', platformRoles: [Roles.PLATFORM_ADMIN])
        accessTokens.issue(id, null, [Roles.PLATFORM_ADMIN], 'Platform Admin', 'platform@example.org').token()
    }

    static String unique(String prefix) {
        "$prefix ${UUID.randomUUID().toString().substring(0, 8)}".toString()
    }

    def register(String name, String email, List<String> authorities = ['Little Town Council']) {
        post(client, OnboardingApi.REGISTRATIONS, [partnershipName: name, localAuthorities: authorities,
                                                   requesterName  : 'Ada Requester', email: email])
    }

    /** The token of the newest link mailed to {@code email} with {@code route}, read from the platform's outbox. */
    static String linkToken(String email, String route) {
        withOwner { Connection c ->
            def s = c.prepareStatement('''select body_text from platform_outbox_message
                                           where ? = any(recipients) order by created_at desc''')
            s.setString(1, email)
            def rows = s.executeQuery()
            while (rows.next()) {
                def m = rows.getString(1) =~ /\/${route}\?token=([A-Za-z0-9_-]+)/
                if (m.find()) {
                    return m.group(1)
                }
            }
            null
        }
    }

    static List<String> mailSubjects(String email) {
        withOwner { Connection c ->
            def s = c.prepareStatement('select subject from platform_outbox_message where ? = any(recipients) order by created_at')
            s.setString(1, email)
            def rows = s.executeQuery()
            def subjects = []
            while (rows.next()) {
                subjects << rows.getString(1)
            }
            subjects
        }
    }

    static Map<String, Object> row(String sql, Object... args) {
        withOwner { Connection c ->
            def s = c.prepareStatement(sql)
            args.eachWithIndex { a, i -> s.setObject(i + 1, a) }
            def rows = s.executeQuery()
            if (!rows.next()) {
                return null
            }
            def meta = rows.metaData
            (1..meta.columnCount).collectEntries { [(meta.getColumnLabel(it)): rows.getObject(it)] }
        }
    }

    static int count(String sql, Object... args) {
        row(sql, args).values().first() as int
    }

    /** The rows of a partnership by its slug, counted as the owner (row-level security bypassed). */
    static Map<String, Integer> rowsOf(String slug) {
        def tenant = row('select tenant_id from partnership where slug = ?', slug)?.tenant_id
        if (tenant == null) {
            return [partnership: 0]
        }
        [partnership: 1] + ['agency', 'review_group', 'group_member', 'terms_of_reference', 'partnership_membership', 'pack_load']
                .collectEntries { [(it): count("select count(*) from $it where tenant_id = ?", tenant)] }
    }

    static <T> T withOwner(Closure<T> work) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    /** Registers and confirms; answers the registration's id. */
    UUID verified(String name, String email) {
        assert register(name, email).status == 200
        assert post(client, OnboardingApi.VERIFICATION, [token: linkToken(email, 'register/confirm')]).status == 200
        row('select id from registration where requester_email = ? order by created_at desc', email).id as UUID
    }

    def "register, confirm, approve, set up from the statutory minimum and land in the new partnership as its admin"() {
        given:
        def name = unique('Little Town Safeguarding Children Partnership')
        def email = TestUsers.uniqueEmail('requester')
        def admin = platformAdmin()

        when: 'a person registers'
        def registered = register(name, email, ['Little Town Council', 'Other Borough Council'])

        then: 'they are told what happens next, and the confirmation link is mailed (only its hash is stored)'
        registered.status == 200
        registered.json.message.contains('we have sent a link')
        def confirm = linkToken(email, 'register/confirm')
        confirm != null
        count('select count(*) from registration where verify_token_hash = ?', confirm) == 0
        count("select count(*) from registration where requester_email = ? and status = 'UNVERIFIED'", email) == 1

        and: 'platform admins do not see unconfirmed requests'
        !(get(client, PlatformRegistrationsApi.REGISTRATIONS, admin).json*.email.contains(email))

        when: 'the link is followed, then followed again'
        def verified = post(client, OnboardingApi.VERIFICATION, [token: confirm])
        def again = post(client, OnboardingApi.VERIFICATION, [token: confirm])

        then: 'it works once'
        verified.status == 200
        again.status == 404
        again.contentType.startsWith('application/problem+json')

        when: 'a platform admin lists and approves it'
        def listed = get(client, PlatformRegistrationsApi.REGISTRATIONS, admin).json.find { it.email == email }
        def approved = post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', listed.id as String), [:], admin)
        def approvedTwice = post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', listed.id as String), [:], admin)

        then: 'the requester is mailed the outcome with a set-up link'
        listed.status == 'VERIFIED'
        listed.localAuthorities == ['Little Town Council', 'Other Borough Council']
        approved.status == 200
        approved.json.status == 'APPROVED'
        approvedTwice.status == 422
        mailSubjects(email).last().contains('approved')
        def setupLink = linkToken(email, 'register/setup')
        setupLink != null

        when: 'the set-up link is opened: it offers the starting points, and stays usable'
        def offer = post(client, OnboardingApi.SETUP_OFFER, [token: setupLink])

        then:
        offer.status == 200
        offer.json.partnershipName == name
        offer.json.startingPoints*.code.contains('statutory-minimum')
        post(client, OnboardingApi.SETUP_OFFER, [token: setupLink]).status == 200

        when: 'a common password is refused before anything is written'
        def weak = post(client, OnboardingApi.SETUP, [token: setupLink, startingPoint: 'statutory-minimum', password: 'Password2026!'])
        def unknownStart = post(client, OnboardingApi.SETUP, [token: setupLink, startingPoint: 'everything', password: PASSWORD])

        then:
        weak.status == 400
        weak.json.errors*.field == ['password']
        unknownStart.status == 400
        unknownStart.json.errors*.field == ['startingPoint']
        rowsOf(slug(name)) == [partnership: 0]

        when: 'the requester chooses the statutory minimum and a password'
        def setUp = post(client, OnboardingApi.SETUP, [token: setupLink, startingPoint: 'statutory-minimum', password: PASSWORD])

        then: 'they are signed in, in the new partnership, as its admin'
        setUp.status == 200
        setUp.json.accessToken
        setUp.json.refreshToken
        setUp.json.me.partnership.name == name
        setUp.json.me.roles == ['PARTNERSHIP_ADMIN']
        get(client, '/api/me', setUp.json.accessToken as String).json.partnership.slug == slug(name)

        and: 'the partnership has the statutory minimum, made by the pack loader'
        rowsOf(slug(name)) == [partnership: 1, agency: 3, review_group: 1, group_member: 3, terms_of_reference: 1,
                               partnership_membership: 1, pack_load: 1]
        count("select count(*) from agency a join partnership p on p.tenant_id = a.tenant_id where p.slug = ? and a.statutory_partner", slug(name)) == 3

        and: "the partnership's audit log starts with its making, by its first admin, from the request"
        with(row("""select a.action, a.entity, a.user_id, a.detail::text as detail from audit_event a
                      join partnership p on p.tenant_id = a.tenant_id where p.slug = ? and a.entity = 'partnership'""", slug(name))) {
            it.action == 'CREATE'
            it.user_id == row('select id from app_user where email = ?', email).id
            it.detail.contains(listed.id as String)
            it.detail.contains('statutory-minimum')
        }

        and: 'the set-up link works once'
        post(client, OnboardingApi.SETUP, [token: setupLink, startingPoint: 'statutory-minimum', password: PASSWORD]).status == 404
        post(client, OnboardingApi.SETUP_OFFER, [token: setupLink]).status == 404

        and: 'the admin signs in with the chosen password'
        post(client, '/api/auth/sign-in', [email: email, password: PASSWORD]).json.me.partnership.slug == slug(name)

        when: 'the packs are loaded again, as at a restart'
        def before = rowsOf(slug(name))
        packLoader.load(PackSource.classpath())

        then: 'the provisioned partnership is left as it was'
        rowsOf(slug(name)) == before
        row('select name from partnership where slug = ?', slug(name)).name == name

        when: 'the new admin opens the set-up checklist'
        def checklist = get(client, SetupChecklistApi.CHECKLIST, setUp.json.accessToken as String)

        then: 'every step is there, done or not from the data: only the statutory partners are in place so far'
        checklist.status == 200
        checklist.json.steps*.code == ['agencies', 'review-group', 'members', 'terms-of-reference', 'templates', 'national-figures',
                                       'invite-users', 'first-meeting']
        checklist.json.steps.every { it.purpose && it.example && it.link }
        checklist.json.steps.findAll { it.done }*.code == []
        !checklist.json.allDone
    }

    def "the checklist follows the data: a chair, the population and region, another person and a planned meeting tick their steps"() {
        given:
        def name = unique('Checklist Partnership')
        def email = TestUsers.uniqueEmail('checklist')
        def admin = platformAdmin()
        def id = verified(name, email)
        post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', id as String), [:], admin)
        def token = post(client, OnboardingApi.SETUP, [token: linkToken(email, 'register/setup'), startingPoint: 'statutory-minimum',
                                                       password: PASSWORD]).json.accessToken as String
        def tenant = row('select tenant_id from partnership where slug = ?', slug(name)).tenant_id as UUID

        when:
        withOwner { Connection c ->
            c.createStatement().execute("select set_config('app.tenant_id', '$tenant', false)")
            c.createStatement().execute("update group_member set group_role = 'CHAIR' where position_title = 'Police representative'")
            c.createStatement().execute("""insert into meeting (tenant_id, id, group_id, kind, title, scheduled_start, duration_minutes)
                select tenant_id, gen_random_uuid(), id, 'EXTRA', 'First meeting', now() + interval '20 days', 120 from review_group""")
            c.createStatement().execute("""update partnership set region = 'north-west', child_population = 48500,
                child_population_year = 2024, child_population_source = 'ONS mid-year estimate'""")
        }
        TestUsers.member(TestUsers.user(name: 'Second Person'), tenant, ['MEMBER'])
        def steps = get(client, SetupChecklistApi.CHECKLIST, token).json.steps

        then:
        steps.findAll { it.done }*.code == ['review-group', 'national-figures', 'invite-users', 'first-meeting']
    }

    def "the answer is the same whether or not the partnership or the email is known"() {
        given:
        def taken = unique('Known Partnership')
        TestUsers.partnership(slug(taken), taken)
        def knownEmail = TestUsers.uniqueEmail('known')
        TestUsers.user(email: knownEmail)

        when:
        def answers = [register(taken, TestUsers.uniqueEmail('fresh')), register(unique('Unknown Partnership'), knownEmail),
                       register(unique('Unknown Partnership'), TestUsers.uniqueEmail('fresh'))]

        then:
        answers*.status == [200, 200, 200]
        answers*.body.unique().size() == 1
    }

    def "a name taken by another partnership is refused at approval and at set-up, naming the field"() {
        given:
        def admin = platformAdmin()
        def taken = unique('Taken Partnership')
        TestUsers.partnership(slug(taken), taken)
        def email = TestUsers.uniqueEmail('dup')
        def id = verified(taken.toUpperCase(), email)

        when: 'the platform admin approves a request for a name already on Review Hub'
        def refused = post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', id as String), [:], admin)

        then:
        refused.status == 400
        refused.contentType.startsWith('application/problem+json')
        refused.json.errors*.field == ['partnershipName']

        when: 'another request is approved, and its name is taken before it is set up'
        def name = unique('Racing Partnership')
        def email2 = TestUsers.uniqueEmail('race')
        def id2 = verified(name, email2)
        post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', id2 as String), [:], admin)
        TestUsers.partnership(slug(name), name)
        def link = linkToken(email2, 'register/setup')
        def atSetup = post(client, OnboardingApi.SETUP, [token: link, startingPoint: 'statutory-minimum', password: PASSWORD])
        def renamed = post(client, OnboardingApi.SETUP, [token: link, startingPoint: 'statutory-minimum', password: PASSWORD,
                                                         partnershipName: name + ' Two'])

        then: 'the requester is told at set-up, and may choose another name'
        atSetup.status == 400
        atSetup.json.errors*.field == ['partnershipName']
        renamed.status == 200
        renamed.json.me.partnership.name == name + ' Two'
    }

    def "bad input gets a problem naming the field: #what"() {
        when:
        def answer = post(client, OnboardingApi.REGISTRATIONS, [partnershipName: 'Good Name', localAuthorities: ['Council'],
                                                                requesterName  : 'Ada', email: 'ada@example.org'] + body)

        then:
        answer.status == 400
        answer.contentType.startsWith('application/problem+json')
        answer.json.errors*.field.unique() == [field]

        where:
        what                         | body                                               || field
        'an email of 400 characters' | [email: 'a' * 388 + '@example.org']                || 'email'
        'not an email'               | [email: 'not an email']                            || 'email'
        'a name of only spaces'      | [partnershipName: '     ']                         || 'partnershipName'
        'a name over two lines'      | [partnershipName: "Two\nLines"]                    || 'partnershipName'
        'no local authority'         | [localAuthorities: []]                             || 'localAuthorities'
        'a blank requester'          | [requesterName: ' ']                               || 'requesterName'
    }

    def "a confirmation link expires after a day, and a set-up link after a week"() {
        given:
        def admin = platformAdmin()
        def email = TestUsers.uniqueEmail('late')
        register(unique('Late Partnership'), email)
        def confirm = linkToken(email, 'register/confirm')

        when:
        clock.advance(Duration.ofHours(25))

        then:
        post(client, OnboardingApi.VERIFICATION, [token: confirm]).status == 404

        when:
        clock.reset()
        def email2 = TestUsers.uniqueEmail('slow')
        def id = verified(unique('Slow Partnership'), email2)
        post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', id as String), [:], admin)
        def setupLink = linkToken(email2, 'register/setup')
        clock.advance(Duration.ofDays(8))

        then:
        post(client, OnboardingApi.SETUP_OFFER, [token: setupLink]).status == 404
        post(client, OnboardingApi.SETUP, [token: setupLink, startingPoint: 'statutory-minimum', password: PASSWORD]).status == 404
    }

    def "a rejected request is mailed its reason and cannot be decided again"() {
        given:
        def admin = platformAdmin()
        def email = TestUsers.uniqueEmail('reject')
        def id = verified(unique('Doubtful Partnership'), email)
        def path = PlatformRegistrationsApi.REJECTION.replace('{registrationId}', id as String)

        when:
        def blank = post(client, path, [reason: '  '], admin)
        def rejected = post(client, path, [reason: 'We could not confirm this is a safeguarding partnership.'], admin)

        then:
        blank.status == 400
        blank.json.errors*.field == ['reason']
        rejected.status == 200
        rejected.json.status == 'REJECTED'
        mailSubjects(email).size() == 2
        post(client, path, [reason: 'again'], admin).status == 422
        post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', id as String), [:], admin).status == 422
        post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', UUID.randomUUID() as String), [:], admin).status == 404
    }

    def "platform admins read the platform's outbox: a registration's mail, newest first, and no partnership's"() {
        given:
        def admin = platformAdmin()
        def email = TestUsers.uniqueEmail('outbox')
        verified(unique('Outbox Partnership'), email)
        String memberEmail = TestUsers.uniqueEmail('outbox-member')
        TestUsers.member(TestUsers.user(email: memberEmail), TestUsers.partnership('salford'), [Roles.PARTNERSHIP_ADMIN])
        def member = post(client, ApiPaths.SIGN_IN, [email: memberEmail, password: TestUsers.PASSWORD]).json.accessToken

        when:
        def answer = get(client, PlatformMailApi.PLATFORM_OUTBOX, admin)
        def mine = answer.json.findAll { email in it.to }

        then: 'the confirmation mail, kept whole in the development outbox, and nothing of any partnership'
        answer.status == 200
        !mine.isEmpty()
        mine*.subject.sort() == mailSubjects(email).sort()
        mine.every { it.status == 'HELD' && it.transport == 'OUTBOX' && it.createdAt != null }
        mine.any { it.body.contains('/register/confirm?token=') }
        def times = answer.json.collect { java.time.Instant.parse(it.createdAt as String) }
        times == times.sort(false).reverse()
        answer.json.every { m -> !(m.to as List).any { it.endsWith('.demo') } }

        and: "nobody else reads it, not even a partnership's admin"
        get(client, PlatformMailApi.PLATFORM_OUTBOX, member).status == 403
        get(client, PlatformMailApi.PLATFORM_OUTBOX, null).status == 401
    }

    def "a listed public-sector domain is approved as soon as the email is confirmed"() {
        given:
        def email = "lead-${UUID.randomUUID().toString().substring(0, 8)}@children.auto-approve.gov.uk".toString()

        when:
        verified(unique('Automatic Partnership'), email)

        then:
        row('select status, auto_approved, decided_by from registration where requester_email = ?', email) ==
                [status: 'APPROVED', auto_approved: true, decided_by: null]
        linkToken(email, 'register/setup') != null
    }

    def "one email gets at most three registrations a day"() {
        given:
        def email = TestUsers.uniqueEmail('many')

        expect:
        (1..3).collect { register(unique('Many Partnership'), email).status } == [200, 200, 200]
        register(unique('Many Partnership'), email).status == 429
        count('select count(*) from registration where requester_email = ?', email) == 3
    }

    def "a provisioning that fails half-way leaves nothing, and the set-up link can be used again"() {
        given:
        def admin = platformAdmin()
        def name = unique(FailingStartingPack.MARKER)
        def email = TestUsers.uniqueEmail('fails')
        def id = verified(name, email)
        post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', id as String), [:], admin)
        def link = linkToken(email, 'register/setup')
        def partnershipsBefore = count('select count(*) from partnership')

        when:
        def failed = post(client, OnboardingApi.SETUP, [token: link, startingPoint: 'statutory-minimum', password: PASSWORD])

        then: 'a server error with a correlation id, and no row of the partnership, its admin or the use of the link'
        failed.status == 500
        failed.json.correlationId
        count('select count(*) from partnership') == partnershipsBefore
        rowsOf(slug(name)) == [partnership: 0]
        count('select count(*) from app_user where email = ?', email) == 0
        row('select status, partnership_id from registration where id = ?', id) == [status: 'APPROVED', partnership_id: null]
        post(client, OnboardingApi.SETUP_OFFER, [token: link]).status == 200
    }

    def "the shape of #reference starts a partnership without its names or people"() {
        given:
        def admin = platformAdmin()
        def name = unique('Shaped Partnership')
        def email = TestUsers.uniqueEmail('shape')
        def id = verified(name, email)
        post(client, PlatformRegistrationsApi.APPROVAL.replace('{registrationId}', id as String), [:], admin)

        when:
        def setUp = post(client, OnboardingApi.SETUP, [token: linkToken(email, 'register/setup'), startingPoint: reference,
                                                       password: PASSWORD])
        def tenant = row('select tenant_id from partnership where slug = ?', slug(name))?.tenant_id
        def texts = withOwner { Connection c ->
            def s = c.prepareStatement("""
                select string_agg(t, ' | ') from (
                    select name as t from agency where tenant_id = ?
                    union all select name from review_group where tenant_id = ?
                    union all select position_title from group_member where tenant_id = ?
                    union all select purpose || functions::text || coalesce(reporting_line, '') || links::text
                      from terms_of_reference where tenant_id = ?) x""")
            (1..4).each { s.setObject(it, tenant) }
            def rows = s.executeQuery()
            rows.next()
            rows.getString(1)
        }
        def shipped = packLoader.reader().read(PackSource.classpath(), reference).value()

        then: 'the same groups, seats and agencies, none of the reference partnership names, and no people'
        setUp.status == 200
        count('select count(*) from review_group where tenant_id = ?', tenant) == shipped.groups().size()
        count('select count(*) from group_member where tenant_id = ?', tenant) == shipped.groups().sum { it.members().size() }
        count('select count(*) from agency where tenant_id = ?', tenant) == shipped.agencies().size()
        count('select count(*) from partnership_membership where tenant_id = ?', tenant) == 1
        places.findAll { texts.contains(it) } == []

        and: "scrutiny comes with the shape, with the reference partnership's finding ratings"
        row("select array_to_string(scrutiny_finding_ratings, '|') as ratings from partnership where tenant_id = ?", tenant).ratings == ratings

        where:
        reference     | places                                                   | ratings
        'norfolk'     | ['Norfolk', 'Waveney']                                   | 'Strong practice|Good enough|Requires improvement|Significant concern'
        'southampton' | ['Southampton']                                          | null
        'salford'     | ['Salford']                                              | null
        'tri-borough' | ['Hammersmith', 'Kensington', 'Westminster', '3 Borough'] | null
    }

    static String slug(String name) {
        uk.reviewhub.onboarding.domain.StartingPacks.slug(name)
    }
}
