package uk.reviewhub.conference.domain;

import uk.reviewhub.time.LondonTime;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.EpisodeEvent;
import uk.reviewhub.api.vocabulary.EpisodeKind;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.conference.domain.Files.Caseload;
import uk.reviewhub.conference.domain.Files.ChildSummary;
import uk.reviewhub.conference.domain.Files.DiaryLine;
import uk.reviewhub.conference.domain.Files.EpisodeFile;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.reviewhub.conference.domain.DateRules.blankToNull;
import static uk.reviewhub.conference.domain.DateRules.within;

/**
 * The service's children, their chairs and their episodes. A chair sees only the children allocated
 * to them (any other child is not found); the manager and the service's support see every child.
 * Every read and change of a child's data is audited in the same transaction.
 */
@Singleton
public class Safeguarding {

    public static final String CHILD = "cp-child";
    public static final String EPISODE = "cp-episode";
    private static final String NO_CHILD = "No such child in this service.";
    private static final String NO_EPISODE = "No such episode in this service.";
    /** How far back a date of birth or an episode may go: a child of the service is under 18, with room for late records. */
    private static final int MOST_YEARS_BACK = 21;

    private final SafeguardingStore store;
    private final AuditLog audit;
    private final ServiceClocks clocks;
    /** The Issue Resolution Process: its open issues' clocks are in the diary too. */
    private final Issues issues;

    Safeguarding(SafeguardingStore store, AuditLog audit, ServiceClocks clocks, Issues issues) {
        this.store = store;
        this.audit = audit;
        this.clocks = clocks;
        this.issues = issues;
    }

    // -- children ------------------------------------------------------------------------------------

    @Transactional
    public List<ChildSummary> children(Viewer viewer) {
        List<Child> children = viewer.seesWholeService() ? store.children(null) : store.children(viewer.userId());
        EpisodeChain chain = clocks.chain();
        List<ChildSummary> summaries = children.stream()
                .map(child -> new ChildSummary(child, EpisodeChain.mostPressing(openSteps(chain, child)).orElse(null))).toList();
        audit.record(viewer.userId(), AuditLog.READ, "cp-child-list", null, Map.of("children", summaries.size()));
        return summaries;
    }

    @Transactional
    public ChildSummary child(Viewer viewer, UUID childId) {
        Child child = visibleChild(viewer, childId);
        audit.record(viewer.userId(), AuditLog.READ, CHILD, childId);
        return new ChildSummary(child, EpisodeChain.mostPressing(openSteps(clocks.chain(), child)).orElse(null));
    }

    @Transactional
    public ChildSummary create(Viewer viewer, ChildDetails details) {
        ChildDetails d = checked(details, null);
        UUID siblingGroup = null;
        Child sibling = null;
        if (d.siblingOf() != null) {
            sibling = store.child(d.siblingOf()).filter(c -> viewer.sees(c.chairId()))
                    .orElseThrow(() -> new InvalidFieldException("siblingOf", "No such child in this service."));
            siblingGroup = sibling.siblingGroup() != null ? sibling.siblingGroup() : UUID.randomUUID();
            if (sibling.siblingGroup() == null) {
                store.setSiblingGroup(sibling.id(), siblingGroup);
            }
        }
        UUID id = store.insertChild(d, siblingGroup);
        if (sibling != null && sibling.chairId() != null) {
            // Siblings share a chair.
            store.allocate(id, sibling.chairId(), null, clocks.today(), "Sibling of " + sibling.caseReference(), viewer.userId());
        }
        audit.record(viewer.userId(), AuditLog.CREATE, CHILD, id);
        return new ChildSummary(store.child(id).orElseThrow(), null);
    }

    @Transactional
    public ChildSummary update(Viewer viewer, UUID childId, ChildDetails details) {
        Child before = store.childForUpdate(childId).filter(c -> viewer.sees(c.chairId()))
                .orElseThrow(() -> new NotFoundException(NO_CHILD));
        if (details.version() == null) {
            throw new InvalidFieldException("version", "Give the version of the child you read.");
        }
        ChildDetails d = checked(details, childId);
        if (!store.updateChild(childId, d, details.version())) {
            throw new ConflictException("The child was changed by someone else since you read it (version " + before.version()
                    + " now); read it again.");
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, CHILD, childId);
        return child(viewer, childId);
    }

    private ChildDetails checked(ChildDetails d, UUID childId) {
        LocalDate today = clocks.today();
        if (d.bornOn() == null && d.expectedOn() == null) {
            throw new InvalidFieldException("bornOn", "Give the date of birth, or the expected date of birth of an unborn child.");
        }
        if (d.bornOn() != null && d.expectedOn() != null) {
            throw new InvalidFieldException("expectedOn", "Give the date of birth or the expected date of birth, not both.");
        }
        within("bornOn", "The date of birth", d.bornOn(), today.minusYears(MOST_YEARS_BACK), MOST_YEARS_BACK + " years ago",
                today, "today");
        within("expectedOn", "The expected date of birth", d.expectedOn(), today.minusMonths(1), "a month ago",
                today.plusMonths(10), "ten months from today");
        String reference = d.caseReference().strip();
        if (store.caseReferenceTaken(reference, childId)) {
            throw new ConflictException("A child with the case reference " + reference + " is already recorded.");
        }
        return new ChildDetails(reference, d.initials().strip().toUpperCase(java.util.Locale.ROOT), d.bornOn(), d.expectedOn(),
                d.borough().strip(), d.siblingOf(), d.version());
    }

    /** The child if this person may see it; otherwise not found (a chair's other children included). */
    Child visibleChild(Viewer viewer, UUID childId) {
        return store.child(childId).filter(c -> viewer.sees(c.chairId())).orElseThrow(() -> new NotFoundException(NO_CHILD));
    }

    // -- allocation ----------------------------------------------------------------------------------

    /**
     * The manager allocates a chair to the child and to its siblings (siblings share a chair). A
     * reallocation needs its reason; the history keeps every allocation.
     */
    @Transactional
    public List<Allocation> allocate(Viewer viewer, UUID childId, UUID chairId, String reason, LocalDate allocatedOn) {
        if (!viewer.isManager()) {
            throw new ForbiddenException("Only the Safeguarding Service Manager allocates chairs.");
        }
        Child child = store.childForUpdate(childId).orElseThrow(() -> new NotFoundException(NO_CHILD));
        LocalDate today = clocks.today();
        LocalDate on = allocatedOn == null ? today : allocatedOn;
        within("allocatedOn", "The allocation date", on, today.minusMonths(1), "a month ago", today.plusMonths(1),
                "a month from today");
        boolean isChair = store.chairs(on).stream().anyMatch(p -> p.id().equals(chairId));
        if (!isChair) {
            throw new InvalidFieldException("chairId", "That person is not a Safeguarding and Reviewing Chair of this partnership on "
                    + LondonTime.UK_DATE.format(on) + ".");
        }
        if (chairId.equals(child.chairId())) {
            throw new RuleNotMetException("The child is already allocated to that chair.");
        }
        String why = blankToNull(reason);
        if (child.chairId() != null && why == null) {
            throw new InvalidFieldException("reason", "Give the reason for reallocating the child to another chair.");
        }
        List<Child> children = child.siblingGroup() == null ? List.of(child) : store.siblings(child.siblingGroup());
        for (Child c : children) {
            if (!chairId.equals(c.chairId())) {
                store.allocate(c.id(), chairId, c.chairId(), on, c.id().equals(childId) ? why
                        : (why == null ? "" : why + " ") + "(sibling of " + child.caseReference() + ")", viewer.userId());
                audit.record(viewer.userId(), AuditLog.UPDATE, CHILD, c.id(), Map.of("allocatedTo", chairId.toString()));
            }
        }
        return store.allocations(childId);
    }

    @Transactional
    public List<Allocation> allocations(Viewer viewer, UUID childId) {
        visibleChild(viewer, childId);
        audit.record(viewer.userId(), AuditLog.READ, "cp-allocations", childId);
        return store.allocations(childId);
    }

    public List<Person> chairs() {
        return store.chairs(clocks.today());
    }

    // -- episodes ------------------------------------------------------------------------------------

    @Transactional
    public List<EpisodeFile> episodes(Viewer viewer, UUID childId) {
        Child child = visibleChild(viewer, childId);
        EpisodeChain chain = clocks.chain();
        audit.record(viewer.userId(), AuditLog.READ, "cp-episodes", childId);
        return store.episodes(childId).stream().map(e -> file(chain, child, e)).toList();
    }

    @Transactional
    public EpisodeFile episode(Viewer viewer, UUID episodeId) {
        Episode episode = store.episode(episodeId).orElseThrow(() -> new NotFoundException(NO_EPISODE));
        Child child = store.child(episode.childId()).filter(c -> viewer.sees(c.chairId()))
                .orElseThrow(() -> new NotFoundException(NO_EPISODE));
        audit.record(viewer.userId(), AuditLog.READ, EPISODE, episodeId);
        return file(clocks.chain(), child, episode);
    }

    @Transactional
    public EpisodeFile open(Viewer viewer, UUID childId, EpisodeKind kind, LocalDate startedOn) {
        Child child = store.childForUpdate(childId).filter(c -> viewer.sees(c.chairId()))
                .orElseThrow(() -> new NotFoundException(NO_CHILD));
        LocalDate today = clocks.today();
        String what = kind == EpisodeKind.CHILD_PROTECTION ? "The strategy discussion" : "The day the child became looked after";
        within("startedOn", what, startedOn, today.minusYears(MOST_YEARS_BACK), MOST_YEARS_BACK + " years ago", today, "today");
        if (child.bornOn() != null) {
            within("startedOn", what, startedOn, child.bornOn(), "the child's date of birth", null, null);
        }
        if (kind == EpisodeKind.LOOKED_AFTER && child.unborn()) {
            throw new RuleNotMetException("An unborn child cannot be looked after; record the date of birth first.");
        }
        if (store.episodes(childId).stream().anyMatch(e -> e.kind() == kind && e.open())) {
            throw new RuleNotMetException("The child already has an open " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " episode; it must end before another starts.");
        }
        UUID id = store.insertEpisode(childId, kind, startedOn, kind == EpisodeKind.CHILD_PROTECTION && child.unborn());
        audit.record(viewer.userId(), AuditLog.CREATE, EPISODE, id, Map.of("childId", childId.toString(), "kind", kind.name()));
        return file(clocks.chain(), child, store.episode(id).orElseThrow());
    }

    /** A dated event of the episode; each is recorded once, and only in the order the episode allows. */
    @Transactional
    public EpisodeFile record(Viewer viewer, UUID episodeId, EpisodeEvent event, LocalDate on, String reason, Integer version) {
        Episode e = store.episodeForUpdate(episodeId).orElseThrow(() -> new NotFoundException(NO_EPISODE));
        Child child = store.child(e.childId()).filter(c -> viewer.sees(c.chairId()))
                .orElseThrow(() -> new NotFoundException(NO_EPISODE));
        if (version != null && version != e.version()) {
            throw new ConflictException("The episode was changed by someone else since you read it; read it again.");
        }
        LocalDate today = clocks.today();
        within("on", event.label(), on, e.startedOn(), "the start of the episode", today, "today");
        boolean childProtection = e.kind() == EpisodeKind.CHILD_PROTECTION;
        Episode after = switch (event) {
            case FIRST_CORE_GROUP -> {
                if (!childProtection) {
                    throw new InvalidFieldException("event", "A core group belongs to a child protection episode.");
                }
                if (e.planStartedOn() == null) {
                    throw new RuleNotMetException("The first core group follows an initial conference that made a plan.");
                }
                if (e.firstCoreGroupOn() != null) {
                    throw new RuleNotMetException("The first core group is already recorded ("
                            + LondonTime.UK_DATE.format(e.firstCoreGroupOn()) + ").");
                }
                within("on", event.label(), on, e.planStartedOn(), "the initial conference", null, null);
                yield new Episode(e.id(), e.childId(), e.kind(), e.startedOn(), e.preBirth(), e.planStartedOn(), on,
                        e.iroAllocatedOn(), e.panelCheckedOn(), e.endedOn(), e.endReason(), e.version());
            }
            case IRO_ALLOCATED, PANEL_CHECKED -> {
                if (childProtection) {
                    throw new InvalidFieldException("event", event.label() + " belongs to a looked-after episode.");
                }
                LocalDate already = event == EpisodeEvent.IRO_ALLOCATED ? e.iroAllocatedOn() : e.panelCheckedOn();
                if (already != null) {
                    throw new RuleNotMetException(event.label() + " is already recorded (" + LondonTime.UK_DATE.format(already) + ").");
                }
                yield event == EpisodeEvent.IRO_ALLOCATED
                        ? new Episode(e.id(), e.childId(), e.kind(), e.startedOn(), e.preBirth(), e.planStartedOn(),
                                e.firstCoreGroupOn(), on, e.panelCheckedOn(), e.endedOn(), e.endReason(), e.version())
                        : new Episode(e.id(), e.childId(), e.kind(), e.startedOn(), e.preBirth(), e.planStartedOn(),
                                e.firstCoreGroupOn(), e.iroAllocatedOn(), on, e.endedOn(), e.endReason(), e.version());
            }
            case ENDED -> {
                if (!e.open()) {
                    throw new RuleNotMetException("The episode already ended on " + LondonTime.UK_DATE.format(e.endedOn()) + ".");
                }
                if (childProtection) {
                    throw new RuleNotMetException("A child protection plan ends at a review conference: record the review's outcome.");
                }
                if (blankToNull(reason) == null) {
                    throw new InvalidFieldException("reason", "Give the reason the child stopped being looked after.");
                }
                yield new Episode(e.id(), e.childId(), e.kind(), e.startedOn(), e.preBirth(), e.planStartedOn(),
                        e.firstCoreGroupOn(), e.iroAllocatedOn(), e.panelCheckedOn(), on, blankToNull(reason), e.version());
            }
        };
        store.updateEpisode(after);
        audit.record(viewer.userId(), AuditLog.UPDATE, EPISODE, episodeId, Map.of("event", event.name()));
        return file(clocks.chain(), child, store.episode(episodeId).orElseThrow());
    }

    private EpisodeFile file(EpisodeChain chain, Child child, Episode episode) {
        List<Conference> conferences = store.conferences(episode.id());
        return new EpisodeFile(episode, conferences, chain.steps(child, episode, conferences));
    }

    private List<ChainStep> openSteps(EpisodeChain chain, Child child) {
        List<ChainStep> steps = new ArrayList<>();
        for (Episode e : store.episodes(child.id())) {
            if (e.open()) {
                steps.addAll(chain.steps(child, e, store.conferences(e.id())));
            }
        }
        return steps;
    }

    // -- caseload and diary --------------------------------------------------------------------------

    /** Open clocks due within {@code weeks} weeks, and every overdue one: the chair's own children, or the service's. */
    @Transactional
    public List<DiaryLine> diary(Viewer viewer, int weeks) {
        if (weeks < 0 || weeks > 52) {
            throw new InvalidFieldException("weeks", "Weeks must be from 0 to 52.");
        }
        List<DiaryLine> lines = lines(viewer.seesWholeService() ? null : viewer.userId(), clocks.today().plusWeeks(weeks));
        audit.record(viewer.userId(), AuditLog.READ, "cp-diary", null, Map.of("entries", lines.size(), "weeks", weeks));
        return lines;
    }

    /** Each chair with their children, clocks due within {@code weeks} weeks, and overdue clocks. */
    @Transactional
    public List<Caseload> caseloads(Viewer viewer, int weeks) {
        if (weeks < 0 || weeks > 52) {
            throw new InvalidFieldException("weeks", "Weeks must be from 0 to 52.");
        }
        LocalDate today = clocks.today();
        List<DiaryLine> lines = lines(null, today.plusWeeks(weeks));
        Map<UUID, Caseload> loads = new LinkedHashMap<>();
        List<Child> all = store.children(null);
        for (Person chair : store.chairs(today)) {
            int children = (int) all.stream().filter(c -> chair.id().equals(c.chairId())).count();
            List<DiaryLine> own = lines.stream().filter(l -> chair.id().equals(l.child().chairId())).toList();
            int overdue = (int) own.stream().filter(l -> l.step().status().equals("OVERDUE")).count();
            loads.put(chair.id(), new Caseload(chair, children, own.size() - overdue, overdue));
        }
        audit.record(viewer.userId(), AuditLog.READ, "cp-caseloads", null, Map.of("chairs", loads.size()));
        return List.copyOf(loads.values());
    }

    private List<DiaryLine> lines(UUID chairId, LocalDate horizon) {
        EpisodeChain chain = clocks.chain();
        List<DiaryLine> lines = new ArrayList<>();
        Map<UUID, Child> children = new LinkedHashMap<>();
        for (Child child : store.children(chairId)) {
            children.put(child.id(), child);
            for (Episode e : store.episodes(child.id())) {
                if (!e.open()) {
                    continue;
                }
                for (ChainStep step : chain.steps(child, e, store.conferences(e.id()))) {
                    if (step.open() && step.dueOn() != null && !step.dueOn().isAfter(horizon)) {
                        lines.add(new DiaryLine(child, e.id(), step));
                    }
                }
            }
        }
        for (Issues.IssueFile f : issues.openFiles()) {
            Child child = children.get(f.issue().childId());
            if (child == null) {
                continue;
            }
            for (ChainStep step : List.of(f.stageResponse(), f.resolution())) {
                if (step.open() && step.dueOn() != null && !step.dueOn().isAfter(horizon)) {
                    lines.add(new DiaryLine(child, null, step));
                }
            }
        }
        lines.sort(Comparator.comparing((DiaryLine l) -> l.step().dueOn()).thenComparing(l -> l.child().caseReference()));
        return lines;
    }
}
