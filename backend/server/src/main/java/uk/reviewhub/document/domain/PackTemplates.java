package uk.reviewhub.document.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.PackReader;
import uk.reviewhub.pack.PackReading;
import uk.reviewhub.pack.PackSource;
import uk.reviewhub.partnership.domain.PackExtension;

import java.util.Map;

/** Takes each pack's default templates ({@code templates:} in its pack.yaml) as template versions; see {@link Templates#takeFromPack}. */
@Singleton
class PackTemplates implements PackExtension {
    private static final Logger LOG = LoggerFactory.getLogger(PackTemplates.class);

    private final PackReader reader = new PackReader();
    private final Templates templates;

    PackTemplates(Templates templates) {
        this.templates = templates;
    }

    @Override
    public int store(PackSource source, Pack pack) {
        PackReading<Map<String, String>> reading = reader.readTemplates(source, pack);
        if (!reading.valid()) {
            LOG.error("Partnership pack '{}': templates not loaded: {}", pack.slug(), reading.problems());
            return 0;
        }
        int added = 0;
        for (var entry : reading.value().entrySet()) {
            if (templates.takeFromPack(pack.slug(), TemplateKind.valueOf(entry.getKey()), entry.getValue())) {
                added++;
            }
        }
        return added;
    }
}
