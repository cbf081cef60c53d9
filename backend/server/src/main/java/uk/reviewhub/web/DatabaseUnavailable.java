package uk.reviewhub.web;

import io.micronaut.http.HttpMethod;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The one rule for "the database cannot be reached just now": its server stopped, restarting or
 * refusing connections, the network to it down, or no pooled connection free within the pool's wait.
 * A request that meets it is answered 503 with Retry-After ({@link ProblemExceptionHandlers}), not
 * 500: nothing is wrong with the request, and the same request a little later may well succeed.
 */
final class DatabaseUnavailable {

    /** How long a client is asked to wait: about a database restart's time. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final String SENTENCE = "Review Hub cannot reach its database just now. Try again in a few seconds.";

    /**
     * What the person is told (the problem's detail, before its reference). A request that changes
     * something may have been saved if the connection went at its commit, so it says to look first.
     */
    static String sentence(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD ? SENTENCE
                : SENTENCE + " If you were saving something, check whether it was saved before you send it again.";
    }

    private DatabaseUnavailable() {
    }

    /**
     * True when {@code exception} (or a cause) says the database could not be reached: the pool's wait
     * for a connection ran out, or PostgreSQL's error is a connection exception (SQLSTATE class 08,
     * save 08P01, a protocol violation) or the server shutting down or not yet accepting connections
     * (57P01, 57P02, 57P03).
     */
    static boolean is(Throwable exception) {
        return ProblemExceptionHandlers.causes(exception).anyMatch(t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLException sql && sql.getSQLState() != null && unreachable(sql.getSQLState()));
    }

    private static boolean unreachable(String state) {
        return state.startsWith("08") && !state.equals(PROTOCOL_VIOLATION)
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /**
     * Class 08 but not an outage: what the request sent broke the connection, and sent again it would
     * break it again, so it is answered as the server's fault (500), not "try again in a few seconds".
     */
    private static final String PROTOCOL_VIOLATION = "08P01";

    /** The chain of causes' types and first lines, for one log line (connection errors carry no row data). */
    static String reason(Throwable exception) {
        return ProblemExceptionHandlers.causes(exception)
                .map(t -> t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("")))
                .collect(Collectors.joining(" <- "));
    }
}
