package uk.reviewhub.conference.domain;

import uk.reviewhub.time.LondonTime;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.LadoOutcome;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.conference.persistence.LadoStore;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.InvalidFieldException.FieldProblem;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.scrutiny.domain.NameCheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.reviewhub.conference.domain.DateRules.blankToNull;
import static uk.reviewhub.conference.domain.DateRules.within;

/**
 * The LADO log: allegations against people who work with children. The manager and the service's
 * support record a referral (the person by employer sector and role, never by name; the referral
 * clock {@code lado-referral} from the day the allegation became known) and name the chair of its
 * strategy meeting; that chair and support record the actions agreed; the chair records the outcome,
 * which closes the allegation. A chair sees only the allegations whose meeting they chair (any
 * other is not found). Every read and change is audited in the same transaction.
 */
@Singleton
public class Lado {

    public static final String CLOCK = "lado-referral";
    static final String ALLEGATION = "lado-allegation";
    private static final String NO_ALLEGATION = "No such allegation in this service.";
    private static final String NO_ACTION = "No such action in this service.";
    /** How far back an allegation may have become known: older ones are historic and kept elsewhere. */
    private static final int MOST_YEARS_BACK = 5;

    private final LadoStore store;
    private final SafeguardingStore people;
    private final AuditLog audit;
    private final ServiceClocks clocks;

    Lado(LadoStore store, SafeguardingStore people, AuditLog audit, ServiceClocks clocks) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clocks = clocks;
    }

    /** An allegation with its referral clock and its actions. */
    public record AllegationFile(Allegation allegation, ChainStep referral, List<AllegationAction> actions) {
    }

    @Transactional
    public List<AllegationFile> log(Viewer viewer) {
        List<AllegationFile> files = store.allegations(viewer.seesWholeService() ? null : viewer.userId()).stream()
                .map(this::file).toList();
        audit.record(viewer.userId(), AuditLog.READ, "lado-log", null, Map.of("allegations", files.size()));
        return files;
    }

    @Transactional
    public AllegationFile read(Viewer viewer, UUID allegationId) {
        Allegation a = visible(viewer, allegationId, false);
        audit.record(viewer.userId(), AuditLog.READ, ALLEGATION, allegationId);
        return file(a);
    }

    @Transactional
    public AllegationFile record(Viewer viewer, Allegation.Details details, boolean noNamesConfirmed) {
        if (!viewer.seesWholeService()) {
            throw new ForbiddenException("The service's manager and business support record referrals.");
        }
        Allegation.Details d = checked(details, noNamesConfirmed);
        UUID id = store.insert(d, viewer.userId());
        audit.record(viewer.userId(), AuditLog.CREATE, ALLEGATION, id, Map.of("employerSector", d.employerSector().name()));
        return file(store.allegation(id).orElseThrow());
    }

    @Transactional
    public AllegationFile change(Viewer viewer, UUID allegationId, Allegation.Details details, boolean noNamesConfirmed,
                                 Integer version) {
        Allegation before = visible(viewer, allegationId, true);
        if (version == null) {
            throw new InvalidFieldException("version", "Give the version of the allegation you read.");
        }
        closedGuard(before);
        Allegation.Details d = checked(details, noNamesConfirmed);
        if (!store.update(allegationId, d, version)) {
            throw stale();
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, ALLEGATION, allegationId);
        return file(store.allegation(allegationId).orElseThrow());
    }

    /** An action agreed at the strategy meeting: only once the meeting has been held, and while the allegation is open. */
    @Transactional
    public AllegationFile addAction(Viewer viewer, UUID allegationId, String description, String owner, LocalDate dueOn,
                                    boolean noNamesConfirmed) {
        Allegation a = visible(viewer, allegationId, true);
        closedGuard(a);
        LocalDate today = clocks.today();
        if (a.meetingOn() == null || a.meetingOn().isAfter(today)) {
            throw new RuleNotMetException("Actions are agreed at the strategy meeting: record the meeting's date once it is held.");
        }
        within("dueOn", "The due date", dueOn, a.meetingOn(), "the strategy meeting", today.plusYears(1), "a year from today");
        List<FieldProblem> problems = new ArrayList<>();
        names(problems, "description", description, noNamesConfirmed);
        names(problems, "owner", owner, noNamesConfirmed);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertAction(allegationId, description.strip(), owner.strip(), dueOn);
        store.touch(allegationId);
        audit.record(viewer.userId(), AuditLog.UPDATE, ALLEGATION, allegationId, Map.of("actionAdded", id.toString()));
        return file(store.allegation(allegationId).orElseThrow());
    }

    @Transactional
    public AllegationFile actionDone(Viewer viewer, UUID actionId, LocalDate doneOn, Integer version) {
        AllegationAction action = store.action(actionId).orElseThrow(() -> new NotFoundException(NO_ACTION));
        Allegation a = store.allegationForUpdate(action.allegationId()).filter(x -> viewer.sees(x.chairId()))
                .orElseThrow(() -> new NotFoundException(NO_ACTION));
        if (action.doneOn() != null) {
            throw new RuleNotMetException("The action was already done on " + LondonTime.UK_DATE.format(action.doneOn()) + ".");
        }
        within("doneOn", "The day it was done", doneOn, a.meetingOn() == null ? a.knownOn() : a.meetingOn(),
                "the strategy meeting", clocks.today(), "today");
        if (!store.actionDone(actionId, doneOn, version)) {
            throw new ConflictException("The action was changed by someone else since you read it; read it again.");
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, ALLEGATION, a.id(), Map.of("actionDone", actionId.toString()));
        return file(store.allegation(a.id()).orElseThrow());
    }

    /** The chair's outcome, once, after the strategy meeting: it closes the allegation. */
    @Transactional
    public AllegationFile outcome(Viewer viewer, UUID allegationId, LadoOutcome outcome, LocalDate decidedOn, Integer version) {
        Allegation a = visible(viewer, allegationId, true);
        if (!viewer.isChair() || !viewer.userId().equals(a.chairId())) {
            throw new ForbiddenException("The outcome is the decision of the chair of the strategy meeting.");
        }
        if (!a.open()) {
            throw new RuleNotMetException("The outcome is already recorded (" + a.outcome().label().toLowerCase(java.util.Locale.ROOT)
                    + ", " + LondonTime.UK_DATE.format(a.decidedOn()) + ").");
        }
        LocalDate today = clocks.today();
        if (a.meetingOn() == null || a.meetingOn().isAfter(today)) {
            throw new RuleNotMetException("The outcome follows the strategy meeting: record the meeting's date once it is held.");
        }
        within("decidedOn", "The day of the decision", decidedOn, a.meetingOn(), "the strategy meeting", today, "today");
        if (!store.outcome(allegationId, outcome, decidedOn, version)) {
            throw stale();
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, ALLEGATION, allegationId, Map.of("outcome", outcome.name()));
        return file(store.allegation(allegationId).orElseThrow());
    }

    // -- helpers -------------------------------------------------------------------------------------

    private AllegationFile file(Allegation a) {
        ChainStep referral = clocks.step(CLOCK, "Referred to the designated officer", a.knownOn(), a.referredOn());
        return new AllegationFile(a, referral, store.actions(a.id()));
    }

    private Allegation visible(Viewer viewer, UUID allegationId, boolean forUpdate) {
        return (forUpdate ? store.allegationForUpdate(allegationId) : store.allegation(allegationId))
                .filter(a -> viewer.sees(a.chairId())).orElseThrow(() -> new NotFoundException(NO_ALLEGATION));
    }

    private static void closedGuard(Allegation a) {
        if (!a.open()) {
            throw new RuleNotMetException("The allegation is closed: its outcome (" + a.outcome().label().toLowerCase(java.util.Locale.ROOT)
                    + ") was recorded on " + LondonTime.UK_DATE.format(a.decidedOn()) + ".");
        }
    }

    private static ConflictException stale() {
        return new ConflictException("The allegation was changed by someone else since you read it; read it again.");
    }

    private Allegation.Details checked(Allegation.Details d, boolean noNamesConfirmed) {
        LocalDate today = clocks.today();
        within("knownOn", "The day the allegation became known", d.knownOn(), today.minusYears(MOST_YEARS_BACK),
                MOST_YEARS_BACK + " years ago", today, "today");
        within("referredOn", "The day of the referral", d.referredOn(), d.knownOn(), "the day the allegation became known",
                today, "today");
        within("meetingOn", "The strategy meeting", d.meetingOn(), d.knownOn(), "the day the allegation became known",
                today.plusMonths(6), "six months from today");
        if (d.chairId() != null && people.chairs(today).stream().noneMatch(p -> p.id().equals(d.chairId()))) {
            throw new InvalidFieldException("chairId", "That person is not a Safeguarding and Reviewing Chair of this partnership today.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        names(problems, "personRole", d.personRole(), noNamesConfirmed);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return new Allegation.Details(blankToNull(d.reference()), d.knownOn(), d.referredOn(), d.employerSector(),
                d.personRole().strip(), d.meetingOn(), d.chairId());
    }

    /** The minimal-data check: text that looks like a name or a case number is refused at its field unless confirmed. */
    private static void names(List<FieldProblem> problems, String field, String text, boolean confirmed) {
        if (confirmed) {
            return;
        }
        NameCheck.find(text).ifPresent(found -> problems.add(new FieldProblem(field, "'" + found
                + "' looks like a name or a case number: the log keeps the person's role, never a name, and no case number."
                + " If it is neither, confirm the text holds none (noNamesConfirmed) and record it again.")));
    }
}
