package uk.reviewhub.national.domain;

/**
 * One cell of a national table: a count, or one of the symbols of official statistics in its place.
 * Zero is a true zero and is shown as 0.
 */
public record Cell(long count, Symbol symbol) {

    /** The symbols of official statistics, with the legend that goes with every table and export. */
    public enum Symbol {
        SUPPRESSED("c", "suppressed to protect confidentiality (a small number, or one that would reveal one)"),
        NOT_AVAILABLE("x", "not available (the product does not hold it, or the population is missing)"),
        NOT_APPLICABLE("z", "not applicable (nothing to measure against)");

        private final String shown;
        private final String meaning;

        Symbol(String shown, String meaning) {
            this.shown = shown;
            this.meaning = meaning;
        }

        public String shown() {
            return shown;
        }

        public String meaning() {
            return meaning;
        }
    }

    public static Cell of(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative: " + count);
        }
        return new Cell(count, null);
    }

    public static Cell suppressed() {
        return new Cell(0, Symbol.SUPPRESSED);
    }

    public static Cell notAvailable() {
        return new Cell(0, Symbol.NOT_AVAILABLE);
    }

    public static Cell notApplicable() {
        return new Cell(0, Symbol.NOT_APPLICABLE);
    }

    public boolean isSuppressed() {
        return symbol == Symbol.SUPPRESSED;
    }

    /** A count is shown. */
    public boolean isCount() {
        return symbol == null;
    }

    /** As the table shows it: the count, or its symbol. */
    public String shown() {
        return symbol == null ? Long.toString(count) : symbol.shown();
    }
}
