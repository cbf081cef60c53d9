package uk.reviewhub.conference.domain;

import uk.reviewhub.time.LondonTime;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.IssueCategory;
import uk.reviewhub.api.vocabulary.IssueOutcome;
import uk.reviewhub.api.vocabulary.IssueStepKind;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.conference.persistence.IssueStore;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.pack.IssueResolution;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.scrutiny.domain.NameCheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static uk.reviewhub.conference.domain.DateRules.blankToNull;
import static uk.reviewhub.conference.domain.DateRules.within;

/**
 * The Issue Resolution Process: a Safeguarding and Reviewing Chair raises an issue about the plan for,
 * or the practice around, a child allocated to them; it moves forward through the partnership's stages
 * (its pack's {@code issueResolution:}; stages may be skipped, never gone back to), each stage answering
 * within its clock from the day the issue reached it, the whole within {@code irp-resolution} from the
 * day it was raised; it may be referred to Cafcass where the process offers it; the chair records the
 * outcome (resolved, or closed), after which nothing more is recorded. The service's support records
 * responses; the manager and support see every issue, a chair the issues they raised and those about
 * the children allocated to them (any other is not found). Every step is kept with who recorded it and
 * when; every read and change is audited in the same transaction.
 */
@Singleton
public class Issues {

    static final String ISSUE = "irp-issue";
    private static final String NO_ISSUE = "No such issue in this service.";
    /** How far back an issue may be raised: the process runs over weeks, so older ones are records kept elsewhere. */
    private static final int MOST_YEARS_BACK = 1;

    private final IssueStore store;
    private final SafeguardingStore children;
    private final AuditLog audit;
    private final ServiceClocks clocks;

    Issues(IssueStore store, SafeguardingStore children, AuditLog audit, ServiceClocks clocks) {
        this.store = store;
        this.children = children;
        this.audit = audit;
        this.clocks = clocks;
    }

    /**
     * An issue as the register shows it: its stage's response clock, the whole process's clock, its age
     * in working days (to its outcome, or today) and whether either clock is overdue.
     */
    public record IssueFile(Issue issue, IssueResolution.Stage stage, ChainStep stageResponse, ChainStep resolution,
                            int workingDaysOpen, boolean overdue, List<Issue.Step> steps, Map<String, String> stageNames) {
    }

    /** The partnership's process. */
    public IssueProcess process() {
        return store.process();
    }

    @Transactional
    public List<IssueFile> register(Viewer viewer, IssueFilter filter) {
        IssueProcess process = store.process();
        if (filter.stageCode() != null && process.position(filter.stageCode()).isEmpty()) {
            throw unknownStage("stage", filter.stageCode(), process);
        }
        List<IssueFile> files = store.issues(filter, viewer.seesWholeService() ? null : viewer.userId()).stream()
                .map(i -> file(i, process)).toList();
        audit.record(viewer.userId(), AuditLog.READ, "irp-register", filter.childId(), Map.of("issues", files.size()));
        return files;
    }

    /** Every open issue with its clocks, unaudited: for the diary, which audits its own reading. */
    List<IssueFile> openFiles() {
        IssueProcess process = store.process();
        if (!process.enabled()) {
            return List.of();
        }
        return store.issues(new IssueFilter(null, null, null, true), null).stream().map(i -> file(i, process)).toList();
    }

    @Transactional
    public IssueFile read(Viewer viewer, UUID issueId) {
        Issue issue = visible(viewer, issueId, false);
        audit.record(viewer.userId(), AuditLog.READ, ISSUE, issueId);
        return file(issue, store.process());
    }

    /** A chair raises an issue about a child allocated to them, at the process's first stage or a later one. */
    @Transactional
    public IssueFile raise(Viewer viewer, UUID childId, IssueCategory category, String summary, LocalDate raisedOn, String stageCode,
                           boolean noNamesConfirmed) {
        if (!viewer.isChair()) {
            throw new ForbiddenException("A Safeguarding and Reviewing Chair raises an issue.");
        }
        Child child = children.child(childId).filter(c -> viewer.sees(c.chairId()))
                .orElseThrow(() -> new NotFoundException("No such child among the children allocated to you."));
        IssueProcess process = enabled();
        String code = stageCode == null || stageCode.isBlank() ? process.stages().getFirst().code() : stageCode.strip();
        int position = process.position(code).orElseThrow(() -> unknownStage("stage", code, process));
        LocalDate today = clocks.today();
        within("raisedOn", "The day the issue was raised", raisedOn, today.minusYears(MOST_YEARS_BACK), "a year ago", today, "today");
        names("summary", summary, noNamesConfirmed);
        UUID id = store.insert(child.id(), category, summary.strip(), viewer.userId(), raisedOn, code, position);
        store.insertStep(id, IssueStepKind.RAISED, code, raisedOn, null, viewer.userId());
        audit.record(viewer.userId(), AuditLog.CREATE, ISSUE, id, Map.of("child", child.id().toString(), "category", category.name(),
                "stage", code));
        return file(store.issue(id).orElseThrow(), process);
    }

    /**
     * A step of an open issue: escalated to a later stage (the chair's), a response at its stage (the
     * chair or support; once per stage), or referred to Cafcass (the chair's; once, where offered).
     */
    @Transactional
    public IssueFile step(Viewer viewer, UUID issueId, IssueStepKind kind, String stageCode, LocalDate on, String note,
                          boolean noNamesConfirmed, Integer version) {
        Issue issue = visible(viewer, issueId, true);
        IssueProcess process = store.process();
        if (kind != IssueStepKind.RESPONSE && !viewer.isChair()) {
            throw new ForbiddenException("Escalating an issue and referring it to Cafcass are the chair's decisions;"
                    + " the service's support records responses.");
        }
        if (kind == IssueStepKind.RAISED || kind == IssueStepKind.RESOLVED || kind == IssueStepKind.CLOSED) {
            throw new InvalidFieldException("kind", "A step is escalated, a response or a referral to Cafcass;"
                    + " an issue is raised once, and resolved or closed with its outcome.");
        }
        endedGuard(issue);
        LocalDate today = clocks.today();
        String text = blankToNull(note);
        names("note", text, noNamesConfirmed);
        String stepStage = issue.stageCode();
        boolean written = switch (kind) {
            case ESCALATED -> {
                if (stageCode == null || stageCode.isBlank()) {
                    throw new InvalidFieldException("stage", "Choose the stage the issue is escalated to.");
                }
                String code = stageCode.strip();
                int position = process.position(code).orElseThrow(() -> unknownStage("stage", code, process));
                if (position <= issue.stagePosition()) {
                    throw new RuleNotMetException("An issue moves forward only: it is at " + process.stage(issue.stageCode()).name()
                            + ", so it is escalated to a later stage (stages may be skipped), never back or to the same one.");
                }
                within("on", "The day of the escalation", on, issue.stageSince(), "the day the issue reached its stage", today, "today");
                stepStage = code;
                yield store.escalate(issueId, code, position, on, version);
            }
            case RESPONSE -> {
                if (stageCode != null && !stageCode.isBlank() && !stageCode.strip().equals(issue.stageCode())) {
                    throw new InvalidFieldException("stage", "A response is at the stage the issue is at ("
                            + process.stage(issue.stageCode()).name() + ").");
                }
                if (issue.respondedOn() != null) {
                    throw new RuleNotMetException("The response at this stage was recorded on " + LondonTime.UK_DATE.format(issue.respondedOn())
                            + ": escalate the issue, or record its outcome.");
                }
                within("on", "The day of the response", on, issue.stageSince(), issue.stageSince().equals(issue.raisedOn())
                        ? "the day the issue was raised" : "the day the issue reached its stage", today, "today");
                yield store.responded(issueId, on, version);
            }
            case CAFCASS_REFERRAL -> {
                if (!process.cafcassReferral()) {
                    throw new RuleNotMetException("This partnership's Issue Resolution Process does not offer referral to Cafcass.");
                }
                if (issue.cafcassReferredOn() != null) {
                    throw new RuleNotMetException("The issue was referred to Cafcass on " + LondonTime.UK_DATE.format(issue.cafcassReferredOn()) + ".");
                }
                within("on", "The day of the referral", on, issue.raisedOn(), "the day the issue was raised", today, "today");
                yield store.referredToCafcass(issueId, on, version);
            }
            default -> throw new IllegalStateException(kind.name());
        };
        if (!written) {
            throw stale();
        }
        store.insertStep(issueId, kind, stepStage, on, text, viewer.userId());
        audit.record(viewer.userId(), AuditLog.UPDATE, ISSUE, issueId, Map.of("step", kind.name(), "stage", stepStage));
        return file(store.issue(issueId).orElseThrow(), process);
    }

    /** The chair's outcome, once: resolved, or closed without resolution. Nothing is recorded after it. */
    @Transactional
    public IssueFile outcome(Viewer viewer, UUID issueId, IssueOutcome outcome, LocalDate on, String note, boolean noNamesConfirmed,
                             Integer version) {
        Issue issue = visible(viewer, issueId, true);
        if (!viewer.isChair()) {
            throw new ForbiddenException("The outcome of an issue is the chair's to record.");
        }
        endedGuard(issue);
        String text = blankToNull(note);
        names("note", text, noNamesConfirmed);
        LocalDate earliest = issue.cafcassReferredOn() != null && issue.cafcassReferredOn().isAfter(issue.stageSince())
                ? issue.cafcassReferredOn() : issue.stageSince();
        within("on", "The day of the outcome", on, earliest, "the issue's last step", clocks.today(), "today");
        if (!store.outcome(issueId, outcome, on, version)) {
            throw stale();
        }
        store.insertStep(issueId, outcome == IssueOutcome.RESOLVED ? IssueStepKind.RESOLVED : IssueStepKind.CLOSED, issue.stageCode(),
                on, text, viewer.userId());
        audit.record(viewer.userId(), AuditLog.UPDATE, ISSUE, issueId, Map.of("outcome", outcome.name()));
        return file(store.issue(issueId).orElseThrow(), store.process());
    }

    // -- helpers -------------------------------------------------------------------------------------

    /** The issue read with its clocks, as of today. */
    IssueFile file(Issue i, IssueProcess process) {
        IssueResolution.Stage stage = process.stage(i.stageCode());
        LocalDate stageDone = i.respondedOn() != null ? i.respondedOn() : i.outcomeOn();
        ChainStep response = clocks.step(stage.clock(), "Response: " + stage.name(), i.stageSince(), stageDone);
        ChainStep resolution = clocks.step(IssueResolution.RESOLUTION_CLOCK, "Issue resolved", i.raisedOn(), i.outcomeOn());
        int age = clocks.workingDaysBetween(i.raisedOn(), i.outcomeOn() != null ? i.outcomeOn() : clocks.today());
        boolean overdue = i.open() && ("OVERDUE".equals(response.status()) || "OVERDUE".equals(resolution.status()));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        process.stages().forEach(s -> names.put(s.code(), s.name()));
        return new IssueFile(i, stage, response, resolution, age, overdue, store.steps(i.id()), names);
    }

    private IssueProcess enabled() {
        IssueProcess process = store.process();
        if (!process.enabled()) {
            throw new RuleNotMetException("This partnership's pack runs no Issue Resolution Process (issueResolution:).");
        }
        return process;
    }

    private Issue visible(Viewer viewer, UUID issueId, boolean forUpdate) {
        return (forUpdate ? store.issueForUpdate(issueId) : store.issue(issueId))
                .filter(i -> viewer.seesWholeService() || (viewer.isChair()
                        && (viewer.userId().equals(i.raisedBy()) || viewer.userId().equals(i.childChairId()))))
                .orElseThrow(() -> new NotFoundException(NO_ISSUE));
    }

    private static void endedGuard(Issue i) {
        if (!i.open()) {
            throw new RuleNotMetException("The issue ended on " + LondonTime.UK_DATE.format(i.outcomeOn()) + " ("
                    + i.outcome().label().toLowerCase(Locale.ROOT) + "): nothing more is recorded on it.");
        }
    }

    private static InvalidFieldException unknownStage(String field, String code, IssueProcess process) {
        return new InvalidFieldException(field, "'" + code + "' is not a stage of this partnership's Issue Resolution Process; its stages are "
                + String.join(", ", process.stages().stream().map(s -> s.code() + " (" + s.name() + ")").toList()) + ".");
    }

    private static ConflictException stale() {
        return new ConflictException("The issue was changed by someone else since you read it; read it again.");
    }

    /** The minimal-data check: text that looks like a name or a case number is refused at its field unless confirmed. */
    private static void names(String field, String text, boolean confirmed) {
        if (confirmed || text == null) {
            return;
        }
        NameCheck.find(text).ifPresent(found -> {
            throw new InvalidFieldException(field, "'" + found + "' looks like a name or a case number: an issue is kept without"
                    + " names (the child is known by the case reference). If it is neither, confirm the text holds none"
                    + " (noNamesConfirmed) and record it again.");
        });
    }
}
