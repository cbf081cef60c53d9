package uk.reviewhub.partnership.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.database.DatabaseSettings;
import uk.reviewhub.identity.domain.PasswordHasher;
import uk.reviewhub.pack.DemoUser;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.PackReader;
import uk.reviewhub.pack.PackReading;
import uk.reviewhub.pack.PackSource;
import uk.reviewhub.partnership.persistence.DemoAccountStore;
import uk.reviewhub.tenancy.TenantContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo accounts, for local use only: loaded with the embedded database, or in the {@code test}
 * environment when {@code reviewhub.demo.enabled} is true; never with a configured database
 * otherwise. They share one password ({@code reviewhub.demo.password}, else generated once and
 * kept in {@code <data-dir>/demo-password}). The sign-ins are written to
 * {@code <data-dir>/demo-sign-ins.txt} and logged.
 */
@Singleton
public class DemoAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    static final String SIGN_INS_FILE = "demo-sign-ins.txt";
    static final String PASSWORD_FILE = "demo-password";

    private final DemoAccountStore store;
    private final PasswordHasher hasher;
    private final boolean allowed;
    private final Path dataDir;
    private final @Nullable String configuredPassword;

    DemoAccounts(DemoAccountStore store, PasswordHasher hasher, DatabaseSettings database, Environment environment,
                 @Value("${reviewhub.demo.enabled:false}") boolean enabled,
                 @Nullable @Value("${reviewhub.demo.password:}") String password,
                 @Value("${reviewhub.data-dir:data}") String dataDir) {
        this.store = store;
        this.hasher = hasher;
        this.allowed = allowed(database.embedded(), environment.getActiveNames().contains(Environment.TEST), enabled);
        this.dataDir = Path.of(dataDir);
        this.configuredPassword = password == null || password.isBlank() ? null : password;
    }

    /** The rule: embedded database, or the test environment with the switch on. */
    static boolean allowed(boolean embeddedDatabase, boolean testEnvironment, boolean enabled) {
        return embeddedDatabase || (testEnvironment && enabled);
    }

    public boolean allowed() {
        return allowed;
    }

    /** One line of the sign-ins file. */
    public record SignIn(String email, String roles, String partnership, String password) {
    }

    /** Loads the demo users of the given packs and of the platform; answers the sign-ins (none when not allowed). */
    public List<SignIn> load(PackReader reader, PackSource source, Map<String, UUID> tenantBySlug, List<Pack> packs) {
        if (!allowed) {
            return List.of();
        }
        String password = password();
        Map<String, Boolean> verified = new HashMap<>();
        String[] sharedHash = {null};
        List<SignIn> signIns = new ArrayList<>();

        PackReading<List<DemoUser>> platform = reader.readPlatformDemoUsers(source);
        if (!platform.valid()) {
            throw new PackProblemsException(platform.problems());
        }
        for (DemoUser user : platform.value()) {
            upsertUser(user, password, verified, sharedHash);
            signIns.add(new SignIn(user.email(), String.join("+", user.platformRoles()), "-", password));
        }
        for (Pack pack : packs) {
            PackReading<List<DemoUser>> users = reader.readDemoUsers(source, pack);
            if (!users.valid()) {
                throw new PackProblemsException(users.problems());
            }
            UUID tenantId = tenantBySlug.get(pack.slug());
            for (DemoUser user : users.value()) {
                UUID userId = upsertUser(user, password, verified, sharedHash);
                TenantContext.runAs(tenantId, () -> store.storeMembership(userId, user.roles(), user.agencyCode(),
                        user.seat() == null ? null : user.seat().groupCode(),
                        user.seat() == null ? null : user.seat().positionTitle()));
                signIns.add(new SignIn(user.email(), String.join("+", user.roles()), pack.slug(), password));
            }
        }
        writeSignIns(signIns);
        return signIns;
    }

    // bcrypt is slow on purpose: verify each distinct stored hash once and hash the password at most once.
    private UUID upsertUser(DemoUser user, String password, Map<String, Boolean> verified, String[] sharedHash) {
        var existing = store.findUser(user.email());
        if (existing.isPresent()) {
            String hash = existing.get().passwordHash();
            boolean matches = verified.computeIfAbsent(hash, h -> hasher.matches(password, h));
            String keep = matches ? hash : shared(password, sharedHash);
            if (matches && sharedHash[0] == null) {
                sharedHash[0] = hash;
            }
            store.updateUser(existing.get().id(), user.displayName(), keep, user.platformRoles());
            return existing.get().id();
        }
        return store.insertUser(user.email(), user.displayName(), shared(password, sharedHash), user.platformRoles());
    }

    private String shared(String password, String[] sharedHash) {
        if (sharedHash[0] == null) {
            sharedHash[0] = hasher.hash(password);
        }
        return sharedHash[0];
    }

    private String password() {
        if (configuredPassword != null) {
            return configuredPassword;
        }
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, generated + System.lineSeparator());
            ownerOnly(file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the demo password in " + file, e);
        }
    }

    private void writeSignIns(List<SignIn> signIns) {
        StringBuilder text = new StringBuilder("# Demo sign-ins (local only). email | roles | partnership | password")
                .append(System.lineSeparator());
        signIns.forEach(s -> text.append(String.format("%-34s %-28s %-12s %s%n", s.email(), s.roles(), s.partnership(), s.password())));
        Path file = dataDir.resolve(SIGN_INS_FILE);
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, text);
            ownerOnly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        LOG.info("Demo sign-ins (also in {}):{}{}", file.toAbsolutePath(), System.lineSeparator(), text);
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: leave the default permissions
        }
    }
}
