package uk.reviewhub.meeting.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.DocumentRenderer;
import uk.reviewhub.document.domain.PlainData;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.partnership.domain.PartnershipDirectory;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A group's performance measures over a period as a document for the partnership's coordination
 * group, made with the partnership's PERFORMANCE_REPORT template from plain data shaped as the
 * template sample shows. Every status is written in words, so the report reads the same in black
 * and white.
 */
@Singleton
public class PerformanceReport {

    private final GroupPerformance performance;
    private final PartnershipDirectory directory;
    private final DocumentRenderer renderer;
    private final Clock clock;

    PerformanceReport(GroupPerformance performance, PartnershipDirectory directory, DocumentRenderer renderer, Clock clock) {
        this.performance = performance;
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
    }

    public RenderedDocument render(UUID groupId, LocalDate from, LocalDate to, DocumentFormat format) {
        return renderer.render(TemplateKind.PERFORMANCE_REPORT, data(performance.performance(groupId, from, to)), format);
    }

    Map<String, Object> data(GroupMeasures view) {
        Map<String, Object> data = new LinkedHashMap<>();
        directory.partnership().ifPresent(p -> data.put("partnership", Map.of("name", p.name(), "shortName", p.shortName())));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", view.groupName());
        data.put("group", group);
        data.put("generatedOn", PlainData.date(LondonTime.today(clock)));
        data.put("period", Map.of("from", PlainData.date(view.from()), "to", PlainData.date(view.to())));
        data.put("amberBandPoints", PerformanceMeasures.AMBER_BAND);
        List<Map<String, Object>> measures = view.measures().stream().map(PerformanceReport::measure).toList();
        data.put("measures", measures);
        return data;
    }

    private static Map<String, Object> measure(GroupMeasures.Measure m) {
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("label", m.label());
        measure.put("result", m.valuePercent() == null ? "No data" : m.valuePercent() + "% (" + m.met() + " of " + m.of() + ")");
        measure.put("target", m.targetPercent() + "%");
        measure.put("defaultTarget", !m.targetFromTermsOfReference());
        measure.put("status", statusWords(m.light()));
        measure.put("text", m.text());
        return measure;
    }

    /** The traffic light in words: "Green: on target". */
    public static String statusWords(String light) {
        return switch (light) {
            case "GREEN" -> "Green: on target";
            case "AMBER" -> "Amber: just below the target";
            case "RED" -> "Red: below the target";
            default -> "No data";
        };
    }
}
