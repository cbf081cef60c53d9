package uk.reviewhub.identity.domain;

import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for a password a person chooses (registration, an accepted invitation, a reset):
 * at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not a common password
 * (the list in {@code identity/common-passwords.txt}, also with only digits, symbols or a year
 * around it), not one character repeated or a run like "123456789012", and not the person's own
 * email address or its name part. Answers the reason in plain English, or empty when the password
 * may be used. Length is counted in characters as a person types them (code points).
 */
@Singleton
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final String LIST = "/identity/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Why this password may not be used, or empty if it may. {@code email} may be null. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; this password has " + length + ".");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("This password is one of the most commonly used, so it is easy to guess. Choose another.");
        }
        if (lower.codePoints().distinct().count() <= 2 || isRun(lower)) {
            return Optional.of("This password is a repeated character or a simple run, so it is easy to guess. Choose another.");
        }
        if (email != null && !email.isBlank()) {
            String address = email.toLowerCase(Locale.ROOT).strip();
            int at = address.indexOf('@');
            String name = at > 0 ? address.substring(0, at) : address;
            if (lower.contains(address) || (name.length() >= 4 && isCommonAround(lower, name))) {
                return Optional.of("Do not use your email address as your password.");
            }
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String core = strip(lower);
        return !core.isEmpty() && common.contains(core);
    }

    private static boolean isCommonAround(String lower, String word) {
        return lower.equals(word) || strip(lower).equals(word);
    }

    /** The password without the digits and symbols at either end ("!!welcome2026?" is "welcome"). */
    private static String strip(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** Every step from one character to the next is the same +1 or -1 ("123456789012" wraps 9 to 0). */
    private static boolean isRun(String lower) {
        int[] cps = lower.codePoints().toArray();
        for (int direction : new int[] {1, -1}) {
            boolean run = true;
            for (int i = 1; i < cps.length && run; i++) {
                int step = cps[i] - cps[i - 1];
                boolean wraps = Character.isDigit(cps[i]) && Character.isDigit(cps[i - 1]) && step == -9 * direction;
                run = step == direction || wraps;
            }
            if (run) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + LIST);
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
