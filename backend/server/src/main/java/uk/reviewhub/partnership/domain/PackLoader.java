package uk.reviewhub.partnership.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.PackProblem;
import uk.reviewhub.pack.PackReader;
import uk.reviewhub.pack.PackReading;
import uk.reviewhub.pack.PackSource;
import uk.reviewhub.partnership.persistence.PackStore;
import uk.reviewhub.tenancy.TenantContext;
import uk.reviewhub.time.clock.ClockDefinitions;

import uk.reviewhub.time.LondonTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads partnership packs into the database. Every pack is read and validated before anything is
 * written; each valid pack is then registered ({@code platform.register_partnership}) and stored,
 * bound to its tenant, in one transaction. Storing is idempotent: an unchanged pack (same content
 * hash as its last load) writes nothing; a changed one is upserted by code, and its terms of
 * reference get a new version only where their content changed and the current version is the
 * pack's own: an admin's edit is not written over (the change not applied is noted with the load
 * and shown with the terms' versions). A pack with problems is skipped
 * whole, its problems logged with file and line; the other packs still load.
 */
@Singleton
public class PackLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PackLoader.class);

    private final PackReader reader = new PackReader();
    private final PackStore store;
    private final List<PackExtension> extensions;

    PackLoader(PackStore store, List<PackExtension> extensions) {
        this.store = store;
        this.extensions = List.copyOf(extensions);
    }

    public PackReader reader() {
        return reader;
    }

    public PackLoadReport load(PackSource source) {
        List<PackReading<Pack>> readings = reader.readAll(source);
        List<PackProblem> problems = new ArrayList<>();
        List<Pack> valid = new ArrayList<>();
        for (PackReading<Pack> reading : readings) {
            List<PackProblem> clockProblems = reading.valid() ? clockProblems(source, reading.value()) : List.of();
            if (reading.valid() && clockProblems.isEmpty()) {
                valid.add(reading.value());
            } else if (reading.valid()) {
                problems.addAll(clockProblems);
                LOG.error("Partnership pack '{}' has clock rules the server cannot use and was not loaded:{}",
                        reading.name(), lines(clockProblems));
            } else {
                problems.addAll(reading.problems());
                LOG.error("Partnership pack '{}' is malformed and was not loaded:{}", reading.name(), lines(reading.problems()));
            }
        }
        List<PackLoadReport.Loaded> loaded = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Pack pack : valid) {
            var deletedAt = store.deletedAt(pack.slug());
            if (deletedAt.isPresent()) {
                deleted.add(pack.slug());
                LOG.warn("Partnership pack '{}' was not loaded: its partnership was offboarded and deleted through the "
                        + "platform console on {}. Take it out of the packs' index to stop this message.", pack.slug(),
                        LondonTime.UK_DATE.format(LocalDate.ofInstant(deletedAt.get(), LondonTime.ZONE)));
                continue;
            }
            loaded.add(store(source, pack));
        }
        return new PackLoadReport(loaded, problems, deleted);
    }

    /**
     * A new partnership from a pack made for it (self-service onboarding: a starting pack with the
     * registration's names), read, validated and stored by the same steps as a pack at start-up,
     * but under the tenant id the caller chose and has bound, inside the caller's transaction, so
     * that the caller's own rows (the first admin) commit or roll back with it. Nothing is written
     * into {@code tenants/}: the pack lives only in {@code source}. A pack with problems is refused
     * whole ({@link PackProblemsException}); a name or slug already taken fails on the database's
     * unique constraint.
     */
    public PackLoadReport.Loaded provision(PackSource source, String slug, UUID tenantId) {
        PackReading<Pack> reading = reader.read(source, slug);
        List<PackProblem> problems = new ArrayList<>(reading.problems());
        if (reading.valid()) {
            problems.addAll(clockProblems(source, reading.value()));
        }
        if (!reading.valid() || !problems.isEmpty()) {
            throw new PackProblemsException(problems);
        }
        Pack pack = reading.value();
        store.registerNew(tenantId, pack);
        return store(source, pack, tenantId);
    }

    /** Whether a partnership of this name (ignoring case) or slug exists. */
    public boolean nameTaken(String name, String slug) {
        return store.nameTaken(name, slug);
    }

    private PackLoadReport.Loaded store(PackSource source, Pack pack) {
        return store(source, pack, store.register(pack));
    }

    private PackLoadReport.Loaded store(PackSource source, Pack pack, UUID tenantId) {
        try {
            PackStore.Outcome outcome = TenantContext.callAs(tenantId, () -> store.store(pack));
            for (PackExtension extension : extensions) {
                int changed = TenantContext.callAs(tenantId, () -> extension.store(source, pack));
                if (changed > 0) {
                    LOG.info("Partnership pack '{}': {} rows changed by {}", pack.slug(), changed, extension.getClass().getSimpleName());
                }
            }
            outcome.notes().forEach(note -> LOG.info("Partnership pack '{}': {}", pack.slug(), note));
            if (outcome.unchanged()) {
                LOG.info("Partnership pack '{}' is unchanged since its last load", pack.slug());
            } else {
                LOG.info("Partnership pack '{}' loaded: {} rows changed, {} new terms-of-reference versions",
                        pack.slug(), outcome.changedRows(), outcome.termsOfReferenceVersionsAdded());
            }
            return new PackLoadReport.Loaded(pack.slug(), tenantId, outcome.unchanged(), outcome.changedRows(),
                    outcome.termsOfReferenceVersionsAdded(), outcome.notes(), outcome.termsOfReferenceNotApplied());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not store partnership pack '" + pack.slug() + "'", e);
        }
    }

    /**
     * The reader checks the codes and wording of a pack's clocks; this parses each rule as the
     * server will when it reads a clock, so a rule the server cannot use never reaches the database.
     */
    static List<PackProblem> clockProblems(PackSource source, Pack pack) {
        List<PackProblem> problems = new ArrayList<>();
        String file = pack.slug() + "/" + PackReader.ENTRY;
        List<String> text = source.read(file).map(t -> t.lines().toList()).orElse(List.of());
        pack.clocks().forEach((code, rule) -> {
            try {
                ClockDefinitions.defaults().withOverrideTexts(Map.of(code, rule));
            } catch (IllegalArgumentException e) {
                int line = 1;
                for (int i = 0; i < text.size(); i++) {
                    if (text.get(i).strip().startsWith(code + ":")) {
                        line = i + 1;
                        break;
                    }
                }
                problems.add(new PackProblem(file, line, "clocks/" + code + ": " + e.getMessage()));
            }
        });
        return problems;
    }

    static String lines(List<PackProblem> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        return text.toString();
    }
}
