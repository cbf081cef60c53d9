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

    /** One clock of the partnership's catalogue, by code, from {@code startedOn} to {@code completedOn} (null: not yet), read today. */
    public ChainStep step(String code, String title, LocalDate startedOn, LocalDate completedOn) {
        var definition = time.clocks().get(code);
        return ChainStep.of(code, title, code, definition.rule().describe() + " " + definition.event(),
                time.statutoryClock().read(definition.rule(), startedOn, completedOn, today()), null);
    }

    /** The rule of the clock {@code code} in words, with its event, e.g. "5 working days after the issue reached the stage". */
    public String describe(String code) {
        var definition = time.clocks().get(code);
        return definition.rule().describe() + " " + definition.event();
    }

    /** Working days from {@code from} to {@code to} in the partnership's calendar (0 when {@code to} is not after {@code from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? time.calendar().workingDaysBetween(from, to) : 0;
    }

    /** The chain reader for the bound partnership, today. */
    public EpisodeChain chain() {
        return new EpisodeChain(time.clocks(), time.statutoryClock(), today(), store.settings().midwayReviews());
    }
}
