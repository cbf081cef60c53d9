package uk.reviewhub.national.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one home of small-number suppression, as official statistics do it (backend/DOMAIN.md,
 * "National benchmarking"). Plain Java over aggregate cells; the same rules serve tables, charts,
 * CSV and XLSX because each of those is drawn from cells this class has already suppressed.
 *
 * <ul>
 *   <li><b>Primary</b>: a count from 1 to the limit ({@code reviewhub.national.suppress-up-to}, 5 by the
 *       convention) is shown as {@code c}; 0 is a true zero and is shown.</li>
 *   <li><b>Secondary</b>: cells that add up to a shown total (the categories of a row and its total, the
 *       areas within a region or England, the quarters of a year) form a group; a group with exactly
 *       one suppressed cell would give it away by subtraction, so the smallest other non-zero cell of
 *       the group (the total itself when nothing else is left) is suppressed too, until no group has
 *       exactly one.</li>
 *   <li><b>Rates and percentages</b> are suppressed when their numerator is; a rate without a
 *       population is {@code x}; a percentage of nothing is {@code z}.</li>
 * </ul>
 */
public final class Suppression {

    /** The official convention: counts of 1 to 5 are suppressed. Configuration may raise it, never lower it. */
    public static final int OFFICIAL_LIMIT = 5;

    private final int suppressUpTo;

    public Suppression(int suppressUpTo) {
        if (suppressUpTo < OFFICIAL_LIMIT) {
            throw new IllegalArgumentException("Counts of 1 to at least " + OFFICIAL_LIMIT + " are suppressed; "
                    + suppressUpTo + " would show smaller ones");
        }
        this.suppressUpTo = suppressUpTo;
    }

    public int suppressUpTo() {
        return suppressUpTo;
    }

    /** Primary suppression of one count. */
    public Cell primary(long count) {
        return count >= 1 && count <= suppressUpTo ? Cell.suppressed() : Cell.of(count);
    }

    /** Primary suppression of a cell already given (a cell with a symbol stays as it is). */
    public Cell primary(Cell cell) {
        return cell.isCount() ? primary(cell.count()) : cell;
    }

    /**
     * Secondary suppression: answers the cells with as many more suppressed as it takes for no group to
     * hold exactly one suppressed cell. A group lists the keys of cells that add up (a total among
     * them); a key without a cell counts as 0. Deterministic: the same cells and groups give the same
     * answer, so two pages drawn from the same cells never show different choices.
     */
    public static <K> Map<K, Cell> secondary(Map<K, Cell> cells, Collection<? extends List<K>> groups) {
        Map<K, Cell> out = new LinkedHashMap<>(cells);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<K> group : groups) {
                int suppressed = 0;
                K smallest = null;
                long smallestCount = Long.MAX_VALUE;
                for (K key : group) {
                    Cell cell = out.get(key);
                    if (cell == null) {
                        continue;
                    }
                    if (cell.isSuppressed()) {
                        suppressed++;
                    } else if (cell.isCount() && cell.count() > 0 && cell.count() < smallestCount) {
                        smallest = key;
                        smallestCount = cell.count();
                    }
                }
                if (suppressed == 1 && smallest != null) {
                    out.put(smallest, Cell.suppressed());
                    changed = true;
                }
            }
        }
        return out;
    }

    /** Primary then secondary suppression of raw counts. */
    public <K> Map<K, Cell> suppress(Map<K, Long> counts, Collection<? extends List<K>> groups) {
        Map<K, Cell> cells = new LinkedHashMap<>();
        counts.forEach((key, count) -> cells.put(key, primary(count)));
        return secondary(cells, groups);
    }

    /** A rate per 10,000 children, to 1 decimal place: c with its count, x without a population. */
    public static Figure ratePer10000(Cell count, Integer population) {
        if (!count.isCount()) {
            return Figure.of(count.symbol());
        }
        if (population == null || population <= 0) {
            return Figure.of(Cell.Symbol.NOT_AVAILABLE);
        }
        return Figure.of(BigDecimal.valueOf(count.count() * 10_000L).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP));
    }

    /** A percentage to 1 decimal place: c when the numerator (or the denominator) is, z of nothing. */
    public static Figure percentage(Cell numerator, Cell denominator) {
        if (!numerator.isCount()) {
            return Figure.of(numerator.symbol());
        }
        if (!denominator.isCount()) {
            return Figure.of(denominator.symbol());
        }
        if (denominator.count() == 0) {
            return Figure.of(Cell.Symbol.NOT_APPLICABLE);
        }
        return Figure.of(BigDecimal.valueOf(numerator.count() * 100L).divide(BigDecimal.valueOf(denominator.count()), 1,
                RoundingMode.HALF_UP));
    }

    /** A rate or percentage: a number to 1 decimal place, or a symbol. */
    public record Figure(BigDecimal value, Cell.Symbol symbol) {
        static Figure of(BigDecimal value) {
            return new Figure(value, null);
        }

        static Figure of(Cell.Symbol symbol) {
            return new Figure(null, symbol);
        }

        public String shown() {
            return symbol == null ? value.toPlainString() : symbol.shown();
        }
    }

    /** The legend that goes with every national table and export. */
    public static List<String> legend() {
        List<String> lines = new ArrayList<>();
        for (Cell.Symbol symbol : Cell.Symbol.values()) {
            lines.add(symbol.shown() + " = " + symbol.meaning());
        }
        lines.add("0 = a true zero");
        return lines;
    }

    /** The caveat shown with every national figure, page and export. */
    public static final String CAVEAT = "Neither a high nor a low count of notifications is on its own a measure of a "
            + "partnership's performance: larger and more deprived areas report more, and some incidents are never notified.";
}
