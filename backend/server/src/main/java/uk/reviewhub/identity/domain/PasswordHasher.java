package uk.reviewhub.identity.domain;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * bcrypt ({@code $2a$}) password hashes, cost 12 unless {@code reviewhub.security.password-cost}
 * says otherwise. Passwords longer than bcrypt's 72 bytes are truncated, as OpenBSD's and Spring's
 * implementations do, so hashes made elsewhere still verify. Hashes of any cost verify, so a
 * changed cost applies to passwords set from then on.
 *
 * <p>The cost is a setting only so that the test suite, which signs in some hundreds of times, can
 * spend 1 ms instead of about 400 on each (the test fixture sets the lowest cost, 4); production
 * never sets it, and a cost below {@link #LEAST_PRODUCTION_COST} is refused outside the
 * {@code test} environment.
 */
@Singleton
public final class PasswordHasher {

    /** The cost used when none is configured. */
    public static final int COST = 12;
    /** The least cost accepted outside the test environment. */
    public static final int LEAST_PRODUCTION_COST = 10;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final BCrypt.Hasher HASHER = BCrypt.with(VERSION, LongPasswordStrategies.truncate(VERSION));
    private static final BCrypt.Verifyer VERIFIER = BCrypt.verifyer(VERSION, LongPasswordStrategies.truncate(VERSION));

    private final int cost;
    /**
     * A hash no password is known to match: unknown emails are checked against it, so they cost the
     * same time as a known one. Made from random salt and random hash bytes at the configured cost,
     * not by hashing (a cost-12 hash is about 0.4 s of a core); verifying against it still runs the
     * full cost, as bcrypt computes before it compares. Made at its first use, not at start: making
     * it loads bcrypt's dependency from a signed jar, whose signature check took about 80 ms of the
     * start's main thread (a wall-clock profile of the start, infra/bench/README.md), and the first
     * sign-in of any kind loads the same classes anyway.
     */
    private volatile String decoy;

    /** Cost 12, for tools outside the application (the benchmark's synthetic users). */
    public PasswordHasher() {
        this(COST, false);
    }

    @Inject
    PasswordHasher(@Value("${reviewhub.security.password-cost:" + COST + "}") int cost,
                   Environment environment) {
        this(cost, environment.getActiveNames().contains(Environment.TEST));
    }

    private PasswordHasher(int cost, boolean testEnvironment) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("reviewhub.security.password-cost must be from 4 to 31 (bcrypt's range), not " + cost);
        }
        if (cost < LEAST_PRODUCTION_COST && !testEnvironment) {
            throw new IllegalArgumentException("reviewhub.security.password-cost below " + LEAST_PRODUCTION_COST
                    + " is for the test suite only, not " + cost);
        }
        this.cost = cost;
    }

    private static String decoy(int cost) {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] rawHash = new byte[23];
        random.nextBytes(salt);
        random.nextBytes(rawHash);
        return new String(VERSION.formatter.createHashMessage(new BCrypt.HashData(cost, VERSION, salt, rawHash)),
                StandardCharsets.UTF_8);
    }

    /** The decoy's text (made at the first call); package-visible for the spec that checks its shape and cost. */
    String decoy() {
        String made = decoy;
        if (made == null) {
            synchronized (this) {
                made = decoy;
                if (made == null) {
                    made = decoy(cost);
                    decoy = made;
                }
            }
        }
        return made;
    }

    public String hash(String password) {
        return HASHER.hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        try {
            return VERIFIER.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    /** Spends one verification, as {@link #matches} does, and always answers false. */
    public boolean spendOneVerification(String password) {
        matches(password, decoy());
        return false;
    }
}
