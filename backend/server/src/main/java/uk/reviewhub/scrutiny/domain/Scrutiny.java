package uk.reviewhub.scrutiny.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.actionplan.domain.ActionFields;
import uk.reviewhub.actionplan.domain.CompositeActionPlan;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.meeting.domain.CalendarFeeds;
import uk.reviewhub.meeting.domain.ICalendar;
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
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.context.PartnershipTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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

    /** How many weeks the schedule shows at most, and by default. */
    static final int MOST_WEEKS = 26;
    static final int DEFAULT_WEEKS = 8;
    /** How far back and ahead a scrutineer's calendar feed reaches. */
    static final int FEED_DAYS_BACK = 366;
    static final int FEED_DAYS_AHEAD = 2 * 366;

    private final ScrutinyStore store;
    private final PartnershipTime time;
    private final AuditLog audit;
    private final CalendarFeeds feeds;
    private final Clock clock;
    private final CompositeActionPlan plan;

    Scrutiny(ScrutinyStore store, PartnershipTime time, AuditLog audit, CalendarFeeds feeds, Clock clock, CompositeActionPlan plan) {
        this.store = store;
        this.time = time;
        this.audit = audit;
        this.feeds = feeds;
        this.clock = clock;
        this.plan = plan;
    }

    // -- the programme and pieces --------------------------------------------------------------------

    @Transactional
    public Programme programme() {
        LocalDate today = time.today();
        var settings = store.settings();
        return new Programme(settings.enabled(), store.scrutineers(today),
                store.pieces().stream().map(p -> new PieceRecord(p, clock(p, today), List.of(), List.of())).toList());
    }

    /** Scrutiny's settings from the pack, as the API answers them: on or off, and its finding ratings, best first. */
    public record Settings(boolean enabled, List<String> findingRatings) {
    }

    @Transactional
    public Settings settings() {
        var settings = store.settings();
        return new Settings(settings.enabled(), settings.findingRatings());
    }

    /** The piece, its clock, days and themes; the read is audited. */
    @Transactional
    public PieceRecord piece(UUID pieceId, UUID userId) {
        PieceRecord piece = piece(pieceId);
        audit.record(userId, AuditLog.READ, "scrutiny-piece", pieceId);
        return piece;
    }

    private PieceRecord piece(UUID pieceId) {
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
        team(problems, p.leadId(), p.teamIds(), today);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertPiece(p, userId);
        audit.record(userId, AuditLog.CREATE, "scrutiny-piece", id);
        return piece(id);
    }

    /**
     * Changes the piece's commission (title, scope, questions, methodology, lead, team, agreed
     * timescale) over the version read: by its lead or team, while it is open. The new lead and team
     * are the partnership's scrutineers today; observations already recorded keep observations in
     * the methodology.
     */
    @Transactional
    public PieceRecord change(UUID pieceId, PieceChange c, UUID userId) {
        Piece piece = worked(pieceId, userId, "change its commission");
        if (piece.version() != c.version()) {
            throw new ConflictException("The piece has changed since you read it: read it again and retry.");
        }
        if (!piece.status().open()) {
            throw new RuleNotMetException("The piece is " + piece.status().label().toLowerCase() + ": its commission is no longer changed.");
        }
        LocalDate today = time.today();
        List<FieldProblem> problems = new ArrayList<>();
        if (c.agreedReportBy() != null && c.agreedReportBy().isBefore(piece.commissionedOn())) {
            problems.add(new FieldProblem("agreedReportBy", "The agreed report date is before the piece was commissioned."));
        }
        if (new HashSet<>(c.methodology()).size() != c.methodology().size()) {
            problems.add(new FieldProblem("methodology", "Name each method once."));
        } else if (!c.methodology().contains(ScrutinyMethod.OBSERVATIONS) && store.observationCount(pieceId) > 0) {
            problems.add(new FieldProblem("methodology", "Observations are recorded on the piece: keep observations in its methodology."));
        }
        team(problems, c.leadId(), c.teamIds(), today);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        if (!store.updatePiece(pieceId, c)) {
            throw new ConflictException("The piece has changed since you read it: read it again and retry.");
        }
        audit.record(userId, AuditLog.UPDATE, "scrutiny-piece", pieceId, Map.of("changed", "commission"));
        return piece(pieceId);
    }

    /** The lead and team are today's scrutineers, each named once (the lead not on the team too). */
    private void team(List<FieldProblem> problems, UUID leadId, List<UUID> teamIds, LocalDate today) {
        Set<UUID> scrutineers = new HashSet<>(store.scrutineers(today).stream().map(Person::id).toList());
        if (!scrutineers.contains(leadId)) {
            problems.add(new FieldProblem("leadId", "The lead must be one of the partnership's scrutineers today."));
        }
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < teamIds.size(); i++) {
            UUID member = teamIds.get(i);
            if (!scrutineers.contains(member)) {
                problems.add(new FieldProblem("teamIds[" + i + "]", "Each of the team must be one of the partnership's scrutineers today."));
            } else if (member.equals(leadId) || !seen.add(member)) {
                problems.add(new FieldProblem("teamIds[" + i + "]", "Name each scrutineer once: the lead is not on the team as well."));
            }
        }
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
        audit.record(userId, AuditLog.UPDATE, "scrutiny-piece", pieceId, Map.of("status", status.name()));
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
        audit.record(userId, AuditLog.CREATE, "scrutiny-day", pieceId, Map.of("workedOn", workedOn.toString()));
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
        Framework made = framework(latest + 1);
        audit.record(userId, AuditLog.CREATE, "scrutiny-framework", made.id(), Map.of("version", made.version()));
        return made;
    }

    // -- observations --------------------------------------------------------------------------------

    @Transactional
    public List<Observation> observations(UUID pieceId, UUID userId) {
        store.piece(pieceId).orElseThrow(() -> new NotFoundException(NO_PIECE));
        audit.record(userId, AuditLog.READ, "scrutiny-observations", pieceId);
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
        audit.record(userId, AuditLog.CREATE, "scrutiny-observation", id, Map.of("pieceId", pieceId.toString()));
        return store.observation(id).orElseThrow();
    }

    // -- the observation schedule --------------------------------------------------------------------

    /** The schedule for {@code weeks} weeks (1 to 26; default 8) from the Monday of {@code from}'s week (default today's). */
    @Transactional
    public Schedule schedule(LocalDate from, Integer weeks) {
        int span = weeks == null ? DEFAULT_WEEKS : weeks;
        if (span < 1 || span > MOST_WEEKS) {
            throw new InvalidFieldException("weeks", "The schedule shows from 1 to " + MOST_WEEKS + " weeks.");
        }
        LocalDate today = time.today();
        LocalDate monday = Schedule.monday(from == null ? today : from);
        List<PieceRecord> pieces = store.pieces().stream().map(p -> new PieceRecord(p, clock(p, today), List.of(), List.of())).toList();
        return Schedule.of(monday, span, today, store.scheduled(monday, monday.plusWeeks(span).minusDays(1)),
                store.scheduledFrom(today), pieces);
    }

    /** Plans an observation for the piece: by its lead or team, with one of them observing. */
    @Transactional
    public Scheduled plan(UUID pieceId, NewScheduled s, UUID userId) {
        Piece piece = worked(pieceId, userId, "plan its observations");
        if (!piece.methodology().contains(ScrutinyMethod.OBSERVATIONS)) {
            throw new RuleNotMetException("The piece's methodology has no observations of frontline practice.");
        }
        if (!piece.status().open()) {
            throw new RuleNotMetException("The piece is " + piece.status().label().toLowerCase() + ": no more observations are planned on it.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (s.observedOn().isBefore(piece.commissionedOn())) {
            problems.add(new FieldProblem("observedOn", "The piece was commissioned on " + piece.commissionedOn() + ", after that day."));
        }
        if (!s.endsAt().isAfter(s.startsAt())) {
            problems.add(new FieldProblem("endsAt", "The observation ends after it starts."));
        }
        if (!piece.worksOn(s.observerId())) {
            problems.add(new FieldProblem("observerId", "The observer is the piece's lead scrutineer or one of its team."));
        }
        if (!s.noNamesConfirmed()) {
            check(problems, "setting", s.setting());
            check(problems, "location", s.location());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertScheduled(pieceId, s, userId);
        audit.record(userId, AuditLog.CREATE, "scrutiny-schedule", id, Map.of("pieceId", pieceId.toString()));
        return store.scheduledOne(id).orElseThrow();
    }

    /** Cancels a planned observation, with the reason: by the piece's lead or team. */
    @Transactional
    public Scheduled cancelPlanned(UUID scheduledId, String reason, UUID userId) {
        Scheduled planned = store.scheduledForUpdate(scheduledId)
                .orElseThrow(() -> new NotFoundException("No such planned observation in this partnership."));
        worked(planned.pieceId(), userId, "cancel its planned observations");
        if (planned.cancelled()) {
            throw new RuleNotMetException("The observation was already cancelled.");
        }
        store.cancelScheduled(scheduledId, reason);
        audit.record(userId, AuditLog.UPDATE, "scrutiny-schedule", scheduledId, Map.of("cancelled", true));
        return store.scheduledOne(scheduledId).orElseThrow();
    }

    /** Makes a calendar feed of the observations the scrutineer is planned to make; answers its id and URL. */
    @Transactional
    public CalendarFeeds.CreatedFeed scheduleFeed(UUID userId, String baseUrl) {
        CalendarFeeds.NewFeed feed = feeds.issue(userId);
        return new CalendarFeeds.CreatedFeed(feed.id(), baseUrl + "/ical/" + feed.token() + "/scrutiny.ics");
    }

    /** The token's scrutineer's planned observations as iCalendar; not found unless they are a scrutineer today. */
    public String scheduleCalendar(String token) throws Exception {
        return feeds.asOwner(token, userId -> {
            LocalDate today = time.today();
            if (!store.isScrutineer(userId, today)) {
                throw new NotFoundException("No such calendar.");
            }
            List<ICalendar.Event> events = store.scheduledFor(userId, today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD))
                    .stream().map(Scrutiny::event).toList();
            return ICalendar.write("My observations (scrutiny)", clock.instant(), events);
        });
    }

    static ICalendar.Event event(Scheduled s) {
        return new ICalendar.Event(s.id() + "@reviewhub-scrutiny", s.cancelled() ? 1 : 0,
                ZonedDateTime.of(s.observedOn(), s.startsAt(), LondonTime.ZONE).toInstant(),
                ZonedDateTime.of(s.observedOn(), s.endsAt(), LondonTime.ZONE).toInstant(),
                "Observation: " + s.setting(), s.location(),
                "Scrutiny: " + s.pieceTitle() + (s.cancelled() ? "\nCancelled: " + s.cancelReason() : ""), s.cancelled());
    }

    // -- focus groups and feedback -------------------------------------------------------------------

    @Transactional
    public List<Evidence> evidence(UUID pieceId, UUID userId) {
        store.piece(pieceId).orElseThrow(() -> new NotFoundException(NO_PIECE));
        audit.record(userId, AuditLog.READ, "scrutiny-evidence", pieceId);
        return store.evidence(pieceId);
    }

    /** Records a focus group or staff or family feedback on the piece: by its lead or team, while it is open. */
    @Transactional
    public Evidence recordEvidence(UUID pieceId, NewEvidence e, UUID userId) {
        Piece piece = worked(pieceId, userId, "record evidence on it");
        if (!piece.status().open()) {
            throw new RuleNotMetException("The piece is " + piece.status().label().toLowerCase() + ": no more evidence is recorded on it.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (e.gatheredOn().isAfter(time.today())) {
            problems.add(new FieldProblem("gatheredOn", "Evidence is recorded once gathered: " + e.gatheredOn() + " is still to come."));
        } else if (e.gatheredOn().isBefore(piece.commissionedOn())) {
            problems.add(new FieldProblem("gatheredOn", "The piece was commissioned on " + piece.commissionedOn() + ", after that day."));
        }
        if (!e.noNamesConfirmed()) {
            check(problems, "title", e.title());
            check(problems, "participants", e.participants());
            check(problems, "summary", e.summary());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertEvidence(pieceId, e, userId);
        audit.record(userId, AuditLog.CREATE, "scrutiny-evidence", id, Map.of("pieceId", pieceId.toString(), "kind", e.kind().name()));
        return store.evidenceOne(id).orElseThrow();
    }

    // -- findings and recommendations ----------------------------------------------------------------

    /** The piece's findings with the evidence each draws on and their recommendations; the read is audited. */
    @Transactional
    public List<Finding> findings(UUID pieceId, UUID userId) {
        store.piece(pieceId).orElseThrow(() -> new NotFoundException(NO_PIECE));
        audit.record(userId, AuditLog.READ, "scrutiny-findings", pieceId);
        return store.findings(pieceId);
    }

    /** The agencies (id to name) that may own an action a recommendation puts on the CAP. */
    @Transactional
    public Map<UUID, String> agencies() {
        return store.agencies();
    }

    /**
     * Records a finding of the piece, rated, drawing on at least one of its observations or other
     * evidence (several of different kinds triangulate it): by its lead or team, while it is open.
     */
    @Transactional
    public Finding find(UUID pieceId, NewFinding f, UUID userId) {
        Piece piece = worked(pieceId, userId, "record findings on it");
        if (!piece.status().open()) {
            throw new RuleNotMetException("The piece is " + piece.status().label().toLowerCase() + ": no more findings are recorded on it.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<String> ratings = store.settings().findingRatings();
        if (!ratings.contains(f.rating())) {
            problems.add(new FieldProblem("rating", "'" + f.rating() + "' is not one of this partnership's finding ratings: "
                    + String.join(", ", ratings) + "."));
        }
        if (f.observationIds().isEmpty() && f.evidenceIds().isEmpty()) {
            problems.add(new FieldProblem("observationIds", "A finding draws on the piece's evidence: choose at least one observation, "
                    + "focus group, feedback or audit."));
        }
        Set<UUID> observations = new HashSet<>(store.observations(pieceId).stream().map(Observation::id).toList());
        supports(problems, "observationIds", f.observationIds(), observations, "observation");
        Set<UUID> evidence = new HashSet<>(store.evidence(pieceId).stream().map(Evidence::id).toList());
        supports(problems, "evidenceIds", f.evidenceIds(), evidence, "focus group, feedback or audit");
        if (!f.noNamesConfirmed()) {
            check(problems, "title", f.title());
            check(problems, "detail", f.detail());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertFinding(pieceId, f, userId);
        audit.record(userId, AuditLog.CREATE, "scrutiny-finding", id, Map.of("pieceId", pieceId.toString()));
        return store.finding(id).orElseThrow();
    }

    private static void supports(List<FieldProblem> problems, String field, List<UUID> chosen, Set<UUID> ofPiece, String what) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (!ofPiece.contains(chosen.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "No such " + what + " on this piece."));
            } else if (!seen.add(chosen.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "Choose each " + what + " once."));
            }
        }
    }

    /** An action a recommendation puts on the Composite Action Plan, new: who owns it and by when. */
    public record NewAction(UUID agencyId, String owner, String description, LocalDate dueOn) {
    }

    /**
     * Records a recommendation a finding leads to and, when {@code action} is given, puts it on the
     * Composite Action Plan with the source "scrutiny": by the piece's lead or team, while it is open.
     * All or nothing: a refused action leaves no recommendation.
     */
    @Transactional
    public Finding recommend(UUID findingId, String text, NewAction action, boolean noNamesConfirmed, UUID userId) {
        Finding finding = store.finding(findingId).orElseThrow(() -> new NotFoundException("No such finding in this partnership."));
        Piece piece = worked(finding.pieceId(), userId, "make recommendations on it");
        if (!piece.status().open()) {
            throw new RuleNotMetException("The piece is " + piece.status().label().toLowerCase() + ": no more recommendations are made on it.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (action != null && action.dueOn().isBefore(time.today())) {
            problems.add(new FieldProblem("action.dueOn", "The action's due date has passed: give a day from today."));
        }
        if (!noNamesConfirmed) {
            check(problems, "text", text);
            if (action != null) {
                check(problems, "action.owner", action.owner());
                check(problems, "action.description", action.description());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID id = store.insertRecommendation(piece.id(), findingId, text, userId);
        audit.record(userId, AuditLog.CREATE, "scrutiny-recommendation", id, Map.of("findingId", findingId.toString()));
        if (action != null) {
            plan.addToScrutiny(userId, piece.id(), id, new ActionFields(action.agencyId(), action.owner(), action.description(),
                    action.dueOn(), 0, null, null, null));
        }
        return store.finding(findingId).orElseThrow();
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
