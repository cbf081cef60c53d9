package uk.reviewhub.conference.domain;

import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;
import uk.reviewhub.api.vocabulary.EpisodeKind;
import uk.reviewhub.time.clock.ClockDefinition;
import uk.reviewhub.time.clock.ClockDefinitions;
import uk.reviewhub.time.clock.StatutoryClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The chain of an episode: each step's due date follows the actual date of the event before it,
 * by the partnership's clocks (the catalogue's codes, as its pack states them) on its working days.
 * Nothing here knows a timescale: the rules come from {@link ClockDefinitions}.
 *
 * <p>Child protection: the initial conference from the strategy discussion (a pre-birth one
 * counted back from the expected date of birth); a conference that was not quorate is reconvened;
 * reports reach the parents before each conference; with a plan, the first core group and the first
 * review from the initial conference, then each review from the one before, until the review that
 * ends the plan. Looked after: the reviewing officer allocated; the first review from the day the
 * child became looked after, the second from the first, then each from the one before; a midway
 * review between the later reviews where the partnership runs them; the 9-months-plus panel.
 * Every held conference's decision letter and full record have their clocks too.
 */
public final class EpisodeChain {

    public static final String INITIAL = "initial-cp-conference";
    public static final String PRE_BIRTH = "pre-birth-cp-conference";
    public static final String PRE_BIRTH_FIRST_REVIEW = "pre-birth-first-review";
    public static final String RECONVENED = "reconvened-cp-conference";
    public static final String FIRST_CORE_GROUP = "first-core-group";
    public static final String FIRST_CP_REVIEW = "first-cp-review";
    public static final String SUBSEQUENT_CP_REVIEW = "subsequent-cp-review";
    public static final String REPORTS_INITIAL = "reports-to-parents-initial";
    public static final String REPORTS_REVIEW = "reports-to-parents-review";
    public static final String DECISION_LETTER = "cp-decision-letter";
    public static final String FULL_RECORD = "cp-full-record";
    public static final String FIRST_LAC_REVIEW = "first-lac-review";
    public static final String SECOND_LAC_REVIEW = "second-lac-review";
    public static final String SUBSEQUENT_LAC_REVIEW = "subsequent-lac-review";
    public static final String IRO_ALLOCATION = "iro-allocation";
    public static final String MIDWAY_REVIEW = "lac-midway-review";
    public static final String NINE_MONTH_PANEL = "lac-nine-month-panel";

    private final ClockDefinitions clocks;
    private final StatutoryClock clock;
    private final LocalDate today;
    private final boolean midwayReviews;

    public EpisodeChain(ClockDefinitions clocks, StatutoryClock clock, LocalDate today, boolean midwayReviews) {
        this.clocks = clocks;
        this.clock = clock;
        this.today = today;
        this.midwayReviews = midwayReviews;
    }

    public List<ChainStep> steps(Child child, Episode episode, List<Conference> conferences) {
        List<Conference> sorted = conferences.stream()
                .sorted(Comparator.comparing(Conference::kind).thenComparingInt(Conference::number)).toList();
        List<ChainStep> steps = episode.kind() == EpisodeKind.CHILD_PROTECTION
                ? childProtection(child, episode, sorted)
                : lookedAfter(episode, sorted);
        if (!episode.open()) {
            // An ended episode waits for no further event: only what was done, or due before the end, stays.
            steps.removeIf(s -> s.actualOn() == null && (s.dueOn() == null || s.dueOn().isAfter(episode.endedOn())));
        }
        for (Conference c : sorted) {
            if (c.held() && !Boolean.FALSE.equals(c.quorate())) {
                // Records are due after every conference that decided something, the last one included.
                steps.add(clocked(DECISION_LETTER, "Decision letter: " + c.title(), c.heldOn(), c.letterIssuedOn(), c));
                steps.add(clocked(FULL_RECORD, "Full record: " + c.title(), c.heldOn(), c.recordIssuedOn(), c));
            }
        }
        return steps;
    }

    /** The clocks of one conference: held on time, reports to parents, decision letter, full record. */
    public List<ChainStep> conferenceClocks(Child child, Episode episode, List<Conference> conferences, Conference conference) {
        return steps(child, episode, conferences).stream()
                .filter(s -> conference.id().equals(s.conferenceId())).toList();
    }

    /** The open step due first, if any. */
    public static Optional<ChainStep> mostPressing(List<ChainStep> steps) {
        return steps.stream().filter(s -> s.open() && s.dueOn() != null).min(Comparator.comparing(ChainStep::dueOn));
    }

    private List<ChainStep> childProtection(Child child, Episode episode, List<Conference> conferences) {
        List<ChainStep> steps = new ArrayList<>();
        steps.add(ChainStep.done("strategy-discussion", "Strategy discussion", episode.startedOn()));
        List<Conference> initials = of(conferences, ConferenceKind.INITIAL);
        Conference initial = initials.stream().filter(Conference::counts).findFirst().orElse(null);
        Conference pendingInitial = initial != null ? initial : initials.isEmpty() ? null : initials.getLast();
        if (episode.preBirth() && child.expectedOn() != null) {
            steps.add(clocked(PRE_BIRTH, "Pre-birth conference held", child.expectedOn(),
                    initial == null ? null : initial.heldOn(), pendingInitial));
        } else {
            steps.add(clocked(INITIAL, "Initial child protection conference held", episode.startedOn(),
                    initial == null ? null : initial.heldOn(), pendingInitial));
        }
        reportsAndReconvening(steps, initials, REPORTS_INITIAL);
        if (initial == null || initial.outcome().decision() != ConferenceOutcome.PLAN) {
            return steps;
        }
        LocalDate planStart = initial.heldOn();
        steps.add(clocked(FIRST_CORE_GROUP, "First core group held", planStart, episode.firstCoreGroupOn(), null));

        List<Conference> reviews = of(conferences, ConferenceKind.REVIEW);
        reportsAndReconvening(steps, reviews, REPORTS_REVIEW);
        LocalDate previous = planStart;
        String code = FIRST_CP_REVIEW;
        int held = 0;
        for (Conference review : reviews.stream().filter(r -> !Boolean.FALSE.equals(r.quorate())).toList()) {
            String title = code.equals(FIRST_CP_REVIEW) ? "First review conference held" : "Review conference held";
            steps.add(clocked(code, title, previous, review.heldOn(), review));
            if (held == 0 && episode.preBirth() && child.bornOn() != null) {
                steps.add(clocked(PRE_BIRTH_FIRST_REVIEW, "First review after the birth held", child.bornOn(), review.heldOn(), review));
            }
            if (!review.held()) {
                return steps;
            }
            held++;
            if (review.outcome().decision() == ConferenceOutcome.PLAN_ENDS) {
                return steps;
            }
            previous = review.heldOn();
            code = SUBSEQUENT_CP_REVIEW;
        }
        steps.add(clocked(code, code.equals(FIRST_CP_REVIEW) ? "First review conference held" : "Review conference held",
                previous, null, null));
        if (held == 0 && episode.preBirth() && child.bornOn() != null) {
            steps.add(clocked(PRE_BIRTH_FIRST_REVIEW, "First review after the birth held", child.bornOn(), null, null));
        }
        return steps;
    }

    /** Reports to parents before each conference of a kind, and a reconvening after each one that was not quorate. */
    private void reportsAndReconvening(List<ChainStep> steps, List<Conference> conferences, String reportsCode) {
        for (int i = 0; i < conferences.size(); i++) {
            Conference c = conferences.get(i);
            LocalDate day = c.heldOn() != null ? c.heldOn() : c.plannedOn();
            if (day != null) {
                steps.add(clocked(reportsCode, "Reports shared with parents: " + c.title(), day, c.reportsSharedOn(), c));
            }
            if (c.held() && Boolean.FALSE.equals(c.quorate())) {
                Conference next = i + 1 < conferences.size() ? conferences.get(i + 1) : null;
                steps.add(clocked(RECONVENED, "Reconvened after " + c.title() + " was not quorate", c.heldOn(),
                        next == null ? null : next.heldOn(), next));
            }
        }
    }

    private List<ChainStep> lookedAfter(Episode episode, List<Conference> conferences) {
        List<ChainStep> steps = new ArrayList<>();
        steps.add(ChainStep.done("became-looked-after", "Became looked after", episode.startedOn()));
        steps.add(clocked(IRO_ALLOCATION, "Independent reviewing officer allocated", episode.startedOn(),
                episode.iroAllocatedOn(), null));
        List<Conference> reviews = of(conferences, ConferenceKind.LAC_REVIEW);
        List<Conference> midways = of(conferences, ConferenceKind.MIDWAY_REVIEW);
        LocalDate previous = episode.startedOn();
        String code = FIRST_LAC_REVIEW;
        boolean waiting = false;
        for (int i = 0; i < reviews.size(); i++) {
            Conference review = reviews.get(i);
            steps.add(clocked(code, reviewTitle(code, review), previous, review.heldOn(), review));
            if (!review.held()) {
                waiting = true;
                break;
            }
            if (midwayReviews && !code.equals(FIRST_LAC_REVIEW)) {
                LocalDate after = review.heldOn();
                LocalDate before = i + 1 < reviews.size() ? reviews.get(i + 1).heldOn() : null;
                Conference midway = midways.stream().filter(m -> m.held() && !m.heldOn().isBefore(after)
                        && (before == null || !m.heldOn().isAfter(before))).findFirst().orElse(null);
                if (midway != null || before == null) {
                    steps.add(clocked(MIDWAY_REVIEW, "Midway review held", after, midway == null ? null : midway.heldOn(), midway));
                }
            }
            previous = review.heldOn();
            code = code.equals(FIRST_LAC_REVIEW) ? SECOND_LAC_REVIEW : SUBSEQUENT_LAC_REVIEW;
        }
        if (!waiting) {
            steps.add(clocked(code, reviewTitle(code, null), previous, null, null));
        }
        steps.add(clocked(NINE_MONTH_PANEL, "9-months-plus panel check", episode.startedOn(), episode.panelCheckedOn(), null));
        return steps;
    }

    private static String reviewTitle(String code, Conference review) {
        return switch (code) {
            case FIRST_LAC_REVIEW -> "First looked-after review held";
            case SECOND_LAC_REVIEW -> "Second looked-after review held";
            default -> "Looked-after review held" + (review != null && review.earlyAtIroRequest() ? " (early, at the IRO's request)" : "");
        };
    }

    private static List<Conference> of(List<Conference> conferences, ConferenceKind kind) {
        return conferences.stream().filter(c -> c.kind() == kind).sorted(Comparator.comparingInt(Conference::number)).toList();
    }

    private ChainStep clocked(String code, String title, LocalDate startedOn, LocalDate completedOn, Conference conference) {
        ClockDefinition definition = clocks.get(code);
        return ChainStep.of(code, title, code, definition.rule().describe() + " " + definition.event(),
                clock.read(definition.rule(), startedOn, completedOn, today), conference == null ? null : conference.id());
    }
}
