package uk.reviewhub.national.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.national.persistence.NationalQueries;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.context.NationalTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national figures as pages: England's landing, one area against England and its neighbours, and
 * a partnership's own figures (unsuppressed) beside England's and its neighbours' (suppressed). Every
 * number comes from the narrow path ({@link NationalQueries}) and goes through {@link Suppression};
 * nothing is computed in the browser.
 *
 * <p>England's, the regions' and the neighbours' figures are counted from the live tables at most
 * once per {@code reviewhub.national.cache-seconds} on each replica ({@link NationalCountsCache}), so
 * a case recorded a moment ago is in the page within that time; a partnership's own figures are
 * counted on every request.
 */
@Singleton
public class NationalFigures {

    /** A column of a table: an area (or the partnership's own, unsuppressed figures). */
    private interface Column {
        String heading();

        Cell count(String measure, String dimension, String category, int quarter);

        Integer population();
    }

    private final NationalQueries queries;
    private final NationalTime time;
    private final Clock clock;
    private final Suppression suppression;
    private final NationalSettings settings;
    private final NationalCountsCache counts;

    NationalFigures(NationalQueries queries, NationalTime time, Clock clock, NationalSettings settings, NationalCountsCache counts) {
        this.queries = queries;
        this.counts = counts;
        this.time = time;
        this.clock = clock;
        this.settings = settings;
        this.suppression = new Suppression(settings.suppressUpToOrDefault());
    }

    public Suppression suppression() {
        return suppression;
    }

    /** The financial year (named by the year it starts, April to March) that today is in. */
    public int currentFinancialYear() {
        return FinancialYear.containing(LondonTime.today(clock)).startYear();
    }

    public static String yearLabel(int year) {
        return new FinancialYear(year).label();
    }

    /** The year asked for, or the current one; a year outside 2000 to the current one is the caller's mistake. */
    public int year(Integer asked) {
        int current = currentFinancialYear();
        if (asked == null) {
            return current;
        }
        if (asked < 2000 || asked > current) {
            throw new InvalidFieldException("year", "Year must be a financial year from 2000 to " + current
                    + " (named by the year it starts: " + current + " is " + yearLabel(current) + ")");
        }
        return asked;
    }

    // ------------------------------------------------------------------------------------------
    // Pages

    /** The national landing: England's figures for the year, the trend over the years before it, and the regions. */
    public Report landing(Integer askedYear) {
        int year = year(askedYear);
        int first = year - settings.trendYearsOrDefault() + 1;
        List<Comparators> partnerships = queries.partnerships();
        Map<Integer, Map<String, MeasureCube>> cubes = cubes(first, year, partnerships);
        Column england = area(cubes.get(year), CellKey.ENGLAND, CellKey.ENGLAND, "England", population(partnerships, p -> true));

        List<Report.Table> tables = new ArrayList<>(measureTables(List.of(england)));

        List<Report.Row> trend = new ArrayList<>();
        for (int y = first; y <= year; y++) {
            Column e = area(cubes.get(y), CellKey.ENGLAND, CellKey.ENGLAND, "England", population(partnerships, p -> true));
            trend.add(new Report.Row(yearLabel(y), List.of(
                    e.count("notifications", Measures.ALL, Measures.ALL, 0).shown(),
                    e.count("notifications", "nature", "death", 0).shown(),
                    e.count("notifications", "nature", "serious-harm", 0).shown(),
                    Suppression.ratePer10000(e.count("notifications", Measures.ALL, Measures.ALL, 0), e.population()).shown(),
                    onTime(e, "rapid-reviews"))));
        }
        tables.add(new Report.Table("England over the years", "Serious incident notifications and rapid reviews in each "
                + "financial year (April to March).", "Financial year",
                List.of("Notifications", "Deaths", "Serious harm", "Rate per 10,000 children", "Rapid reviews within 15 working days (%)"),
                trend));

        List<Report.Row> regions = new ArrayList<>();
        for (String region : regionsOf(partnerships)) {
            Integer population = population(partnerships, p -> p.regionOrNotSet().equals(region));
            Column r = area(cubes.get(year), CellKey.REGION, region, Regions.name(region), population);
            Cell all = r.count("notifications", Measures.ALL, Measures.ALL, 0);
            regions.add(new Report.Row(Regions.name(region), List.of(
                    population == null ? Cell.Symbol.NOT_AVAILABLE.shown() : population.toString(),
                    all.shown(), Suppression.ratePer10000(all, population).shown(), onTime(r, "rapid-reviews"))));
        }
        tables.add(new Report.Table("Regions, " + yearLabel(year), "Each region of England with partnerships on the platform: "
                + "their children aged 0 to 17 (x when a partnership's population is not given), notifications and rate.",
                "Region", List.of("Children aged 0 to 17", "Notifications", "Rate per 10,000 children",
                "Rapid reviews within 15 working days (%)"), regions));
        return new Report("National figures: England", yearLabel(year), tables, notes(partnerships));
    }

    /** One partnership (by slug) or region (by code) against England and its statistical neighbours. */
    public Report comparison(String areaCode, Integer askedYear) {
        int year = year(askedYear);
        List<Comparators> partnerships = queries.partnerships();
        Map<String, MeasureCube> cubes = cubes(year, year, partnerships).get(year);
        List<Column> columns = new ArrayList<>();
        String title;
        var subject = partnerships.stream().filter(p -> p.slug().equals(areaCode)).findFirst();
        if (subject.isPresent()) {
            Comparators p = subject.get();
            title = p.name();
            columns.add(area(cubes, CellKey.PARTNERSHIP, p.slug(), p.name(), p.childPopulation()));
            columns.add(area(cubes, CellKey.REGION, p.regionOrNotSet(), Regions.name(p.regionOrNotSet()),
                    population(partnerships, q -> q.regionOrNotSet().equals(p.regionOrNotSet()))));
            columns.add(area(cubes, CellKey.ENGLAND, CellKey.ENGLAND, "England", population(partnerships, q -> true)));
            columns.addAll(neighbours(p, partnerships, cubes));
        } else if (regionsOf(partnerships).contains(areaCode)) {
            title = Regions.name(areaCode);
            columns.add(area(cubes, CellKey.REGION, areaCode, title, population(partnerships, q -> q.regionOrNotSet().equals(areaCode))));
            columns.add(area(cubes, CellKey.ENGLAND, CellKey.ENGLAND, "England", population(partnerships, q -> true)));
        } else {
            throw new NotFoundException("No partnership or region '" + areaCode + "' on the platform");
        }
        List<Report.Table> tables = new ArrayList<>(measureTables(columns));
        tables.add(quarters(columns));
        List<String> notes = new ArrayList<>(notes(partnerships));
        subject.ifPresent(p -> notes.addAll(neighbourNotes(p, partnerships)));
        return new Report(title + " compared with England", yearLabel(year), tables, notes);
    }

    /** The bound partnership's own figures, unsuppressed, beside England's and its neighbours' (suppressed). */
    public Report ownComparison(Integer askedYear) {
        int year = year(askedYear);
        List<Comparators> partnerships = queries.partnerships();
        String slug = queries.ownSlug().orElseThrow(() -> new NotFoundException("No partnership is bound"));
        Comparators own = partnerships.stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
        Map<String, MeasureCube> cubes = cubes(year, year, partnerships).get(year);
        Map<String, Long> counts = new HashMap<>();
        queries.own(year, year, bankHolidays(year, year), LondonTime.today(clock)).forEach(c -> {
            counts.merge(key(c.measure(), c.dimension(), c.category(), c.quarter()), (long) c.count(), Long::sum);
            counts.merge(key(c.measure(), c.dimension(), c.category(), 0), (long) c.count(), Long::sum);
        });
        Column mine = new Column() {
            public String heading() {
                return own.name() + " (yours, not suppressed)";
            }

            public Cell count(String measure, String dimension, String category, int quarter) {
                if (!Measures.measure(measure).dimension(dimension).held()) {
                    return Cell.notApplicable();
                }
                return Cell.of(counts.getOrDefault(key(measure, dimension, category, quarter), 0L));
            }

            public Integer population() {
                return own.childPopulation();
            }
        };
        List<Column> columns = new ArrayList<>();
        columns.add(mine);
        columns.add(area(cubes, CellKey.ENGLAND, CellKey.ENGLAND, "England", population(partnerships, q -> true)));
        columns.addAll(neighbours(own, partnerships, cubes));
        List<Report.Table> tables = new ArrayList<>(measureTables(columns));
        tables.add(quarters(columns));
        List<String> notes = new ArrayList<>();
        notes.add("Your own figures are shown in full; England's and your neighbours' are suppressed as official statistics are.");
        notes.addAll(neighbourNotes(own, partnerships));
        if (own.childPopulation() == null) {
            notes.add("No child population is given for your partnership, so your rates are x (not available): a partnership "
                    + "admin sets it under \"What we are compared with\" on this page (or in the pack's national: section).");
        }
        return new Report("How we compare: " + own.name(), yearLabel(year), tables, notes);
    }

    /** Every partnership's comparators, as a table (no case data). */
    public Report partnerships() {
        List<Comparators> partnerships = queries.partnerships();
        List<Report.Row> rows = partnerships.stream().map(p -> new Report.Row(p.name(), List.of(
                Regions.name(p.regionOrNotSet()),
                p.childPopulation() == null ? Cell.Symbol.NOT_AVAILABLE.shown() : p.childPopulation().toString(),
                p.populationYear() == null ? Cell.Symbol.NOT_AVAILABLE.shown() : p.populationYear().toString(),
                p.populationSource() == null ? "Not given" : p.populationSource(),
                String.join(", ", p.statisticalNeighbours()), p.slug()))).toList();
        return new Report("Partnerships and their comparators", "", List.of(new Report.Table("Partnerships",
                "Each partnership's region, child population (aged 0 to 17, with the year and source of the estimate) and "
                        + "statistical neighbours, from its pack.", "Partnership",
                List.of("Region", "Children aged 0 to 17", "Population year", "Source", "Statistical neighbours", "Code"), rows),
                new Report.Table("Regions", "The regions of England with partnerships on the platform, and the code each is "
                        + "asked for by.", "Region", List.of("Code"),
                        regionsOf(partnerships).stream().map(r -> new Report.Row(Regions.name(r), List.of(r))).toList())),
                notes(partnerships));
    }

    // ------------------------------------------------------------------------------------------
    // Tables

    private List<Report.Table> measureTables(List<Column> columns) {
        List<String> headings = columns.stream().map(Column::heading).toList();
        List<Report.Table> tables = new ArrayList<>();
        for (Measures.Measure measure : Measures.all()) {
            List<Report.Row> rows = new ArrayList<>();
            for (Measures.Dimension d : measure.dimensions()) {
                for (Measures.Category c : d.categories()) {
                    String label = d.code().equals(Measures.ALL) ? c.label() : d.label() + ": " + c.label();
                    rows.add(new Report.Row(label, columns.stream().map(col -> col.count(measure.code(), d.code(), c.code(), 0).shown()).toList()));
                }
            }
            if (measure.code().equals("notifications")) {
                for (String[] nature : List.of(new String[]{Measures.ALL, Measures.ALL, "all notifications"},
                        new String[]{"nature", "death", "deaths"}, new String[]{"nature", "serious-harm", "serious harm"})) {
                    rows.add(new Report.Row("Rate per 10,000 children: " + nature[2], columns.stream().map(col ->
                            Suppression.ratePer10000(col.count(measure.code(), nature[0], nature[1], 0), col.population()).shown()).toList()));
                }
            } else {
                for (Measures.Dimension d : measure.dimensions()) {
                    if (d.code().equals(Measures.ALL)) {
                        continue;
                    }
                    for (Measures.Category c : d.categories()) {
                        rows.add(new Report.Row("% " + c.label(), columns.stream().map(col -> Suppression.percentage(
                                col.count(measure.code(), d.code(), c.code(), 0),
                                col.count(measure.code(), Measures.ALL, Measures.ALL, 0)).shown()).toList()));
                    }
                }
            }
            tables.add(new Report.Table(measure.label(), measure.definition(), "Figure", headings, rows));
        }
        return tables;
    }

    private static Report.Table quarters(List<Column> columns) {
        List<Report.Row> rows = new ArrayList<>();
        String[] names = {"Whole year", "Q1 (April to June)", "Q2 (July to September)", "Q3 (October to December)", "Q4 (January to March)"};
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            rows.add(new Report.Row(names[q], columns.stream().map(c -> c.count("notifications", Measures.ALL, Measures.ALL, quarter).shown()).toList()));
        }
        rows.add(new Report.Row(names[0], columns.stream().map(c -> c.count("notifications", Measures.ALL, Measures.ALL, 0).shown()).toList()));
        return new Report.Table("Notifications by quarter", "Serious incident notifications in each quarter of the financial year.",
                "Quarter", columns.stream().map(Column::heading).toList(), rows);
    }

    private static String onTime(Column column, String measure) {
        return Suppression.percentage(column.count(measure, "timeliness", "on-time", 0),
                column.count(measure, Measures.ALL, Measures.ALL, 0)).shown();
    }

    // ------------------------------------------------------------------------------------------
    // Areas and cubes

    private Map<Integer, Map<String, MeasureCube>> cubes(int first, int last, List<Comparators> partnerships) {
        LocalDate today = LondonTime.today(clock);
        return counts.get(new NationalCountsCache.Key(first, last, today, suppression.suppressUpTo(), List.copyOf(partnerships)),
                () -> count(first, last, today, partnerships));
    }

    private Map<Integer, Map<String, MeasureCube>> count(int first, int last, LocalDate today, List<Comparators> partnerships) {
        List<AggregateRow> rows = queries.national(first, last, bankHolidays(first, last), today, suppression.suppressUpTo());
        Map<Integer, Map<String, List<AggregateRow>>> byYear = new HashMap<>();
        rows.forEach(r -> byYear.computeIfAbsent(r.financialYear(), y -> new HashMap<>())
                .computeIfAbsent(r.measure(), m -> new ArrayList<>()).add(r));
        Map<Integer, Map<String, MeasureCube>> cubes = new LinkedHashMap<>();
        for (int y = first; y <= last; y++) {
            Map<String, MeasureCube> year = new LinkedHashMap<>();
            for (Measures.Measure m : Measures.all()) {
                year.put(m.code(), MeasureCube.of(m, byYear.getOrDefault(y, Map.of()).getOrDefault(m.code(), List.of()), partnerships,
                        suppression));
            }
            cubes.put(y, year);
        }
        return cubes;
    }

    /** The whole cube of every measure for a year, for checks that walk every cell. */
    public Map<String, MeasureCube> cubes(int year) {
        return cubes(year, year, queries.partnerships()).get(year);
    }

    private List<LocalDate> bankHolidays(int firstYear, int lastYear) {
        return time.bankHolidaysBetween(new FinancialYear(firstYear).from(), new FinancialYear(lastYear).to().plusMonths(3));
    }

    private static Column area(Map<String, MeasureCube> cubes, String level, String area, String heading, Integer population) {
        return new Column() {
            public String heading() {
                return heading;
            }

            public Cell count(String measure, String dimension, String category, int quarter) {
                return cubes.get(measure).cell(dimension, category, level, area, quarter);
            }

            public Integer population() {
                return population;
            }
        };
    }

    private static List<Column> neighbours(Comparators subject, List<Comparators> partnerships, Map<String, MeasureCube> cubes) {
        List<Column> columns = new ArrayList<>();
        for (String slug : subject.statisticalNeighbours()) {
            partnerships.stream().filter(p -> p.slug().equals(slug)).findFirst().ifPresent(p ->
                    columns.add(area(cubes, CellKey.PARTNERSHIP, p.slug(), p.name() + " (neighbour)", p.childPopulation())));
        }
        return columns;
    }

    private static List<String> neighbourNotes(Comparators subject, List<Comparators> partnerships) {
        List<String> missing = subject.statisticalNeighbours().stream()
                .filter(slug -> partnerships.stream().noneMatch(p -> p.slug().equals(slug))).toList();
        List<String> notes = new ArrayList<>();
        if (subject.statisticalNeighbours().isEmpty()) {
            notes.add(subject.name() + "'s pack names no statistical neighbours, so it is compared with its region and England only.");
        }
        if (!missing.isEmpty()) {
            notes.add("Statistical neighbours not on the platform (no figures): " + String.join(", ", missing) + ".");
        }
        return notes;
    }

    /** The areas' children aged 0 to 17: the sum of their partnerships' populations, or null when any is missing. */
    private static Integer population(List<Comparators> partnerships, java.util.function.Predicate<Comparators> in) {
        long total = 0;
        boolean any = false;
        for (Comparators p : partnerships) {
            if (in.test(p)) {
                if (p.childPopulation() == null) {
                    return null;
                }
                total += p.childPopulation();
                any = true;
            }
        }
        return any ? (int) total : null;
    }

    private static List<String> regionsOf(List<Comparators> partnerships) {
        List<String> regions = new ArrayList<>();
        for (String code : Regions.NAMES.keySet()) {
            if (partnerships.stream().anyMatch(p -> p.regionOrNotSet().equals(code))) {
                regions.add(code);
            }
        }
        return regions;
    }

    private static List<String> notes(List<Comparators> partnerships) {
        List<String> missing = partnerships.stream().filter(p -> p.childPopulation() == null).map(Comparators::name).toList();
        List<String> notes = new ArrayList<>();
        notes.add("Figures are counted from the partnerships' records when the page is asked for: a case recorded a moment ago is in them.");
        notes.add("Disability is not held by the product (it keeps the minimum about a child), so it is shown as z.");
        if (!missing.isEmpty()) {
            notes.add("No child population is given for " + String.join(", ", missing) + ": their rates, and the rates of any region "
                    + "or of England that include them, are x (not available) rather than estimated.");
        }
        return notes;
    }

    private static String key(String measure, String dimension, String category, int quarter) {
        return measure + "|" + dimension + "|" + category + "|" + quarter;
    }

}
