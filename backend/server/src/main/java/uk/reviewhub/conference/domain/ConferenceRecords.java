package uk.reviewhub.conference.domain;

import uk.reviewhub.time.LondonTime;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.InviteeAttendance;
import uk.reviewhub.api.vocabulary.RecordKind;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.DocumentRenderer;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static uk.reviewhub.conference.domain.DateRules.blankToNull;

/**
 * The decision letter and the full record of a conference or review, rendered from the
 * partnership's templates (CP_DECISION_LETTER, CP_FULL_RECORD) when issued and kept as issued:
 * locked, read back as PDF or DOCX; an amendment is a new issue with its reason. Their clocks
 * (cp-decision-letter, cp-full-record) count from the day the conference was held.
 */
@Singleton
public class ConferenceRecords {


    private final SafeguardingStore store;
    private final Conferences conferences;
    private final DocumentRenderer renderer;
    private final AuditLog audit;
    private final ServiceClocks clocks;

    ConferenceRecords(SafeguardingStore store, Conferences conferences, DocumentRenderer renderer, AuditLog audit,
                      ServiceClocks clocks) {
        this.store = store;
        this.conferences = conferences;
        this.renderer = renderer;
        this.audit = audit;
        this.clocks = clocks;
    }

    @Transactional
    public List<IssuedRecord> records(Viewer viewer, UUID conferenceId) {
        conferences.read(viewer, conferenceId);
        return store.records(conferenceId);
    }

    /** Issues the record of {@code kind}: the first issue, or with a reason an amended one. */
    @Transactional
    public List<IssuedRecord> issue(Viewer viewer, UUID conferenceId, RecordKind kind, String amendmentReason) {
        Conferences.ConferenceFile file = conferences.read(viewer, conferenceId);
        Conference c = file.conference();
        if (!c.counts()) {
            throw new RuleNotMetException("A record is issued once the " + c.title() + " is held and quorate.");
        }
        boolean looked = c.kind() == ConferenceKind.LAC_REVIEW || c.kind() == ConferenceKind.MIDWAY_REVIEW;
        if (looked ? c.outcome().carePlanScrutiny() == null : c.outcome().decision() == null) {
            throw new RuleNotMetException("Record the outcome of the " + c.title() + " before issuing its record.");
        }
        List<IssuedRecord> issued = store.records(conferenceId).stream().filter(r -> r.kind() == kind).toList();
        String reason = blankToNull(amendmentReason);
        if (!issued.isEmpty() && reason == null) {
            throw new RuleNotMetException("The " + kind.label().toLowerCase(Locale.ROOT) + " was issued on "
                    + LondonTime.UK_DATE.format(issued.getLast().issuedOn()) + " and is locked: an amended one needs its reason.");
        }
        if (issued.isEmpty() && reason != null) {
            reason = null; // a first issue amends nothing
        }
        int number = issued.size() + 1;
        LocalDate today = clocks.today();
        Map<String, Object> data = data(file, number, today, reason, viewer);
        String body = renderer.fragment(template(kind), data);
        UUID id = store.insertRecord(conferenceId, kind, number, today, viewer.userId(), reason, body);
        audit.record(viewer.userId(), AuditLog.CREATE, "cp-record", id, Map.of("conferenceId", conferenceId.toString(),
                "kind", kind.name(), "issue", number));
        return store.records(conferenceId);
    }

    /** An issued record as PDF or DOCX, exactly as issued. */
    @Transactional
    public RenderedDocument document(Viewer viewer, UUID recordId, DocumentFormat format) {
        IssuedRecord record = store.record(recordId).orElseThrow(() -> new NotFoundException("No such record in this service."));
        Conferences.ConferenceFile file;
        try {
            file = conferences.read(viewer, record.conferenceId());
        } catch (NotFoundException e) {
            throw new NotFoundException("No such record in this service.");
        }
        audit.record(viewer.userId(), AuditLog.EXPORT, "cp-record", recordId, Map.of("format", format.name()));
        return renderer.write(record.body(), file.conference().title() + ": " + record.kind().label()
                + (record.issue() > 1 ? " (issue " + record.issue() + ")" : ""), format);
    }

    private static TemplateKind template(RecordKind kind) {
        return kind == RecordKind.DECISION_LETTER ? TemplateKind.CP_DECISION_LETTER : TemplateKind.CP_FULL_RECORD;
    }

    private Map<String, Object> data(Conferences.ConferenceFile f, int number, LocalDate today, String reason, Viewer viewer) {
        SafeguardingStore.Names names = store.names();
        Conference c = f.conference();
        Child child = f.child();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", Map.of("name", names.partnership(), "shortName", names.partnershipShort()));
        data.put("group", Map.of("name", names.group(), "shortName", names.groupShort()));
        data.put("generatedOn", date(today));
        data.put("child", Map.of("caseReference", child.caseReference(), "initials", child.initials(), "bornOn", date(child.bornOn()),
                "expectedOn", date(child.expectedOn()), "borough", child.borough()));
        data.put("conference", Map.of("title", c.title(), "heldOn", date(c.heldOn()), "plannedOn", date(c.plannedOn()),
                "quorum", f.quorum() == null ? "" : f.quorum().summary(), "delayReason", text(c.delayReason()),
                "reportsSharedOn", date(c.reportsSharedOn())));
        data.put("chair", Map.of("name", text(child.chairName() != null ? child.chairName()
                : store.person(viewer.userId()).map(Person::name).orElse(""))));
        data.put("issue", Map.of("number", number, "issuedOn", date(today), "amended", number > 1, "amendmentReason", text(reason)));
        data.put("present", invitees(f.invitees(), InviteeAttendance.PRESENT));
        data.put("apologies", invitees(f.invitees(), InviteeAttendance.APOLOGIES));
        Conference.Participation p = c.participation();
        data.put("participation", Map.of("childAttended", yesNo(p.childAttended()), "childViews", text(p.childViews()),
                "advocateOffered", yesNo(p.advocateOffered()), "parentsAttended", yesNo(p.parentsAttended()),
                "parentsViews", text(p.parentsViews())));
        Conference.Outcome o = c.outcome();
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("decision", o.decision() == null ? "" : o.decision().label());
        outcome.put("category", o.category() == null ? "" : o.category().label());
        outcome.put("reasons", text(o.reasons()));
        outcome.put("dissent", text(o.dissent()));
        outcome.put("leadSocialWorker", text(o.leadSocialWorker()));
        outcome.put("coreGroup", text(o.coreGroup()));
        outcome.put("outlinePlan", text(o.outlinePlan()));
        outcome.put("contingencyPlan", text(o.contingencyPlan()));
        outcome.put("carePlanScrutiny", text(o.carePlanScrutiny()));
        outcome.put("nextOn", date(o.nextOn()));
        data.put("outcome", outcome);
        data.put("actions", f.actions().stream().map(a -> Map.of("description", a.description(), "owner", a.owner(),
                "dueOn", date(a.dueOn()), "status", a.status(today))).toList());
        return data;
    }

    private static List<Map<String, Object>> invitees(List<Invitee> invitees, InviteeAttendance attendance) {
        return invitees.stream().filter(i -> i.attendance() == attendance)
                .map(i -> Map.<String, Object>of("agency", i.agencyName(), "roleTitle", i.roleTitle(), "report", date(i.reportReceivedOn())))
                .toList();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : LondonTime.UK_DATE.format(date);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String yesNo(Boolean value) {
        return value == null ? "Not recorded" : value ? "Yes" : "No";
    }
}
