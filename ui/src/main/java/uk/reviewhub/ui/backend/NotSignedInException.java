package uk.reviewhub.ui.backend;

/** There is no signed-in user in this session, or their sign-in could not be renewed. */
public final class NotSignedInException extends RuntimeException {

    public NotSignedInException(String message) {
        super(message);
    }
}
