package uk.reviewhub.casereview

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.IntegrationSpec

/**
 * A local authority case reference that another case already has is a warning the user can proceed
 * past (issue 13, item 4): the first answer names the field and writes nothing; the same request
 * confirmed records it. Another partnership's references are not seen.
 */
class DuplicateReferenceSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject @Client('/') HttpClient client

    @Shared CaseWorld world
    @Shared CaseWorld other

    def setup() {
        if (world == null) {
            world = new CaseWorld(client, accessTokens, 'duplicates')
            other = new CaseWorld(client, accessTokens, 'duplicates-other')
        }
    }

    def "a second case with a reference already recorded is warned about, then recorded once confirmed"() {
        given:
        String reference = 'DUP-' + UUID.randomUUID().toString().take(6)
        world.newCase(laCaseReference: reference)
        int before = world.get('/api/cases').json.size()

        when: 'the same reference, in other letter case'
        def warned = world.post('/api/cases', CaseWorld.caseBody(laCaseReference: reference.toLowerCase()))

        then: 'a warning at the field, and nothing written'
        warned.status == 400
        warned.json.errors*.field == ['laCaseReference']
        warned.json.errors[0].message.contains('Another case already has the local authority case reference')
        world.get('/api/cases').json.size() == before

        when: 'confirmed'
        def confirmed = world.post('/api/cases', CaseWorld.caseBody(laCaseReference: reference.toLowerCase(),
                duplicateReferenceConfirmed: true))

        then:
        confirmed.status == 201
        world.get('/api/cases').json.size() == before + 1
    }

    def "a case keeps its own reference on update; changing to another case's reference is warned about"() {
        given:
        def first = world.newCase()
        def second = world.newCase()

        expect:
        world.put("/api/cases/$first.id", CaseWorld.caseBody(laCaseReference: first.laCaseReference, version: first.version)).status == 200

        when:
        def warned = world.put("/api/cases/$second.id", CaseWorld.caseBody(laCaseReference: first.laCaseReference, version: second.version))

        then:
        warned.status == 400
        warned.json.errors*.field == ['laCaseReference']
        world.get("/api/cases/$second.id").json.laCaseReference == second.laCaseReference
    }

    def "another partnership's references do not count"() {
        given:
        String reference = 'ISO-' + UUID.randomUUID().toString().take(6)
        other.newCase(laCaseReference: reference)

        expect:
        world.post('/api/cases', CaseWorld.caseBody(laCaseReference: reference)).status == 201
    }
}
