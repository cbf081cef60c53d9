package uk.reviewhub.testing

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.serde.ObjectMapper

/** Sends a request to the running server and answers status, headers and body whatever the status. */
class ApiCalls {

    static class Answer {
        int status
        HttpHeaders headers
        String body

        Object getJson() {
            body ? ObjectMapper.getDefault().readValue(body, Object) : null
        }

        String getContentType() {
            headers.contentType().orElse(null)
        }
    }

    static Answer send(HttpClient client, MutableHttpRequest<?> request, String bearer = null) {
        if (bearer) {
            request.bearerAuth(bearer)
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING)
            new Answer(status: response.code(), headers: response.headers, body: response.body())
        } catch (HttpClientResponseException e) {
            new Answer(status: e.response.code(), headers: e.response.headers,
                    body: e.response.getBody(String).orElse(null))
        }
    }

    static Answer get(HttpClient client, String path, String bearer = null) {
        send(client, HttpRequest.GET(path), bearer)
    }

    static Answer post(HttpClient client, String path, Object body, String bearer = null) {
        send(client, HttpRequest.POST(path, body), bearer)
    }
}
