package uk.reviewhub.scrutiny.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.vocabulary.EvidenceKind;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.DocumentRenderer;
import uk.reviewhub.document.domain.PlainData;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.scrutiny.persistence.ScrutinyReportStore;
import uk.reviewhub.scrutiny.persistence.ScrutinyStore;
import uk.reviewhub.time.context.PartnershipTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A piece of scrutiny's report to the statutory partners and the Partnership Group (issue 12 item 7),
 * made with the partnership's SCRUTINY_REPORT template (the built-in one until its pack or an admin
 * gives its own) from plain data shaped as {@code SampleData} shows: the piece as commissioned and
 * where it stands, its methodology and the evidence gathered, the themes across its observations as
 * a chart drawn on the server ({@link ScrutinyRatingChart}, in the PDF) beside a table of the same
 * figures, and its findings (from {@link ScrutinyReportFindings}). Each download is audited.
 */
@Singleton
public class ScrutinyReport {

    static final String CHART_TITLE = "Observations per rating in each domain";

    private final Scrutiny scrutiny;
    private final ScrutinyStore store;
    private final ScrutinyReportStore reports;
    private final ScrutinyReportFindings findings;
    private final DocumentRenderer renderer;
    private final PartnershipTime time;
    private final AuditLog audit;

    ScrutinyReport(Scrutiny scrutiny, ScrutinyStore store, ScrutinyReportStore reports, ScrutinyReportFindings findings,
                   DocumentRenderer renderer, PartnershipTime time, AuditLog audit) {
        this.scrutiny = scrutiny;
        this.store = store;
        this.reports = reports;
        this.findings = findings;
        this.renderer = renderer;
        this.time = time;
        this.audit = audit;
    }

    /** The piece's report in {@code format}; not found for a piece of another partnership; the download is audited. */
    @Transactional
    public RenderedDocument render(UUID pieceId, DocumentFormat format, UUID userId) {
        PieceRecord record = scrutiny.piece(pieceId, userId);
        Map<String, Object> data = data(record);
        audit.record(userId, AuditLog.EXPORT, "scrutiny-report", pieceId, Map.of("format", format.extension()));
        return renderer.render(TemplateKind.SCRUTINY_REPORT, data, format,
                Map.of("ratings", ScrutinyRatingChart.svg(record.themes(), CHART_TITLE)));
    }

    /** The chart of the themes across the piece's observations alone, as SVG; the read is audited. */
    @Transactional
    public String chart(UUID pieceId, UUID userId) {
        PieceRecord record = scrutiny.piece(pieceId, userId);
        return ScrutinyRatingChart.svg(record.themes(), CHART_TITLE + ": " + record.piece().title());
    }

    Map<String, Object> data(PieceRecord record) {
        Piece p = record.piece();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", reports.partnershipNames());
        data.put("generatedOn", PlainData.date(time.today()));
        Map<String, Object> piece = new LinkedHashMap<>();
        piece.put("title", p.title());
        piece.put("scope", p.scope());
        piece.put("questions", p.questions().stream().map(q -> Map.of("text", q)).toList());
        piece.put("methods", p.methodology().stream().map(m -> Map.of("name", m.label())).toList());
        piece.put("commissionedBy", p.commissionedBy());
        piece.put("commissionedOn", PlainData.date(p.commissionedOn()));
        piece.put("lead", p.lead().name());
        piece.put("team", p.team().isEmpty() ? "None" : p.team().stream().map(Person::name).collect(Collectors.joining(", ")));
        piece.put("status", p.status().label());
        piece.put("reportDue", date(record.clock().due()) + (record.clock().label() == null ? "" : " (" + record.clock().label() + ")"));
        piece.put("reportedOn", p.reportedOn() == null ? "Not yet" : PlainData.date(p.reportedOn()));
        piece.put("daysLogged", days(record.days().stream().map(LoggedDay::days).reduce(BigDecimal.ZERO, BigDecimal::add)));
        data.put("piece", piece);
        int observations = store.observations(p.id()).size();
        data.put("observationCount", observations);
        data.put("evidence", evidence(p.methodology().contains(ScrutinyMethod.OBSERVATIONS) ? observations : null,
                store.evidence(p.id()).stream().collect(Collectors.groupingBy(e -> e.kind().name(), Collectors.summingInt(e -> 1)))));
        data.put("chartTitle", CHART_TITLE);
        data.put("themeRows", themeRows(record.themes()));
        data.put("findings", findings.of(p.id()).stream().map(f -> Map.of("title", f.title(), "rating", f.rating(),
                "text", f.text(), "evidence", f.evidence())).toList());
        return data;
    }

    /** Evidence by kind in words: observations first (when counted), then each kind of other evidence. */
    static List<Map<String, Object>> evidence(Integer observations, Map<String, Integer> byKind) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (observations != null) {
            rows.add(Map.of("kind", ScrutinyMethod.OBSERVATIONS.label(), "count", observations));
        }
        for (EvidenceKind kind : EvidenceKind.values()) {
            rows.add(Map.of("kind", kind.label(), "count", byKind.getOrDefault(kind.name(), 0)));
        }
        return rows;
    }

    static List<Map<String, Object>> themeRows(List<RatingSummary.DomainCounts> themes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        themes.forEach(d -> d.counts().forEach((rating, count) -> rows.add(Map.of("domainName", d.domainName(), "rating", rating,
                "count", count))));
        return rows;
    }

    static String days(BigDecimal days) {
        return days == null ? "" : days.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate day) {
        return day == null ? "No date" : PlainData.date(day);
    }
}
