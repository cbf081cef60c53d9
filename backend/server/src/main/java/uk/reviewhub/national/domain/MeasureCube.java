package uk.reviewhub.national.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measure's counts for one financial year, for England, every region and every partnership, by
 * quarter, after secondary suppression. Suppression is worked out over the whole cube (every area and
 * quarter at once, never per page), so every page and export drawn from it makes the same choices and
 * no two of them can be set side by side to work out a suppressed cell. Measures and years share no
 * totals, so each is suppressed on its own.
 */
public final class MeasureCube {

    private final String measure;
    private final Map<CellKey, Cell> cells;

    private MeasureCube(String measure, Map<CellKey, Cell> cells) {
        this.measure = measure;
        this.cells = cells;
    }

    /**
     * The cell; z for a characteristic the product does not hold (nothing recorded to count), x when the
     * cube does not have it otherwise (an unknown area).
     */
    public Cell cell(String dimension, String category, String areaLevel, String area, int quarter) {
        if (!Measures.measure(measure).dimension(dimension).held()) {
            return Cell.notApplicable();
        }
        return cells.getOrDefault(new CellKey(measure, dimension, category, areaLevel, area, quarter), Cell.notAvailable());
    }

    public int size() {
        return cells.size();
    }

    /** Every cell, for checks that walk them all. */
    public Map<CellKey, Cell> cells() {
        return Map.copyOf(cells);
    }

    /**
     * Builds the cube from the narrow path's rows (already primary-suppressed there): fills every cell
     * the rows do not mention with a true zero, applies primary suppression again (so a stricter
     * configured limit holds), then secondary suppression across categories, quarters and areas.
     */
    public static MeasureCube of(Measures.Measure measure, List<AggregateRow> rows, List<Comparators> partnerships,
                                 Suppression suppression) {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        partnerships.forEach(p -> regions.computeIfAbsent(p.regionOrNotSet(), r -> new ArrayList<>()).add(p.slug()));
        List<String[]> areas = new ArrayList<>();
        areas.add(new String[]{CellKey.ENGLAND, CellKey.ENGLAND});
        regions.keySet().forEach(r -> areas.add(new String[]{CellKey.REGION, r}));
        partnerships.forEach(p -> areas.add(new String[]{CellKey.PARTNERSHIP, p.slug()}));

        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        List<Measures.Dimension> held = measure.dimensions().stream().filter(Measures.Dimension::held).toList();
        for (Measures.Dimension d : held) {
            for (Measures.Category c : d.categories()) {
                for (String[] area : areas) {
                    for (int q = 0; q <= 4; q++) {
                        cells.put(new CellKey(measure.code(), d.code(), c.code(), area[0], area[1], q), Cell.of(0));
                    }
                }
            }
        }
        for (AggregateRow row : rows) {
            CellKey key = new CellKey(row.measure(), row.dimension(), row.category(), row.areaLevel(), row.area(), row.quarter());
            if (cells.containsKey(key)) {
                cells.put(key, row.value() == null ? Cell.suppressed() : suppression.primary(row.value()));
            }
        }

        List<List<CellKey>> groups = new ArrayList<>();
        for (String[] area : areas) {
            for (int q = 0; q <= 4; q++) {
                for (Measures.Dimension d : held) {
                    if (d.partition() && !d.code().equals(Measures.ALL)) {
                        List<CellKey> group = new ArrayList<>();
                        for (Measures.Category c : d.categories()) {
                            group.add(new CellKey(measure.code(), d.code(), c.code(), area[0], area[1], q));
                        }
                        group.add(new CellKey(measure.code(), Measures.ALL, Measures.ALL, area[0], area[1], q));
                        groups.add(group);
                    }
                }
            }
        }
        for (Measures.Dimension d : held) {
            for (Measures.Category c : d.categories()) {
                for (String[] area : areas) {
                    List<CellKey> year = new ArrayList<>();
                    for (int q = 0; q <= 4; q++) {
                        year.add(new CellKey(measure.code(), d.code(), c.code(), area[0], area[1], q));
                    }
                    groups.add(year);
                }
                for (int q = 0; q <= 4; q++) {
                    List<CellKey> england = new ArrayList<>();
                    for (var region : regions.entrySet()) {
                        List<CellKey> within = new ArrayList<>();
                        for (String slug : region.getValue()) {
                            within.add(new CellKey(measure.code(), d.code(), c.code(), CellKey.PARTNERSHIP, slug, q));
                        }
                        CellKey regionKey = new CellKey(measure.code(), d.code(), c.code(), CellKey.REGION, region.getKey(), q);
                        within.add(regionKey);
                        groups.add(within);
                        england.add(regionKey);
                    }
                    england.add(new CellKey(measure.code(), d.code(), c.code(), CellKey.ENGLAND, CellKey.ENGLAND, q));
                    groups.add(england);
                }
            }
        }
        return new MeasureCube(measure.code(), Suppression.secondary(cells, groups));
    }
}
