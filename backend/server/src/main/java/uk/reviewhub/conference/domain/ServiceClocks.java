package uk.reviewhub.conference.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.time.context.PartnershipTime;

import java.time.LocalDate;

/**
 * The partnership's clocks (the catalogue with its pack's rules) read on its working days, from the
 * one partnership time context every other clock of the product uses; and today, in London.
 */
@Singleton
public class ServiceClocks {

    private final PartnershipTime time;
    private final SafeguardingStore store;

    ServiceClocks(PartnershipTime time, SafeguardingStore store) {
        this.time = time;
        this.store = store;
    }

    public LocalDate today() {
        return time.today();
    }

    /** The chain reader for the bound partnership, today. */
    public EpisodeChain chain() {
        return new EpisodeChain(time.clocks(), time.statutoryClock(), today(), store.settings().midwayReviews());
    }
}
