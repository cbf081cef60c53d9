package uk.reviewhub.partnership.domain;

import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.PackSource;

/**
 * A feature that keeps something of its own from each partnership pack (e.g. the document
 * templates). {@link PackLoader} calls every such bean after storing a valid pack, with the pack's
 * tenant bound, whether or not the pack changed; it must be idempotent. It returns how many rows it
 * changed, for the load log.
 */
public interface PackExtension {
    int store(PackSource source, Pack pack);
}
