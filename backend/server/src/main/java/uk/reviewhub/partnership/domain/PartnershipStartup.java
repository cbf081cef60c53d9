package uk.reviewhub.partnership.domain;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.PackReading;
import uk.reviewhub.pack.PackSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * At start-up (the database is migrated by then: the data source is only handed out migrated),
 * loads the packs bundled on the classpath, then the demo accounts where they are allowed.
 *
 * <p>A malformed pack fails start-up by default ({@code reviewhub.packs.fail-on-problems}): the
 * packs ship inside the application, so a malformed one is a build defect, which the tenants
 * module's tests catch first. The valid packs are loaded before failing. With the switch off the
 * problems are logged and start-up carries on without the malformed packs.
 */
@Singleton
@Requires(property = "reviewhub.packs.enabled", notEquals = "false")
class PartnershipStartup {

    private final PackLoader loader;
    private final DemoAccounts demoAccounts;
    private final boolean failOnProblems;

    PartnershipStartup(PackLoader loader, DemoAccounts demoAccounts,
                       @Value("${reviewhub.packs.fail-on-problems:true}") boolean failOnProblems) {
        this.loader = loader;
        this.demoAccounts = demoAccounts;
        this.failOnProblems = failOnProblems;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        PackSource source = PackSource.classpath();
        PackLoadReport report = loader.load(source);
        if (report.hasProblems() && failOnProblems) {
            throw new PackProblemsException(report.problems());
        }
        if (demoAccounts.allowed()) {
            Map<String, UUID> tenants = new LinkedHashMap<>();
            report.loaded().forEach(l -> tenants.put(l.slug(), l.tenantId()));
            List<Pack> packs = loader.reader().readAll(source).stream()
                    .filter(PackReading::valid).map(PackReading::value)
                    .filter(p -> tenants.containsKey(p.slug())).toList();
            demoAccounts.load(loader.reader(), source, tenants, packs);
        }
    }
}
