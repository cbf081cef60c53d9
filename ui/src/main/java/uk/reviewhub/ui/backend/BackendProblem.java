package uk.reviewhub.ui.backend;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The backend answered with an error (or could not be reached). {@link #userMessage()} is the text
 * to show the user: the problem's detail when the backend gave one, else a plain sentence for the
 * status (a problem's title, e.g. "Too Many Requests", says less than that sentence). Never carries a stack trace or the raw body.
 */
public final class BackendProblem extends RuntimeException {

    /** Status used when no HTTP response arrived at all. */
    public static final int UNREACHABLE = 0;

    private final int status;
    private final String userMessage;
    private final Duration retryAfter;
    private final String detail;
    private final List<FieldError> fieldErrors;

    /** A field of the request the backend found wrong ({@code errors[]} of its problem+json answer), in its words. */
    public record FieldError(String field, String message) {
    }

    BackendProblem(int status, @Nullable String title, @Nullable String detail, @Nullable Throwable cause) {
        this(status, title, detail, null, cause);
    }

    BackendProblem(int status, @Nullable String title, @Nullable String detail, @Nullable Duration retryAfter,
                   @Nullable Throwable cause) {
        this(status, title, detail, retryAfter, cause, detail, List.of());
    }

    /**
     * @param detail      the detail with the named fields' messages appended (what {@link #userMessage()} says)
     * @param plainDetail the backend's detail alone
     */
    BackendProblem(int status, @Nullable String title, @Nullable String detail, @Nullable Duration retryAfter,
                   @Nullable Throwable cause, @Nullable String plainDetail, List<FieldError> fieldErrors) {
        super("Backend answered " + status + (title == null ? "" : ": " + title), cause);
        this.status = status;
        this.retryAfter = retryAfter;
        this.userMessage = firstNonBlank(detail, defaultMessage(status));
        this.detail = plainDetail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** The fields the backend named, each with its message (empty when it named none). */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The backend's detail alone, without the named fields (null when it gave none). */
    public @Nullable String detail() {
        return detail;
    }

    public int status() {
        return status;
    }

    public String userMessage() {
        return userMessage;
    }

    /** How long the backend asked the client to wait (429), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean isThrottled() {
        return status == 429;
    }

    public boolean isUnauthorised() {
        return status == 401;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    static String defaultMessage(int status) {
        return switch (status) {
            case UNREACHABLE -> "The Review Hub service cannot be reached just now. Please try again in a moment.";
            case 400 -> "The request was not accepted. Please check what you entered.";
            case 401 -> "Your sign-in has ended. Please sign in again.";
            case 403 -> "You do not have permission to do that.";
            case 404 -> "That item was not found.";
            case 429 -> "Too many attempts. Please wait a few minutes, then try again.";
            default -> status >= 500
                    ? "Something went wrong in the Review Hub service. Please try again later."
                    : "The request could not be completed (status " + status + ").";
        };
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
