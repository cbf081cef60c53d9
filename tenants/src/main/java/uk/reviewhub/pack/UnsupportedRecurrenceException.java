package uk.reviewhub.pack;

/** A cadence whose RRULE this product cannot expand: said outright rather than guessed. */
public class UnsupportedRecurrenceException extends IllegalArgumentException {
    public UnsupportedRecurrenceException(String message) {
        super(message);
    }
}
