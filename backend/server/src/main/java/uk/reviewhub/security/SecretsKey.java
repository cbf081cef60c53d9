package uk.reviewhub.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.database.DatabaseSettings;
import uk.reviewhub.problem.RuleNotMetException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The key for secrets the application must read back (a partnership's single sign-on client
 * secret), and for values derived from a random one that the browser must not be able to derive.
 *
 * <p>Taken from {@code reviewhub.security.secrets-key} (env {@code REVIEWHUB_SECRETS_KEY}, at least
 * 32 bytes, the same on every replica). When it is absent and the database is the embedded one, a
 * random key is generated once into {@code <data-dir>/secrets-key}, as the JWT secret is
 * ({@link JwtSecret}). With a configured database and no key, start-up goes on (nothing else needs
 * it) and single sign-on cannot be set up or used: {@link #available()} is false and sealing is
 * refused with the reason. Sealing is AES-256-GCM with a fresh 12-byte IV, the stored value being
 * IV, ciphertext and tag; {@code context} (the partnership) is authenticated with it, so a sealed
 * value copied into another partnership's row does not open. The keys for sealing and deriving are
 * HMAC-SHA256 of the configured key with a label each. Never logged.
 */
@Singleton
public final class SecretsKey {

    static final int MINIMUM_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger LOG = LoggerFactory.getLogger(SecretsKey.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte @Nullable [] sealing;
    private final byte @Nullable [] deriving;

    SecretsKey(@Value("${reviewhub.security.secrets-key:}") @Nullable String configured, DatabaseSettings database,
               @Value("${reviewhub.data-dir:data}") String dataDir) {
        byte[] key = resolve(configured, database.embedded(), Path.of(dataDir));
        if (key == null) {
            LOG.warn("reviewhub.security.secrets-key (REVIEWHUB_SECRETS_KEY) is not set: single sign-on cannot be set up or used");
            this.sealing = null;
            this.deriving = null;
        } else {
            this.sealing = hmac(key, "reviewhub sealing v1".getBytes(StandardCharsets.UTF_8));
            this.deriving = hmac(key, "reviewhub deriving v1".getBytes(StandardCharsets.UTF_8));
        }
    }

    static byte @Nullable [] resolve(@Nullable String configured, boolean embeddedDatabase, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MINIMUM_BYTES) {
                throw new ConfigurationException("reviewhub.security.secrets-key (REVIEWHUB_SECRETS_KEY) must be at least "
                        + MINIMUM_BYTES + " bytes long");
            }
            return bytes;
        }
        return embeddedDatabase ? JwtSecret.generatedOnce(dataDir.resolve("secrets-key")) : null;
    }

    /** Whether a key is configured (or generated for the embedded database). */
    public boolean available() {
        return sealing != null;
    }

    /** The value sealed for {@code context}: IV, then ciphertext and tag. */
    public byte[] seal(String value, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sealingKey(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The value sealed for {@code context}; refused when the key or the context differ, or the bytes were changed. */
    public String open(byte[] stored, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sealingKey(), "AES"),
                    new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new RuleNotMetException("The stored single sign-on secret cannot be read with the configured key "
                    + "(REVIEWHUB_SECRETS_KEY changed?). A partnership admin must enter the client secret again.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A value only the holder of the key can compute from {@code input}: HMAC-SHA256, URL-safe Base64. */
    public String derive(String label, String input) {
        if (deriving == null) {
            throw notConfigured();
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(deriving, (label + "\n" + input).getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] sealingKey() {
        if (sealing == null) {
            throw notConfigured();
        }
        return sealing;
    }

    private static RuleNotMetException notConfigured() {
        return new RuleNotMetException("Single sign-on needs a secrets key in the server's configuration "
                + "(REVIEWHUB_SECRETS_KEY): ask whoever runs Review Hub to set one.");
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SecretsKey[redacted]";
    }
}
