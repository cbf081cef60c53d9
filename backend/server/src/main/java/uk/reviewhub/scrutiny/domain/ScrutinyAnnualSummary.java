package uk.reviewhub.scrutiny.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.vocabulary.EvidenceKind;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.DocumentRenderer;
import uk.reviewhub.document.domain.PlainData;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.meeting.domain.ChairAllocations;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.scrutiny.persistence.ScrutinyReportStore;
import uk.reviewhub.scrutiny.persistence.ScrutinyStore;
import uk.reviewhub.time.context.PartnershipTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The annual summary of independent scrutiny in a financial year (1 April to 31 March, see
 * {@link FinancialYear}), beside the learning themes' summary: the pieces commissioned, completed
 * and still open, the observations and other evidence by kind, the observations' ratings per domain
 * (the same chart as a piece's report), and the days used against the chair's days allocation the
 * pack names (one allocation covers chairing and scrutiny). As JSON, and as a document from the
 * partnership's SCRUTINY_ANNUAL_SUMMARY template; reads and downloads are audited.
 */
@Singleton
public class ScrutinyAnnualSummary {

    /** The first financial year a summary is made for. */
    static final int FIRST_YEAR = 2000;

    /** The year's figures. {@code allocation} and {@code remaining} are null when no allocation covers the year (or no group is named). */
    public record Year(FinancialYear year, boolean enabled, int commissioned, int completed, int open, List<Piece> pieces,
                       int observations, Map<EvidenceKind, Integer> evidence, List<RatingSummary.DomainCounts> themes,
                       BigDecimal scrutinyDays, BigDecimal daysUsed, BigDecimal allocation, BigDecimal remaining) {
    }

    private final ScrutinyStore store;
    private final ScrutinyReportStore reports;
    private final DocumentRenderer renderer;
    private final PartnershipTime time;
    private final AuditLog audit;

    ScrutinyAnnualSummary(ScrutinyStore store, ScrutinyReportStore reports, DocumentRenderer renderer, PartnershipTime time,
                          AuditLog audit) {
        this.store = store;
        this.reports = reports;
        this.renderer = renderer;
        this.time = time;
        this.audit = audit;
    }

    /** The summary of the financial year starting in {@code startYear} (null: the current one); the read is audited. */
    @Transactional
    public Year year(Integer startYear, UUID userId) {
        Year year = figures(financialYear(startYear));
        audit.record(userId, AuditLog.READ, "scrutiny-annual-summary", null, Map.of("financialYear", year.year().label()));
        return year;
    }

    /** The summary as a document in {@code format}; the download is audited. */
    @Transactional
    public RenderedDocument render(Integer startYear, DocumentFormat format, UUID userId) {
        Year year = figures(financialYear(startYear));
        audit.record(userId, AuditLog.EXPORT, "scrutiny-annual-summary", null,
                Map.of("financialYear", year.year().label(), "format", format.extension()));
        return renderer.render(TemplateKind.SCRUTINY_ANNUAL_SUMMARY, data(year), format,
                Map.of("ratings", ScrutinyRatingChart.svg(year.themes(), ScrutinyReport.CHART_TITLE + ", " + year.year().label())));
    }

    /** The financial year asked for: from 2000 to the current one; anything else is the field {@code year} at fault. */
    FinancialYear financialYear(Integer startYear) {
        int current = FinancialYear.containing(time.today()).startYear();
        if (startYear == null) {
            return new FinancialYear(current);
        }
        if (startYear < FIRST_YEAR || startYear > current) {
            throw new InvalidFieldException("year", "Year is the year in which the financial year starts (on 1 April), from "
                    + FIRST_YEAR + " to " + current + ": " + current + " for April " + current + " to March " + (current + 1) + ".");
        }
        return new FinancialYear(startYear);
    }

    Year figures(FinancialYear year) {
        LocalDate from = year.from();
        LocalDate to = year.to();
        List<Piece> all = store.pieces();
        int commissioned = (int) all.stream().filter(p -> year.contains(p.commissionedOn())).count();
        int completed = (int) all.stream().filter(p -> p.reportedOn() != null && year.contains(p.reportedOn())).count();
        int open = (int) all.stream().filter(p -> !p.commissionedOn().isAfter(to)
                && (p.status().open() || p.status() == ScrutinyStatus.COMPLETE && p.reportedOn() != null && p.reportedOn().isAfter(to)))
                .count();
        List<Piece> pieces = all.stream().filter(p -> year.contains(p.commissionedOn()) || p.reportedOn() != null && year.contains(p.reportedOn()))
                .sorted(java.util.Comparator.comparing(Piece::commissionedOn).thenComparing(Piece::title)).toList();
        List<Observation> observations = reports.observationsBetween(from, to);
        Map<String, Integer> byKind = reports.evidenceBetween(from, to);
        Map<EvidenceKind, Integer> evidence = new LinkedHashMap<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            evidence.put(kind, byKind.getOrDefault(kind.name(), 0));
        }
        Map<Integer, Map<String, List<String>>> scales = new HashMap<>();
        store.frameworks().forEach(f -> scales.put(f.version(), f.domains().stream()
                .collect(Collectors.toMap(Framework.Domain::code, Framework.Domain::ratingScale))));
        List<RatingSummary.DomainCounts> themes = RatingSummary.of(observations, scales);
        var settings = store.settings();
        BigDecimal scrutinyDays = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;
        BigDecimal allocation = null;
        if (settings.daysGroupId().isPresent()) {
            UUID group = settings.daysGroupId().get();
            ScrutinyReportStore.DaysUsed days = reports.daysBetween(group, from, to);
            scrutinyDays = days.scrutiny();
            used = days.all();
            allocation = ChairAllocations.forYear(reports.allocations(group).stream()
                            .map(a -> new ChairAllocations.Period(a.effectiveFrom(), a.daysPerYear(), a.basis())).toList(), year.startYear())
                    .map(ChairAllocations.Period::daysPerYear).orElse(null);
        }
        return new Year(year, settings.enabled(), commissioned, completed, open, pieces, observations.size(), evidence, themes,
                scrutinyDays, used, allocation, allocation == null ? null : allocation.subtract(used));
    }

    Map<String, Object> data(Year y) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", reports.partnershipNames());
        data.put("generatedOn", PlainData.date(time.today()));
        data.put("year", Map.of("label", y.year().label(), "from", PlainData.date(y.year().from()), "to", PlainData.date(y.year().to())));
        data.put("pieces", Map.of("commissioned", y.commissioned(), "completed", y.completed(), "open", y.open()));
        data.put("pieceRows", y.pieces().stream().map(p -> Map.of("title", p.title(), "commissionedOn", PlainData.date(p.commissionedOn()),
                "status", p.status().label(), "reportedOn", p.reportedOn() == null ? "Not yet" : PlainData.date(p.reportedOn()))).toList());
        data.put("evidence", ScrutinyReport.evidence(y.observations(), y.evidence().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue))));
        data.put("chartTitle", ScrutinyReport.CHART_TITLE);
        data.put("themeRows", ScrutinyReport.themeRows(y.themes()));
        data.put("days", Map.of("scrutiny", ScrutinyReport.days(y.scrutinyDays()),
                "chairing", ScrutinyReport.days(y.daysUsed().subtract(y.scrutinyDays())),
                "used", ScrutinyReport.days(y.daysUsed()),
                "allocation", y.allocation() == null ? "None recorded" : ScrutinyReport.days(y.allocation()),
                "remaining", y.remaining() == null ? "Not known" : ScrutinyReport.days(y.remaining())));
        return data;
    }
}
