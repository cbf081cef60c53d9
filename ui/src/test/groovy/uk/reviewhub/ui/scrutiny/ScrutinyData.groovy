package uk.reviewhub.ui.scrutiny

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.SignInRequest
import uk.reviewhub.api.auth.SignInResponse
import uk.reviewhub.api.scrutiny.FrameworkView
import uk.reviewhub.api.scrutiny.ObservationRequest
import uk.reviewhub.api.scrutiny.ObservationView
import uk.reviewhub.api.scrutiny.PieceRequest
import uk.reviewhub.api.scrutiny.PieceView
import uk.reviewhub.api.scrutiny.ProgrammeView
import uk.reviewhub.api.scrutiny.ScrutinyPaths
import uk.reviewhub.api.vocabulary.ScrutinyMethod
import uk.reviewhub.ui.TestSystem

import java.time.LocalDate

/** A piece of scrutiny for the specs, recorded through the backend's API as a Norfolk scrutineer. */
class ScrutinyData {

    /**
     * Six random lower-case letters, to make a text unique. Not hexadecimal: six digits in a row
     * (about one UUID prefix in sixteen) look like a case number to the minimal-data check.
     */
    static String suffix() {
        def random = new Random()
        List<String> letters = ('a'..'z').toList()
        (1..6).collect { letters[random.nextInt(26)] }.join()
    }

    static PieceView piece(String email) {
        def http = HttpClient.create(TestSystem.instance.backend.URL).toBlocking()
        try {
            String token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(email, TestSystem.DEMO_PASSWORD, null)),
                    SignInResponse).accessToken()
            def programme = http.retrieve(HttpRequest.GET(ScrutinyPaths.PROGRAMME).bearerAuth(token), ProgrammeView)
            def lead = programme.scrutineers().find { it.name().startsWith('Sam Scrutineer') }
            http.retrieve(HttpRequest.POST(ScrutinyPaths.PIECES, new PieceRequest('Multi-agency strategy discussions '
                    + UUID.randomUUID().toString().substring(0, 6), 'Quality of strategy discussions', ['Is the child seen?'],
                    [ScrutinyMethod.OBSERVATIONS], 'Lead Safeguarding Partners', LocalDate.now().minusDays(30), lead.id(), [],
                    null)).bearerAuth(token), PieceView)
        } finally {
            http.close()
        }
    }

    /** An observation on the piece, against the current framework, recorded as {@code email}. */
    static ObservationView observation(String email, UUID pieceId, String setting) {
        def http = HttpClient.create(TestSystem.instance.backend.URL).toBlocking()
        try {
            String token = http.retrieve(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(email, TestSystem.DEMO_PASSWORD, null)),
                    SignInResponse).accessToken()
            def framework = http.retrieve(HttpRequest.GET(ScrutinyPaths.FRAMEWORK).bearerAuth(token), FrameworkView)
            def domain = framework.domains().first()
            http.retrieve(HttpRequest.POST(ScrutinyPaths.PIECE_OBSERVATIONS.replace('{pieceId}', pieceId.toString()),
                    new ObservationRequest(LocalDate.now().minusDays(5), setting, framework.version(),
                            [new ObservationRequest.Rating(domain.code(), domain.ratingScale()[1])],
                            'The social worker summarised the risks clearly', null, null, null, false)).bearerAuth(token), ObservationView)
        } finally {
            http.close()
        }
    }
}
