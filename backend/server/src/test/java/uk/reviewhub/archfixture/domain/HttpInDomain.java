package uk.reviewhub.archfixture.domain;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** Deliberately wrong, for ArchitectureSpec only: a domain class that answers in HTTP. */
public class HttpInDomain {
    public RuntimeException refuse() {
        return new HttpStatusException(HttpStatus.CONFLICT, "wrong on purpose");
    }
}
