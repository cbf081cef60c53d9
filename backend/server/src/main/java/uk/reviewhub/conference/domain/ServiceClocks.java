package uk.reviewhub.conference.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.casereview.domain.CaseReviews;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The partnership's clocks (the catalogue with its pack's rules) read on its working days (its
 * calendar division), as every other clock of the product is; and today, in London.
 */
@Singleton
public class ServiceClocks {

    private final CaseReviews partnershipClocks;
    private final SafeguardingStore store;
    private final Clock clock;

    ServiceClocks(CaseReviews partnershipClocks, SafeguardingStore store, Clock clock) {
        this.partnershipClocks = partnershipClocks;
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return LondonTime.today(clock);
    }

    /** The chain reader for the bound partnership, today. */
    public EpisodeChain chain() {
        CaseReviews.PartnershipClocks clocks = partnershipClocks.clocks();
        return new EpisodeChain(clocks.definitions(), clocks.clock(), today(), store.settings().midwayReviews());
    }
}
