package uk.reviewhub.scrutiny

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.time.LocalDate
import java.time.ZoneId

import static uk.reviewhub.api.scrutiny.ScrutinyPaths.*

/**
 * Norfolk's independent scrutiny through its API, signed in as its demo users: the programme, a
 * piece's lifecycle and report clock, scrutineers' days on the chair's allocation and timesheet,
 * the framework's versions, observations against a version, the check for names, and bad input
 * answered with the field named and nothing written. Salford (no scrutiny) sees none of it.
 */
class ScrutinyApiSpec extends ScrutinyIntegrationSpec {

    def "Norfolk's programme lists its three scrutineers; Salford runs no scrutiny and sees no Norfolk piece"() {
        given:
        Map p = piece()

        when:
        def programme = get(PROGRAMME, lead)

        then:
        programme.status == 200
        programme.json.enabled == true
        programme.json.scrutineers*.name.containsAll(['Sam Scrutineer (demo independent scrutineer)',
                                                      'Ola Scrutineer (demo independent scrutineer)', 'Harriet Chair (demo chair)'])
        programme.json.pieces*.id.contains(p.id)

        and: 'the chair and the admin read it; a member may not'
        get(PROGRAMME, chair).status == 200
        get(PROGRAMME, admin).status == 200
        get(PROGRAMME, member).status == 403

        and: "Salford's chair: scrutiny is off there, and Norfolk's piece is not found"
        get(PROGRAMME, salford).json.enabled == false
        get(PROGRAMME, salford).json.pieces == []
        get(at(PIECE, [pieceId: p.id]), salford).status == 404
        post(PIECES, [title: 'x', scope: 'x', methodology: ['AUDITS'], commissionedBy: 'x', commissionedOn: today.toString(),
                      leadId: userId('chair@salford.demo')], demo.token('admin@salford.demo')).status == 403
    }

    def "scrutiny's settings alone: on in Norfolk with its own finding ratings, off in Salford with none"() {
        when:
        def norfolk = get(SETTINGS, admin)
        def salfordSettings = get(SETTINGS, salford)

        then:
        norfolk.status == 200
        norfolk.json.enabled == true
        norfolk.json.findingRatings == ['Strong practice', 'Good enough', 'Requires improvement', 'Significant concern']
        salfordSettings.json.enabled == false
        salfordSettings.json.findingRatings == []
        get(SETTINGS, lead).status == 200
        get(SETTINGS, member).status == 403
    }

    def "a piece's report is due by the clock scrutiny-report (3 months) from its commissioning, or on the agreed date"() {
        when:
        Map byClock = piece(commissionedOn: today.minusDays(10).toString())
        Map agreed = piece(commissionedOn: today.minusDays(10).toString(), agreedReportBy: today.plusDays(200).toString())

        then:
        byClock.status == 'COMMISSIONED'
        byClock.reportDue == today.minusDays(10).plusMonths(3).toString()
        byClock.clockStatus == 'ON_TRACK'
        byClock.nextStatuses == ['IN_PROGRESS', 'WITHDRAWN']
        agreed.reportDue == today.plusDays(200).toString()
        agreed.clockLabel.contains('agreed timescale')
    }

    def "a piece moves on one step at a time, by its lead and team, over the version they read"() {
        given:
        Map p = piece()
        String path = at(PIECE_STATUS, [pieceId: p.id])

        expect: 'no skipping a step'
        post(path, [status: 'REPORTING', version: p.version], lead).status == 422

        and: 'a scrutineer not on the piece may not move it'
        post(path, [status: 'IN_PROGRESS', version: p.version], other).status == 403

        when:
        def started = post(path, [status: 'IN_PROGRESS', version: p.version], chair)

        then: 'the chair is on the team'
        started.status == 200
        started.json.status == 'IN_PROGRESS'

        and: 'a stale version is refused'
        post(path, [status: 'REPORTING', version: p.version], lead).status == 409

        when:
        post(path, [status: 'REPORTING', version: started.json.version], lead)
        def noDate = post(path, [status: 'COMPLETE', version: started.json.version + 1], lead)
        def done = post(path, [status: 'COMPLETE', reportedOn: today.toString(), version: started.json.version + 1], lead)

        then:
        noDate.status == 400
        noDate.json.errors*.field == ['reportedOn']
        done.status == 200
        done.json.status == 'COMPLETE'
        done.json.clockStatus in ['MET_ON_TIME', 'MET_LATE']
        done.json.nextStatuses == []
    }

    def "scrutineers' days count against the SPRG chair's allocation, and the quarterly timesheet shows them beside chairing"() {
        given:
        Map p = piece()
        LocalDate day = today.minusDays(1 + random.nextInt(250))
        UUID sprg = UUID.fromString(get(ApiPaths.GROUPS, chair).json.find { it.code == 'sprg' }.id as String)
        int year = day.monthValue >= 4 ? day.year : day.year - 1
        int quarter = ((day.monthValue + 8) % 12).intdiv(3) + 1
        String path = at(PIECE_DAYS, [pieceId: p.id])

        when:
        def logged = post(path, [workedOn: day.toString(), days: 0.75, description: 'Observed two strategy discussions'], lead)

        then:
        logged.status == 201
        logged.json.daysLogged == 0.75
        logged.json.days*.workedBy*.name == ['Sam Scrutineer (demo independent scrutineer)']

        and: "the chair's days show it, as scrutiny"
        def year1 = get(ApiPaths.CHAIR_DAYS + "?group=$sprg&year=$year", chair).json
        year1.entries*.description.contains("Scrutiny (${p.title}): Observed two strategy discussions".toString())
        String csv = ApiCalls.send(client, io.micronaut.http.HttpRequest.GET(ApiPaths.CHAIR_DAYS_TIMESHEET
                + "?group=$sprg&year=$year&quarter=$quarter").accept('text/csv'), chair).body
        csv.contains("$day,0.75,Scrutiny (${p.title}): Observed two strategy discussions")

        and: 'no more than a day per scrutineer per day; chairing that day is not held back by it'
        post(path, [workedOn: day.toString(), days: 0.5, description: 'More'], lead).status == 422
        post(path, [workedOn: day.toString(), days: 0.5, description: 'Team work'], chair).status == 201
        post(ApiPaths.CHAIR_DAYS, [groupId: sprg, workedOn: day.toString(), days: 0.25, description: 'Chairing prep'], chair).status in [201, 422]

        and: 'someone not on the piece may not log on it; a day still to come is refused at its field'
        post(path, [workedOn: day.toString(), days: 0.25, description: 'x'], other).status == 403
        post(path, [workedOn: today.plusDays(1).toString(), days: 0.25, description: 'x'], lead).json.errors*.field == ['workedOn']
    }

    def "a changed framework leaves past observations as they were"() {
        given: 'an observation against the current version'
        Map before = framework()
        Map p = piece()
        def recorded = post(at(PIECE_OBSERVATIONS, [pieceId: p.id]), observation(before), lead)
        assert recorded.status == 201: recorded.body

        when: 'a new version renames the first domain and changes its scale'
        def domains = before.domains.collect { it as Map }
        domains[0] = domains[0] + [name: 'Renamed domain', ratingScale: ['Strong', 'Adequate', 'Weak']]
        def revised = post(FRAMEWORK, [name: before.name, guidance: before.guidance, domains: domains, basedOnVersion: before.version], other)

        then:
        revised.status == 201
        revised.json.version == before.version + 1
        revised.json.source == 'SCRUTINEER'
        get(FRAMEWORK, chair).json.version == before.version + 1

        and: "the piece's themes count it under its own scale's rating, ordered by the newest scale used"
        def themes = get(at(PIECE, [pieceId: p.id]), lead).json.themes
        themes*.domain == [before.domains[0].code]
        themes[0].counts.find { it.rating == before.domains[0].ratingScale[1] }.count == 1

        and: 'the past observation keeps its version, its domain names and its rating'
        def past = get(at(PIECE_OBSERVATIONS, [pieceId: p.id]), lead).json[0]
        past.frameworkVersion == before.version
        past.ratings[0].domainName == before.domains[0].name
        past.ratings[0].rating == before.domains[0].ratingScale[1]
        get(at(FRAMEWORK_VERSION, [version: before.version]), lead).json.domains[0].name == before.domains[0].name

        and: 'a version written over a stale one is refused; versions are listed newest first'
        post(FRAMEWORK, [name: 'x', domains: domains, basedOnVersion: before.version], other).status == 409
        get(FRAMEWORK_VERSIONS, admin).json*.version.take(2) == [before.version + 1, before.version]
    }

    def "an observation is rated on its version's scales and holds no name: bad input names the field and writes nothing"() {
        given:
        Map f = framework()
        Map p = piece()
        String path = at(PIECE_OBSERVATIONS, [pieceId: p.id])
        int observations = rows('scrutiny_observation')

        when:
        def offScale = post(path, observation(f, [ratings: [[domain: f.domains[0].code, rating: 'Brilliant']]]), lead)
        def noDomain = post(path, observation(f, [ratings: [[domain: 'no-such-domain', rating: 'Good']]]), lead)
        def noVersion = post(path, observation(f, [frameworkVersion: 999]), lead)
        def named = post(path, observation(f, [evidence: 'Mrs Smith explained the plan']), lead)
        def caseNumber = post(path, observation(f, [practitionerFeedback: 'See case LCS123456']), lead)
        def future = post(path, observation(f, [observedOn: today.plusDays(1).toString()]), lead)
        def notOnTeam = post(path, observation(f), other)

        then:
        offScale.status == 400 && offScale.json.errors*.field == ['ratings[0].rating']
        noDomain.status == 400 && noDomain.json.errors*.field == ['ratings[0].domain']
        noVersion.status == 400 && noVersion.json.errors*.field == ['frameworkVersion']
        named.status == 400 && named.json.errors*.field == ['evidence']
        named.json.errors[0].message.contains('Mrs Smith')
        caseNumber.status == 400 && caseNumber.json.errors*.field == ['practitionerFeedback']
        future.status == 400 && future.json.errors*.field == ['observedOn']
        notOnTeam.status == 403
        rows('scrutiny_observation') == observations

        when: 'the scrutineer confirms the text holds no name'
        def confirmed = post(path, observation(f, [evidence: 'Mr Motivator music was playing', noNamesConfirmed: true]), lead)

        then:
        confirmed.status == 201
        confirmed.json.observer.name == 'Sam Scrutineer (demo independent scrutineer)'
        rows('scrutiny_observation') == observations + 1
    }

    def "commissioning checks its fields and writes nothing when one is wrong"() {
        given:
        int pieces = rows('scrutiny_piece')

        expect:
        post(PIECES, [title: 'x', scope: 'x', methodology: ['AUDITS'], commissionedBy: 'LSPs', commissionedOn: today.toString(),
                      leadId: userId('member@norfolk.demo')], lead).json.errors*.field == ['leadId']
        post(PIECES, [title: 'x', scope: 'x', methodology: ['AUDITS'], commissionedBy: 'LSPs', commissionedOn: today.toString(),
                      leadId: userId('scrutineer@norfolk.demo'), teamIds: [userId('scrutineer@norfolk.demo')]], lead)
                .json.errors*.field == ['teamIds[0]']
        post(PIECES, [title: 'x', scope: 'x', methodology: ['AUDITS'], commissionedBy: 'LSPs',
                      commissionedOn: today.plusDays(3).toString(), leadId: userId('scrutineer@norfolk.demo')], lead)
                .json.errors*.field == ['commissionedOn']
        post(PIECES, [title: '', scope: 'x', methodology: [], commissionedBy: 'LSPs', commissionedOn: today.toString(),
                      leadId: userId('scrutineer@norfolk.demo')], lead).json.errors*.field.sort() == ['methodology', 'title']
        post(PIECES, [title: 'x', scope: 'x', methodology: ['TEA_AND_BISCUITS'], commissionedBy: 'LSPs',
                      commissionedOn: today.toString(), leadId: userId('scrutineer@norfolk.demo')], lead).status == 400
        rows('scrutiny_piece') == pieces
    }
}
