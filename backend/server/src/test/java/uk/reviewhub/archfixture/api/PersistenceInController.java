package uk.reviewhub.archfixture.api;

import uk.reviewhub.archfixture.persistence.FixtureStore;

/** Deliberately wrong, for ArchitectureSpec only: a controller that reads a store itself. */
public class PersistenceInController {
    private final FixtureStore store = new FixtureStore();

    public String answer() {
        return store.read();
    }
}
