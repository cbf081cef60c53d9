package uk.reviewhub.identity.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.identity.persistence.UserQueries;
import uk.reviewhub.problem.InvalidFieldException;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way a person's account comes into being outside demo data: a first admin set up by
 * onboarding, an invited person accepting, a person first signing in through their partnership's
 * single sign-on. A person is one account (one email) across partnerships; what they may see comes
 * from their memberships. A chosen password must pass {@link PasswordPolicy}; an account made for
 * single sign-on has no usable password ({@link #NO_PASSWORD} never verifies) until one is set.
 */
@Singleton
public class Accounts {

    /** Stored in place of a hash for accounts without a password: bcrypt refuses it, so nothing matches. */
    public static final String NO_PASSWORD = "!no-password";

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 200;

    private final UserQueries users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    Accounts(UserQueries users, PasswordHasher hasher, PasswordPolicy policy) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
    }

    public Optional<UserAccount> byEmail(String email) {
        return users.findByEmail(email);
    }

    /**
     * The account for this email, created with the chosen password if there is none. An existing
     * account keeps its own password: the chosen one is then not checked or stored (the person
     * signs in as before). {@code passwordField} names the request field for a refused password.
     */
    public UUID createWithPassword(String email, String displayName, String password, String passwordField) {
        Optional<UserAccount> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        policy.problem(password, email).ifPresent(problem -> {
            throw new InvalidFieldException(passwordField, problem);
        });
        return users.insertIfAbsent(normalEmail(email), displayName.strip(), hasher.hash(password));
    }

    /** The account for this email, created without a password (single sign-on) if there is none. */
    public UUID createWithoutPassword(String email, String displayName) {
        return users.insertIfAbsent(normalEmail(email), displayName.strip(), NO_PASSWORD);
    }

    /** Sets a person's password after checking it; {@code passwordField} names the request field. */
    public void setPassword(UUID userId, String email, String password, String passwordField) {
        policy.problem(password, email).ifPresent(problem -> {
            throw new InvalidFieldException(passwordField, problem);
        });
        users.setPasswordHash(userId, hasher.hash(password));
    }

    /** Trimmed; the domain part lower-cased (the column compares case-insensitively anyway). */
    public static String normalEmail(String email) {
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }
}
