package uk.reviewhub.ui.backend;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.api.Problem;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Reads the backend's problem+json answer (the API's {@link Problem}) into a {@link BackendProblem}. */
@Singleton
class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    BackendProblem from(HttpClientResponseException e) {
        int status = e.getStatus().getCode();
        String body = e.getResponse().getBody(String.class).orElse(null);
        Problem problem = parse(body);
        if (status >= 500) {
            LOG.warn("Backend answered {} for a request: {}", status, problem == null ? e.getMessage() : problem.title());
        }
        List<BackendProblem.FieldError> fields = problem == null || problem.errors() == null ? List.of()
                : problem.errors().stream().filter(f -> f.field() != null && !f.field().isBlank())
                .map(f -> new BackendProblem.FieldError(f.field(), f.message() == null ? "" : f.message())).toList();
        return new BackendProblem(status, problem == null ? null : problem.title(), problem == null ? null : detailWithFields(problem),
                retryAfter(e), e, problem == null ? null : problem.detail(), fields);
    }

    /**
     * The detail, followed by the fields the backend found wrong, if it named any (a field whose
     * message the detail already says is not repeated).
     */
    private static String detailWithFields(Problem problem) {
        String detail = problem.detail();
        List<Problem.FieldError> more = problem.errors() == null ? List.of()
                : problem.errors().stream().filter(e -> detail == null || !detail.equals(e.message())).toList();
        if (more.isEmpty()) {
            return detail;
        }
        String fields = String.join("; ", more.stream().map(e -> e.field() + ": " + e.message()).toList());
        return (detail == null ? "" : detail + " ") + fields + ".";
    }

    private static Duration retryAfter(HttpClientResponseException e) {
        String value = e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER);
        if (value == null || !value.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(value.trim()));
    }

    private Problem parse(String body) {
        if (body == null || body.isBlank() || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return json.readValue(body, Problem.class);
        } catch (IOException | RuntimeException notAProblem) {
            return null;
        }
    }
}
