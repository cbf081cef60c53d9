package uk.reviewhub.meeting

import uk.reviewhub.testing.DemoTokens
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/** Norfolk's independent chair logs days against the allocation from the pack and exports a quarter's timesheet. */
class ChairDaysApiSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    def "days logged against Norfolk's 40 days from April 2025, and the quarter's timesheet"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String chair = demo.token('chair@norfolk.demo')
        String groupId = get(client, ApiPaths.GROUPS, chair).json.first().id

        when: 'the chair logs a day and a half-day in the first quarter of 2025-26'
        def first = post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: '2025-05-12', days: 1,
                description: 'Chaired the SPRG'], chair)
        def second = post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: '2025-06-02', days: 0.5,
                description: '=Prepared, with "notes"'], chair)

        then:
        first.status == 201
        second.json.year == 2025
        second.json.allocationDays == 40
        second.json.daysUsed == 1.5
        second.json.daysRemaining == 38.5
        second.json.entries*.workedOn == ['2025-05-12', '2025-06-02']

        and: 'the year before had the 2018 post allocation'
        get(client, "${ApiPaths.CHAIR_DAYS}?group=$groupId&year=2024", chair).json.allocationDays == 24
        get(client, "${ApiPaths.CHAIR_DAYS}?group=$groupId&year=2024", chair).json.allocationBasis == 'the 2018 post'

        when:
        def csv = get(client, "${ApiPaths.CHAIR_DAYS_TIMESHEET}?group=$groupId&year=2025&quarter=1", chair)

        then: 'CSV with CRLF, quoted fields, a defused formula, and a total'
        csv.status == 200
        csv.contentType.startsWith('text/csv')
        csv.body == 'Date,Days,Work\r\n2025-05-12,1,Chaired the SPRG\r\n2025-06-02,0.5,"\'=Prepared, with ""notes"""\r\n' +
                'Total,1.5,2025-04-01 to 2025-06-30\r\n'

        and: 'bad input is a problem'
        post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: '2099-01-01', days: 1, description: 'Future'], chair).status == 400
        post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: '2025-05-12', days: 0.5, description: 'Again'], chair).status == 422
        post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: '2025-05-13', days: 2, description: 'Too much'], chair).status == 400
        get(client, "${ApiPaths.CHAIR_DAYS_TIMESHEET}?group=$groupId&year=2025&quarter=5", chair).status == 400

        and: "another partnership cannot see or log against Norfolk's group; members cannot log"
        def salford = demo.token('chair@salford.demo')
        get(client, "${ApiPaths.CHAIR_DAYS}?group=$groupId", salford).status == 404
        post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: '2025-05-13', days: 1, description: 'x'], salford).status == 404
        get(client, "${ApiPaths.CHAIR_DAYS_TIMESHEET}?group=$groupId&year=2025&quarter=1", salford).status == 404
        post(client, ApiPaths.CHAIR_DAYS, [groupId: groupId, workedOn: '2025-05-13', days: 1, description: 'x'],
                demo.token('member@salford.demo')).status == 403
    }

    def "a group whose pack sets no allocation shows none"() {
        given:
        def demo = new DemoTokens(accessTokens)
        String chair = demo.token('chair@salford.demo')
        String groupId = get(client, ApiPaths.GROUPS, chair).json.first().id

        expect:
        get(client, "${ApiPaths.CHAIR_DAYS}?group=$groupId&year=2025", chair).json.allocationDays == null
    }
}
