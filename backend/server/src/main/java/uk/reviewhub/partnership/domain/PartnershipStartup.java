package uk.reviewhub.partnership.domain;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.PackReading;
import uk.reviewhub.pack.PackSource;
import uk.reviewhub.partnership.persistence.PackStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * At start-up (the database is migrated by then: the data source is only handed out migrated),
 * loads the packs bundled on the classpath, then the demo accounts where they are allowed.
 *
 * <p>A malformed pack fails start-up by default ({@code reviewhub.packs.fail-on-problems}): the
 * packs ship inside the application, so a malformed one is a build defect, which the tenants
 * module's tests catch first. The valid packs are loaded before failing. With the switch off the
 * problems are logged and start-up carries on without the malformed packs.
 *
 * <p>The packs ship inside the build, so a build that has loaded them once without a problem has
 * nothing new to find in them: a later start by the same build ({@link BuildIdentity}: the same code,
 * migrations, packs and libraries) skips reading them, which saves about 0.4 s of a production start.
 * A start that loads demo accounts reads the packs for them, and always loads them as well.
 */
@Singleton
@Requires(property = "reviewhub.packs.enabled", notEquals = "false")
class PartnershipStartup {
    private static final Logger LOG = LoggerFactory.getLogger(PartnershipStartup.class);

    private final PackLoader loader;
    private final PackStore store;
    private final DemoAccounts demoAccounts;
    private final boolean failOnProblems;

    PartnershipStartup(PackLoader loader, PackStore store, DemoAccounts demoAccounts,
                       @Value("${reviewhub.packs.fail-on-problems:true}") boolean failOnProblems) {
        this.loader = loader;
        this.store = store;
        this.demoAccounts = demoAccounts;
        this.failOnProblems = failOnProblems;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        PackSource source = PackSource.classpath();
        Optional<PackLoadReport> loaded = loadShipped(source, demoAccounts.allowed() ? Optional.empty() : BuildIdentity.current());
        if (loaded.isPresent() && demoAccounts.allowed()) {
            Map<String, UUID> tenants = new LinkedHashMap<>();
            loaded.get().loaded().forEach(l -> tenants.put(l.slug(), l.tenantId()));
            List<Pack> packs = loader.reader().readAll(source).stream()
                    .filter(PackReading::valid).map(PackReading::value)
                    .filter(p -> tenants.containsKey(p.slug())).toList();
            demoAccounts.load(loader.reader(), source, tenants, packs);
        }
    }

    /**
     * Loads the packs of {@code source}, unless {@code build} names the build that last loaded them
     * without a problem (then nothing is read or written, and the answer is empty). A load without a
     * problem records {@code build}; one with problems does not, so the next start reads the packs
     * again and says what is wrong again.
     */
    Optional<PackLoadReport> loadShipped(PackSource source, Optional<String> build) {
        if (build.isPresent() && store.shippedPacksBuild().filter(build.get()::equals).isPresent()) {
            LOG.info("Partnership packs not read: this build ({}) loaded them at an earlier start", build.get().substring(0, 12));
            return Optional.empty();
        }
        PackLoadReport report = loader.load(source);
        if (report.hasProblems() && failOnProblems) {
            throw new PackProblemsException(report.problems());
        }
        if (!report.hasProblems()) {
            build.ifPresent(store::recordShippedPacksBuild);
        }
        return Optional.of(report);
    }
}
