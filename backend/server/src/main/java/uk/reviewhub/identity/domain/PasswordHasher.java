package uk.reviewhub.identity.domain;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt ({@code $2a$}, cost 12) password hashes. Passwords longer than bcrypt's 72 bytes are
 * truncated, as OpenBSD's and Spring's implementations do, so hashes made elsewhere still verify.
 */
@Singleton
public final class PasswordHasher {

    public static final int COST = 12;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final BCrypt.Hasher HASHER = BCrypt.with(VERSION, LongPasswordStrategies.truncate(VERSION));
    private static final BCrypt.Verifyer VERIFIER = BCrypt.verifyer(VERSION, LongPasswordStrategies.truncate(VERSION));

    /** A hash of a password nobody knows: unknown emails are checked against it, so they cost the same time. */
    private final String decoy = hash("decoy-" + System.nanoTime());

    public String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
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
        matches(password, decoy);
        return false;
    }
}
