package uk.reviewhub.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/**
 * No such record for the signed-in user's partnership: answered 404. Another partnership's ids
 * land here too, because row-level security hides their rows.
 */
public class NotFoundException extends HttpStatusException {
    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }
}
