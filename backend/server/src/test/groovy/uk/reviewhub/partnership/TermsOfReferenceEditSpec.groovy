package uk.reviewhub.partnership

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PackWorld
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.time.LondonTime

import java.time.Clock
import java.time.LocalDate
import java.time.ZoneId

import static uk.reviewhub.testing.ApiCalls.get

/** Southampton's admin edits its group's terms of reference: new versions with history, stale edits refused. */
class TermsOfReferenceEditSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject PackLoader loader
    @Inject Clock clock

    @Inject
    @Client('/')
    HttpClient client

    ApiCalls.Answer put(String path, Object body, String bearer) {
        ApiCalls.send(client, HttpRequest.PUT(path, body), bearer)
    }

    def "an edit makes a new version, keeps the history and says when the review is approaching"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String admin = demo.token('admin@southampton.demo')
        String groupId = get(client, ApiPaths.GROUPS, admin).json.first().id
        String path = "/api/groups/$groupId/terms-of-reference"
        def current = get(client, path, admin).json
        def dueOn = LondonTime.today(clock).plusDays(30).toString()
        def edit = current.findAll { k, v -> k != 'group' } + [purpose: current.purpose + ' (revised)', reviewDueOn: dueOn,
                lastReviewedOn: null]

        when:
        def saved = put(path, edit, admin)

        then: 'a new version, with the review reminder'
        saved.status == 200
        saved.json.termsOfReference.version == current.version + 1
        saved.json.termsOfReference.purpose.endsWith('(revised)')
        saved.json.termsOfReference.quorum == current.quorum
        saved.json.termsOfReference.cadence == current.cadence
        saved.json.reviewReminder == 'APPROACHING'
        saved.json.reviewReminderText == "The review is due on $dueOn, in 30 days.".toString()

        and: 'the current version is the new one, and the history keeps the old'
        get(client, path, demo.token('member@southampton.demo')).json.version == current.version + 1
        def versions = get(client, "$path/versions", demo.token('member@southampton.demo')).json
        versions*.termsOfReference.version.take(2) == [current.version + 1, current.version]
        versions[1].termsOfReference.purpose == current.purpose

        when: 'an edit over the version read before'
        def stale = put(path, edit + [purpose: 'Other'], admin)

        then:
        stale.status == 409
        stale.contentType == 'application/problem+json'

        and: 'bad input is a problem; only admins edit; other partnerships do not find the group'
        put(path, edit + [version: current.version + 1, deadlines: [[code: 'x', label: 'X', workingDays: 3, direction: 'SIDEWAYS']]],
                admin).status == 400
        put(path, edit + [version: current.version + 1, purpose: ''], admin).status == 400

        when: 'a cadence the schedule cannot expand'
        def badRule = put(path, edit + [version: current.version + 1, cadence: current.cadence + [rrule: 'FREQ=DAILY']], admin)

        then: 'it is refused in words, naming the field, as a pack with that rule is'
        badRule.status == 400
        badRule.json.detail == "The cadence's rule (cadence.rrule): meetings can repeat weekly or monthly, not daily (FREQ=WEEKLY or FREQ=MONTHLY)."

        put(path, edit + [version: current.version + 1], demo.token('chair@southampton.demo')).status == 403
        put(path, edit + [version: current.version + 1], demo.token('admin@salford.demo')).status == 404
        get(client, "$path/versions", demo.token('admin@salford.demo')).status == 404
    }

    def "each version says whether the pack or an admin made it; a pack reload leaves an admin's edit and says what it did not apply"() {
        given: 'a Salford copy as loaded from its pack, its admin and a member'
        def world = new PackWorld(loader, accessTokens, [:]).person('admin', 'PARTNERSHIP_ADMIN')
                .person('member', 'MEMBER', 'A', 'Senior Lead, CAMHS')
        String admin = world.tokens.admin
        String path = "/api/groups/${world.groups.A}/terms-of-reference"
        def loaded = get(client, path, admin).json
        String today = LocalDate.now(ZoneId.of('Europe/London')).toString() // the database's day, as the load and edit record it

        when: 'the admin edits them'
        def edited = put(path, loaded.findAll { k, v -> k != 'group' } + [purpose: loaded.purpose + ' (revised)'], admin)

        then: "the admin's version, named as theirs"
        edited.status == 200
        edited.json.source == 'ADMIN'
        edited.json.createdBy == world.users.admin.toString()
        edited.json.packChangeNotApplied == null

        when: 'the pack changes the minutes deadline from 14 to 15 working days, and is loaded again'
        world.editGroup('A', 'workingDays: 14', 'workingDays: 15')
        def reload = world.reload()
        def versions = get(client, "$path/versions", world.tokens.member).json

        then: "no pack version over the admin's edit; the current version says the pack's change was not applied"
        reload.termsOfReferenceVersionsAdded() == 0
        versions*.termsOfReference.version == [2, 1]
        versions*.source == ['ADMIN', 'PACK']
        versions[0].termsOfReference.purpose.endsWith('(revised)')
        versions[0].termsOfReference.deadlines.find { it.code == 'minutes-circulated' }.workingDays == 14
        versions[0].packChangeNotApplied == "A change to these terms of reference in the partnership's pack (loaded on $today) " +
                "was not applied, because an admin edited them on $today (version 2)."
        versions[1].packChangeNotApplied == null
        versions[1].createdBy == null

        when: 'the pack goes back to the terms it last wrote (only a seat changes)'
        world.editGroup('A', 'workingDays: 15', 'workingDays: 14')
        world.editGroup('A', 'Principal Manager, Youth Offending Service', 'Head of Youth Justice')
        world.reload()

        then: 'nothing left unapplied, so nothing to say'
        get(client, "$path/versions", admin).json[0].packChangeNotApplied == null
    }

    def "a deadline or measure the meetings cannot use is refused with a problem naming its field: #why"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String admin = demo.token('admin@southampton.demo')
        String groupId = get(client, ApiPaths.GROUPS, admin).json.first().id
        String path = "/api/groups/$groupId/terms-of-reference"
        def current = get(client, path, admin).json
        def edit = current.findAll { k, v -> k != 'group' }

        when:
        def answer = put(path, edit + change(current), admin)

        then:
        answer.status == 400
        answer.contentType == 'application/problem+json'
        answer.json.detail.contains(field)
        get(client, path, admin).json.version == current.version

        where:
        why                                | field                            | change
        'a duplicate deadline code'        | "Deadline 2's code (deadlines[1].code): two deadlines have the code agenda-items" | { t -> [deadlines: [deadline('agenda-items'), deadline('agenda-items')]] }
        'a code that is not hyphened words' | 'deadlines[0].code'             | { t -> [deadlines: [deadline('Agenda Items')]] }
        'a blank code'                     | 'deadlines[0].code'              | { t -> [deadlines: [deadline('')]] }
        'negative working days'            | 'deadlines[0].workingDays'       | { t -> [deadlines: [deadline('x', -1)]] }
        'over the schema\'s 366 days'      | 'deadlines[0].workingDays'       | { t -> [deadlines: [deadline('x', 367)]] }
        'a deadline without a label'       | 'deadlines[0].label'             | { t -> [deadlines: [deadline('x') + [label: ' ']]] }
        'a duplicate measure code'         | "Performance measure 2's code (performanceMeasures[1].code): two performance measures have the code m" | { t -> [performanceMeasures: [measure('m', 50), measure('m', 60)]] }
        'a target over 100'                | 'performanceMeasures[0].targetPercent' | { t -> [performanceMeasures: [measure('m', 101)]] }
        'a target below 0'                 | 'performanceMeasures[0].targetPercent' | { t -> [performanceMeasures: [measure('m', -1)]] }
        'a bad measure code'               | 'performanceMeasures[0].code'    | { t -> [performanceMeasures: [measure('-m', 10)]] }
        'a blank link'                     | 'links[0]'                       | { t -> [links: ['  ']] }
    }

    def "an edit with #why is refused with 400 in the words a pack gets (TermsOfReferenceRulesSpec), and nothing is saved"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String admin = demo.token('admin@southampton.demo')
        String groupId = get(client, ApiPaths.GROUPS, admin).json.first().id
        String path = "/api/groups/$groupId/terms-of-reference"
        def current = get(client, path, admin).json
        def edit = current.findAll { k, v -> k != 'group' }

        when:
        def answer = put(path, edit + change(current), admin)

        then:
        answer.status == 400
        answer.contentType == 'application/problem+json'
        answer.json.detail == message.replace('AGENCIES', String.valueOf(get(client, ApiPaths.AGENCIES, admin).json.size()))
        get(client, path, admin).json.version == current.version

        where:
        why                         | change                                                                        || message
        'a quorum of 0'             | { t -> [quorum: t.quorum + [minimumDistinctAgencies: 0]] }                    || "The quorum's minimum number of agencies (quorum.minimumDistinctAgencies): must be at least 1."
        'a quorum of 999'           | { t -> [quorum: t.quorum + [minimumDistinctAgencies: 999]] }                  || "The quorum's minimum number of agencies (quorum.minimumDistinctAgencies): must be at most 50."
        'more agencies than exist'  | { t -> [quorum: t.quorum + [minimumDistinctAgencies: 45]] }                   || "The quorum's minimum number of agencies (quorum.minimumDistinctAgencies): a quorum of 45 agencies can never be met: the partnership has AGENCIES."
        'a yearly cadence'          | { t -> [cadence: t.cadence + [rrule: 'FREQ=YEARLY']] }                        || "The cadence's rule (cadence.rrule): meetings can repeat weekly or monthly, not yearly (FREQ=WEEKLY or FREQ=MONTHLY)."
        'a rule with no FREQ'       | { t -> [cadence: t.cadence + [rrule: 'INTERVAL=6']] }                         || "The cadence's rule (cadence.rrule): is a recurrence rule that starts with FREQ=, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2."
        'a very long rule in words' | { t -> [quorum: t.quorum + [description: 'x' * 2001]] }                       || "The quorum in words (quorum.description): must be at most 2000 characters."
        'a blank rule in words'     | { t -> [quorum: t.quorum + [description: ' ']] }                              || "The quorum in words (quorum.description): must not be blank."
        'words with another number' | { t -> [quorum: t.quorum + [minimumDistinctAgencies: 2, description: 'At least three agencies.']] } || "The quorum in words (quorum.description): the words say 3 agencies but the minimum is 2: make the words follow the number."
        'a very long purpose'       | { t -> [purpose: 'x' * 2001] }                                                || "The purpose (purpose): must be at most 2000 characters."
        'an unknown required kind'  | { t -> [quorum: t.quorum + [requiredAgencyKinds: ['COUNCIL']]] }              || "Required kind 1 (quorum.requiredAgencyKinds[0]): must be one of LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, CAFCASS, HOUSING, PROBATION, YOUTH_JUSTICE, LEGAL, DISTRICT_COUNCIL, PARTNERSHIP_TEAM, OTHER."
    }

    def "a quorum larger than the agencies of the group's own seats is refused, naming the field"() {
        given: "Southampton's group, and an agency of the partnership with no seat in it"
        def demo = new DemoTokens(accessTokens)
        String admin = demo.token('admin@southampton.demo')
        uk.reviewhub.testing.ApiCalls.post(client, ApiPaths.AGENCIES, [code: 'seatless-' + UUID.randomUUID().toString().take(8),
                name: 'An agency without a seat ' + UUID.randomUUID().toString().take(8), kind: 'OTHER'], admin)
        String groupId = get(client, ApiPaths.GROUPS, admin).json.first().id
        String path = "/api/groups/$groupId/terms-of-reference"
        def current = get(client, path, admin).json
        int seatAgencies = get(client, "/api/groups/$groupId/members?status=current", admin).json.agencies
                .findAll { !it.members.isEmpty() }.size()
        int partnershipAgencies = get(client, ApiPaths.AGENCIES, admin).json.size()
        assert seatAgencies < partnershipAgencies

        when:
        def answer = put(path, current.findAll { k, v -> k != 'group' } + [quorum: current.quorum + [minimumDistinctAgencies: seatAgencies + 1,
                description: 'Members from at least ' + (seatAgencies + 1) + ' agencies.']], admin)

        then:
        answer.status == 400
        answer.json.errors*.field == ['quorum.minimumDistinctAgencies']
        answer.json.detail == "The quorum's minimum number of agencies (quorum.minimumDistinctAgencies): a quorum of " + (seatAgencies + 1) +
                " agencies can never be met: the group's current members come from " + seatAgencies + "."
        get(client, path, admin).json.version == current.version
    }

    def "a lower-case rule is accepted, as the pack and the schedule accept it"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String admin = demo.token('admin@southampton.demo')
        String groupId = get(client, ApiPaths.GROUPS, admin).json.first().id
        String path = "/api/groups/$groupId/terms-of-reference"
        def current = get(client, path, admin).json
        def edit = current.findAll { k, v -> k != 'group' }

        when:
        def answer = put(path, edit + [cadence: current.cadence + [rrule: 'freq=weekly;interval=6']], admin)

        then:
        answer.status == 200
        get(client, path, admin).json.cadence.rrule == 'freq=weekly;interval=6'
    }

    def "an admin adds a deadline and then removes it: each is a new version, and the history keeps both"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String admin = demo.token('admin@southampton.demo')
        String groupId = get(client, ApiPaths.GROUPS, admin).json.first().id
        String path = "/api/groups/$groupId/terms-of-reference"
        def current = get(client, path, admin).json
        def edit = current.findAll { k, v -> k != 'group' }
        def added = [code: 'action-log-circulated', label: 'Action log circulated', workingDays: 3, direction: 'AFTER']

        when: 'a deadline is added'
        def first = put(path, edit + [deadlines: current.deadlines + [added]], admin)

        then:
        first.status == 200
        first.json.termsOfReference.version == current.version + 1
        first.json.termsOfReference.deadlines == current.deadlines + [added]

        when: 'it is removed again, over the new version'
        def second = put(path, edit + [version: current.version + 1, deadlines: current.deadlines], admin)

        then:
        second.status == 200
        second.json.termsOfReference.version == current.version + 2
        second.json.termsOfReference.deadlines == current.deadlines

        and: 'the history has the version with it and the versions without'
        def versions = get(client, "$path/versions", admin).json
        versions*.termsOfReference.version.take(3) == [current.version + 2, current.version + 1, current.version]
        versions[0].termsOfReference.deadlines*.code == current.deadlines*.code
        versions[1].termsOfReference.deadlines*.code == current.deadlines*.code + ['action-log-circulated']
        versions[2].termsOfReference.deadlines*.code == current.deadlines*.code
    }

    private static Map deadline(String code, int workingDays = 5) {
        [code: code, label: 'A deadline', workingDays: workingDays, direction: 'BEFORE']
    }

    private static Map measure(String code, Integer target) {
        [code: code, label: 'A measure', targetPercent: target]
    }
}
