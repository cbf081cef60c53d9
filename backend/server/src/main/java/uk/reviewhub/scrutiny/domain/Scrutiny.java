package uk.reviewhub.scrutiny.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.InvalidFieldException.FieldProblem;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.scrutiny.persistence.ScrutinyStore;
import uk.reviewhub.time.clock.ClockReading;
import uk.reviewhub.time.clock.ClockStatus;
import uk.reviewhub.time.context.PartnershipTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Independent scrutiny's rules: a piece is commissioned with a lead scrutineer and a team of other
 * scrutineers; it moves forward one step at a time (or is withdrawn); its lead and team log their
 * days on it (against the chair's days allocation of the group the pack names, at most one day per
 * person per day) and record observations against a version of the framework, rating each domain on
 * that version's scale. The framework is versioned: a new version is written over the latest, and
 * an observation keeps the version it used.
 */
@Singleton
public class Scrutiny {

    static final String NOT_ON = "This partnership does not run independent scrutiny: its pack has no scrutiny: section.";
    static final String NO_PIECE = "No such piece of scrutiny in this partnership.";
    static final String CLOCK = "scrutiny-report";

    private final ScrutinyStore store;
    private final PartnershipTime time;

    Scrutiny(ScrutinyStore store, PartnershipTime time) {
        this.store = store;
        this.time = time;
    }

    // -- the programme and pieces --------------------------------------------------------------------

    @Transactional
    public Programme programme() {
        LocalDate today = time.today();
        var settings = store.settings();
        return new Programme(settings.enabled(), store.scrutineers(today),
                store.pieces().stream().map(p -> new PieceRecord(p, clock(p, today), List.of(), List.of())).toList());
    }

    @Transactional
    public PieceRecord piece(UUID pieceId) {
        return record(store.piece(pieceId).orElseThrow(() -> new NotFoundException(NO_PIECE)));
    }

    @Transactional
    public PieceRecord commission(NewPiece p, UUID userId) {
        requireOn();
        LocalDate today = time.today();
        List<FieldProblem> problems = new ArrayList<>();
        if (p.commissionedOn().isAfter(today)) {
            problems.add(new FieldProblem("commissionedOn", "The commissioning date is still to come: " + p.commissionedOn() + "."));
        }
        if (p.agreedReportBy() != null && p.agreedReportBy().isBefore(p.commissionedOn())) {
            problems.add(new FieldProblem("agreedReportBy", "The agreed report date is before the piece was commissioned."));
        }
        if (new HashSet<>(p.methodology()).size() != p.methodology().size()) {
            problems.add(new FieldProblem("methodology", "Name each method once."));
        }
        Set<UUID> scrutineers = new HashSet<>(store.scrutineers(today).stream().map(Person::id).toList());
        if (!scrutineers.contains(p.leadId())) {
            problems.add(new FieldProblem("leadId", "The lead must be one of the partnership's scrutineers today."));
        }
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < p.teamIds().size(); i++) {
            UUID member = p.teamIds().get(i);
            if (!scrutineers.contains(member)) {
                problems.add(new FieldProblem("teamIds[" + i + "]", "Each of the team must be one of the partnership's scrutineers today."));
            } else if (member.equals(p.leadId()) || !seen.add(member)) {
                problems.add(new FieldProblem("teamIds[" + i + "]", "Name each scrutineer once: the lead is not on the team as well."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertPiece(p, userId);
        return piece(id);
    }

    @Transactional
    public PieceRecord moveOn(UUID pieceId, ScrutinyStatus status, LocalDate reportedOn, int version, UUID userId) {
        Piece piece = worked(pieceId, userId, "move the piece on");
        if (piece.version() != version) {
            throw new ConflictException("The piece has changed since you read it: read it again and retry.");
        }
        if (!piece.status().next().contains(status)) {
            throw new RuleNotMetException("A piece that is " + piece.status().label().toLowerCase() + " cannot become "
                    + status.label().toLowerCase() + (piece.status().open()
                    ? ": it moves on one step at a time (commissioned, in progress, reporting, complete) or is withdrawn."
                    : ": it is closed."));
        }
        if (status == ScrutinyStatus.COMPLETE) {
            if (reportedOn == null) {
                throw new InvalidFieldException("reportedOn", "Give the day the report went to the statutory partners.");
            }
            if (reportedOn.isAfter(time.today()) || reportedOn.isBefore(piece.commissionedOn())) {
                throw new InvalidFieldException("reportedOn", "The report date is between the commissioning and today.");
            }
        } else if (reportedOn != null) {
            throw new InvalidFieldException("reportedOn", "A report date goes with completing the piece only.");
        }
        if (!store.updateStatus(pieceId, version, status, reportedOn)) {
            throw new ConflictException("The piece has changed since you read it: read it again and retry.");
        }
        return piece(pieceId);
    }

    @Transactional
    public PieceRecord logDay(UUID pieceId, LocalDate workedOn, BigDecimal days, String description, UUID userId) {
        Piece piece = worked(pieceId, userId, "log days on it");
        UUID group = store.settings().daysGroupId().orElseThrow(() -> new RuleNotMetException(
                "This partnership's pack names no group whose chair's days allocation scrutiny shares (scrutiny: daysGroup)."));
        if (piece.status() == ScrutinyStatus.WITHDRAWN) {
            throw new RuleNotMetException("The piece was withdrawn: no more days are logged on it.");
        }
        if (workedOn.isAfter(time.today())) {
            throw new InvalidFieldException("workedOn", "Days are logged once worked: " + workedOn + " is still to come.");
        }
        if (workedOn.isBefore(piece.commissionedOn())) {
            throw new InvalidFieldException("workedOn", "The piece was commissioned on " + piece.commissionedOn() + ", after that day.");
        }
        store.lockDay(userId, workedOn);
        if (store.daysOn(userId, workedOn).add(days).compareTo(BigDecimal.ONE) > 0) {
            throw new RuleNotMetException("More than one day of scrutiny would be logged for you on " + workedOn + ".");
        }
        // The timesheet and the chair's days show the work by this description: it says it was scrutiny, and which piece.
        String work = "Scrutiny (" + piece.title() + "): " + description.strip();
        if (work.length() > 500) {
            work = work.substring(0, 499) + "…";
        }
        store.insertDay(group, pieceId, userId, workedOn, days, work);
        return piece(pieceId);
    }

    // -- the framework -------------------------------------------------------------------------------

    @Transactional
    public Framework framework() {
        return store.latestFramework().orElseThrow(() -> new NotFoundException("This partnership has no observation framework yet."));
    }

    @Transactional
    public List<Framework> frameworks() {
        return store.frameworks();
    }

    @Transactional
    public Framework framework(int version) {
        return store.framework(version).orElseThrow(() -> new NotFoundException("No version " + version + " of the framework."));
    }

    @Transactional
    public Framework revise(NewFramework f, UUID userId) {
        requireOn();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < f.domains().size(); i++) {
            Framework.Domain d = f.domains().get(i);
            if (!codes.add(d.code())) {
                problems.add(new FieldProblem("domains[" + i + "].code", "Each domain has its own code: '" + d.code() + "' is used twice."));
            }
            if (new HashSet<>(d.ratingScale()).size() != d.ratingScale().size()) {
                problems.add(new FieldProblem("domains[" + i + "].ratingScale", "Name each rating of the scale once."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        store.lockFramework();
        int latest = store.latestFramework().map(Framework::version).orElse(0);
        int base = f.basedOnVersion() == null ? 0 : f.basedOnVersion();
        if (base != latest) {
            throw new ConflictException("The framework is at version " + latest + " now, not " + base
                    + ": read it again and make your changes on it.");
        }
        store.insertFramework(latest + 1, f, userId);
        return framework(latest + 1);
    }

    // -- observations --------------------------------------------------------------------------------

    @Transactional
    public List<Observation> observations(UUID pieceId) {
        piece(pieceId);
        return store.observations(pieceId);
    }

    @Transactional
    public Observation observe(UUID pieceId, NewObservation o, UUID userId) {
        Piece piece = worked(pieceId, userId, "record observations on it");
        if (!piece.methodology().contains(ScrutinyMethod.OBSERVATIONS)) {
            throw new RuleNotMetException("The piece's methodology has no observations of frontline practice.");
        }
        if (!piece.status().open()) {
            throw new RuleNotMetException("The piece is " + piece.status().label().toLowerCase() + ": no more observations are recorded on it.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (o.observedOn().isAfter(time.today())) {
            problems.add(new FieldProblem("observedOn", "An observation is recorded once made: " + o.observedOn() + " is still to come."));
        } else if (o.observedOn().isBefore(piece.commissionedOn())) {
            problems.add(new FieldProblem("observedOn", "The piece was commissioned on " + piece.commissionedOn() + ", after that day."));
        }
        Framework framework = store.framework(o.frameworkVersion()).orElse(null);
        if (framework == null) {
            problems.add(new FieldProblem("frameworkVersion", "No version " + o.frameworkVersion() + " of the framework."));
        } else {
            Set<String> rated = new HashSet<>();
            for (int i = 0; i < o.ratings().size(); i++) {
                NewObservation.RatingInput r = o.ratings().get(i);
                var domain = framework.domain(r.domain());
                if (domain.isEmpty()) {
                    problems.add(new FieldProblem("ratings[" + i + "].domain", "Version " + framework.version()
                            + " of the framework has no domain '" + r.domain() + "'."));
                } else if (!rated.add(r.domain())) {
                    problems.add(new FieldProblem("ratings[" + i + "].domain", "Rate each domain once."));
                } else if (!domain.get().ratingScale().contains(r.rating())) {
                    problems.add(new FieldProblem("ratings[" + i + "].rating", "'" + r.rating() + "' is not on the scale of "
                            + domain.get().name() + ": " + String.join(", ", domain.get().ratingScale()) + "."));
                }
            }
        }
        if (!o.noNamesConfirmed()) {
            check(problems, "setting", o.setting());
            check(problems, "evidence", o.evidence());
            check(problems, "strengths", o.strengths());
            check(problems, "areasForDevelopment", o.areasForDevelopment());
            check(problems, "practitionerFeedback", o.practitionerFeedback());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertObservation(pieceId, framework, o, userId);
        return store.observation(id).orElseThrow();
    }

    private static void check(List<FieldProblem> problems, String field, String text) {
        NameCheck.find(text).ifPresent(found -> problems.add(new FieldProblem(field, "'" + found
                + "' looks like a name or a case number: record no child's or family member's name and no case number."
                + " If it is neither, confirm the text holds none (noNamesConfirmed) and record it again.")));
    }

    // -- helpers -------------------------------------------------------------------------------------

    private void requireOn() {
        if (!store.settings().enabled()) {
            throw new RuleNotMetException(NOT_ON);
        }
    }

    /** The piece, locked for the change, when {@code userId} leads it or is on its team; otherwise 403. */
    private Piece worked(UUID pieceId, UUID userId, String what) {
        Piece piece = store.pieceForUpdate(pieceId).orElseThrow(() -> new NotFoundException(NO_PIECE));
        if (!piece.worksOn(userId)) {
            throw new ForbiddenException("Only the piece's lead scrutineer and team " + what + ".");
        }
        return piece;
    }

    private PieceRecord record(Piece piece) {
        Map<Integer, Map<String, List<String>>> scales = new HashMap<>();
        store.frameworks().forEach(f -> scales.put(f.version(), f.domains().stream()
                .collect(Collectors.toMap(Framework.Domain::code, Framework.Domain::ratingScale))));
        return new PieceRecord(piece, clock(piece, time.today()), store.days(piece.id()),
                RatingSummary.of(store.observations(piece.id()), scales));
    }

    /**
     * The report's clock: due on the agreed date, or by the partnership's clock scrutiny-report from the
     * commissioning; met when the piece completed (reported), not running when withdrawn.
     */
    PieceClock clock(Piece piece, LocalDate today) {
        if (piece.status() == ScrutinyStatus.WITHDRAWN) {
            return new PieceClock(null, ClockStatus.NOT_STARTED, "Withdrawn");
        }
        ClockReading reading = time.statutoryClock().read(time.clocks().rule(CLOCK), piece.commissionedOn(), piece.reportedOn(), today);
        if (piece.agreedReportBy() == null) {
            return new PieceClock(reading.due(), reading.status(), reading.label());
        }
        LocalDate due = piece.agreedReportBy();
        ClockStatus status;
        if (piece.reportedOn() != null) {
            status = piece.reportedOn().isAfter(due) ? ClockStatus.MET_LATE : ClockStatus.MET_ON_TIME;
        } else {
            status = today.isAfter(due) ? ClockStatus.OVERDUE : ClockStatus.ON_TRACK;
        }
        return new PieceClock(due, status, status.label() + " (agreed timescale)");
    }
}
