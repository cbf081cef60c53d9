package uk.reviewhub.document.api;

import jakarta.inject.Singleton;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.PartnershipView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.DocumentRenderer;
import uk.reviewhub.document.domain.PlainData;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.document.domain.SampleData;
import uk.reviewhub.partnership.domain.PartnershipDirectory;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A group's current terms of reference as a document, made with the partnership's
 * TERMS_OF_REFERENCE template from the terms-of-reference and membership rows (the data shaped as
 * {@link SampleData#of} shows). Empty when the group is not the bound partnership's.
 *
 * <p>It lives at the edge because the partnership's directory answers in the API's records
 * (terms of reference, groups, members); the document domain takes only the data map it makes.
 */
@Singleton
public class TermsOfReferenceDocument {

    private final PartnershipDirectory directory;
    private final DocumentRenderer renderer;
    private final Clock clock;

    TermsOfReferenceDocument(PartnershipDirectory directory, DocumentRenderer renderer, Clock clock) {
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
    }

    public Optional<RenderedDocument> render(UUID groupId, DocumentFormat format) {
        return data(groupId).map(data -> renderer.render(TemplateKind.TERMS_OF_REFERENCE, data, format));
    }

    public Optional<Map<String, Object>> data(UUID groupId) {
        Optional<TermsOfReferenceView> terms = directory.termsOfReference(groupId);
        Optional<PartnershipView> partnership = directory.partnership();
        if (terms.isEmpty() || partnership.isEmpty()) {
            return Optional.empty();
        }
        TermsOfReferenceView t = terms.get();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", map("name", partnership.get().name(), "shortName", partnership.get().shortName()));
        ReviewGroupSummary group = t.group();
        data.put("group", map("name", group.name(), "shortName", group.shortName()));
        data.put("generatedOn", PlainData.date(java.time.LocalDate.ofInstant(clock.instant(), LondonTime.ZONE)));

        Map<String, Object> tor = new LinkedHashMap<>();
        tor.put("version", t.version());
        tor.put("purpose", t.purpose());
        tor.put("functions", t.functions());
        tor.put("reportingLine", t.reportingLine());
        tor.put("cadence", map("description", t.cadence().description(), "durationMinutes", t.cadence().durationMinutes(),
                "minimumMeetingsPerYear", t.cadence().minimumMeetingsPerYear(), "notes", t.cadence().notes()));
        tor.put("quorum", map("description", t.quorum().description()));
        tor.put("deadlines", t.deadlines().stream().map(d -> map("label", d.label(), "workingDays", d.workingDays(),
                "direction", d.direction().toLowerCase(Locale.ROOT))).toList());
        tor.put("performanceMeasures", t.performanceMeasures().stream()
                .map(p -> map("label", p.label(), "targetPercent", p.targetPercent())).toList());
        tor.put("links", t.links());
        tor.put("lastReviewedOn", t.lastReviewedOn());
        tor.put("reviewDueOn", t.reviewDueOn());
        data.put("termsOfReference", tor);

        // The membership as it stands today: former members are history, not part of the terms.
        List<Map<String, Object>> members = directory.membership(groupId, true).stream()
                .flatMap(m -> m.agencies().stream())
                .flatMap(a -> a.members().stream())
                .map(TermsOfReferenceDocument::member)
                .toList();
        data.put("members", members);
        return Optional.of(data);
    }

    private static Map<String, Object> member(GroupMemberView m) {
        return map("positionTitle", m.positionTitle(), "agency", m.agency().name(), "role", words(m.groupRole().name()),
                "membershipKind", words(m.membershipKind().name()));
    }

    /** CO_OPTED becomes "Co-opted", VICE_CHAIR "Vice chair". */
    static String words(String code) {
        if (code == null) {
            return null;
        }
        String text = code.equals("CO_OPTED") ? "co-opted" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
