package uk.reviewhub.archfixture.persistence;

/** A stand-in persistence class, for ArchitectureSpec only. */
public class FixtureStore {
    public String read() {
        return "row";
    }
}
