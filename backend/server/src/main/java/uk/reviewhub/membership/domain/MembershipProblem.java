package uk.reviewhub.membership.domain;

/**
 * A membership request refused: the HTTP status to answer, the field at fault (null when the
 * request as a whole is), and a sentence for the person who sent it.
 */
public class MembershipProblem extends RuntimeException {

    private final int status;
    private final String field;

    public MembershipProblem(int status, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    static MembershipProblem badField(String field, String message) {
        return new MembershipProblem(400, field, message);
    }

    static MembershipProblem notFound(String message) {
        return new MembershipProblem(404, null, message);
    }

    static MembershipProblem conflict(String message) {
        return new MembershipProblem(409, null, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
