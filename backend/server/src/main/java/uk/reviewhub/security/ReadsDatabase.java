package uk.reviewhub.security;

import io.micronaut.security.token.Claims;

/**
 * A claims validator that sometimes reads the database to decide ({@code access.CurrentAccessValidator}
 * reads a person's standing at most once per 30 seconds). {@link VerifiedTokens} then runs the
 * token's checks on the blocking executor instead of the Netty event loop that received the
 * request: a read there would stall every connection on that loop, for as long as the connection
 * pool makes it wait.
 */
public interface ReadsDatabase {

    /** True when validating these claims now would read the database. */
    boolean wouldRead(Claims claims);
}
