package uk.reviewhub.ui.shell;

/** The signed-in person asked for a page their roles do not open ({@link Allowed}). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException() {
        super("Not available to the signed-in person");
    }

    public NotAllowedException(String message) {
        super(message);
    }
}
