package uk.reviewhub.conference.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.meeting.domain.GroupMeasureSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The safeguarding service's performance measures, in its group's performance report: conferences,
 * reviews and records on time (each by its clock of the partnership's catalogue, as the episodes'
 * timelines read them), and children taking part. A clock counts in the period its due date falls
 * in, once due (or done); it is on time when done by its due date. Labels and targets are the
 * group's terms of reference's (the tri-borough's pack states them); nothing here knows a timescale.
 */
@Singleton
public class ServiceMeasures implements GroupMeasureSource {

    public static final String INITIAL_ON_TIME = "initial-conferences-on-time";
    public static final String CP_REVIEWS_ON_TIME = "cp-reviews-on-time";
    public static final String LAC_REVIEWS_ON_TIME = "lac-reviews-on-time";
    public static final String RECORDS_ON_TIME = "records-issued-on-time";
    public static final String CHILDREN_PARTICIPATING = "children-participating";

    private final SafeguardingStore store;
    private final ServiceClocks clocks;

    ServiceMeasures(SafeguardingStore store, ServiceClocks clocks) {
        this.store = store;
        this.clocks = clocks;
    }

    @Override
    public List<Counted> measures(UUID groupId, LocalDate from, LocalDate to) {
        if (!store.settings().groupId().map(groupId::equals).orElse(false)) {
            return List.of();
        }
        LocalDate today = clocks.today();
        EpisodeChain chain = clocks.chain();
        List<ChainStep> steps = new ArrayList<>();
        int held = 0;
        int participating = 0;
        for (Child child : store.children(null)) {
            for (Episode episode : store.episodes(child.id())) {
                List<Conference> conferences = store.conferences(episode.id());
                steps.addAll(chain.steps(child, episode, conferences));
                for (Conference c : conferences) {
                    boolean born = child.bornOn() != null && c.held() && !c.heldOn().isBefore(child.bornOn());
                    if (born && !c.heldOn().isBefore(from) && !c.heldOn().isAfter(to)) {
                        held++;
                        Conference.Participation p = c.participation();
                        if (Boolean.TRUE.equals(p.childAttended()) || (p.childViews() != null && !p.childViews().isBlank())) {
                            participating++;
                        }
                    }
                }
            }
        }
        return List.of(
                onTime(steps, Set.of(EpisodeChain.INITIAL, EpisodeChain.PRE_BIRTH), from, to, today, INITIAL_ON_TIME,
                        "Initial child protection conferences held on time", "initial conferences held on time",
                        "No initial conference fell due in the period."),
                onTime(steps, Set.of(EpisodeChain.FIRST_CP_REVIEW, EpisodeChain.SUBSEQUENT_CP_REVIEW), from, to, today,
                        CP_REVIEWS_ON_TIME, "Child protection review conferences held on time", "review conferences held on time",
                        "No review conference fell due in the period."),
                onTime(steps, Set.of(EpisodeChain.FIRST_LAC_REVIEW, EpisodeChain.SECOND_LAC_REVIEW, EpisodeChain.SUBSEQUENT_LAC_REVIEW),
                        from, to, today, LAC_REVIEWS_ON_TIME, "Looked-after children's reviews held on time",
                        "looked-after reviews held on time", "No looked-after review fell due in the period."),
                onTime(steps, Set.of(EpisodeChain.DECISION_LETTER, EpisodeChain.FULL_RECORD), from, to, today, RECORDS_ON_TIME,
                        "Decision letters and full records issued on time", "records issued on time",
                        "No record fell due in the period."),
                new Counted(CHILDREN_PARTICIPATING, "Children taking part in their conference or review (attended or views shared)",
                        participating, held, "conferences and reviews the child took part in",
                        "No conference or review of a born child was held in the period."));
    }

    private static Counted onTime(List<ChainStep> steps, Set<String> codes, LocalDate from, LocalDate to, LocalDate today,
                                  String code, String label, String counted, String none) {
        int due = 0;
        int met = 0;
        for (ChainStep s : steps) {
            if (s.clockCode() == null || !codes.contains(s.clockCode()) || s.dueOn() == null
                    || s.dueOn().isBefore(from) || s.dueOn().isAfter(to)) {
                continue;
            }
            if (s.actualOn() == null && s.dueOn().isAfter(today)) {
                continue;
            }
            due++;
            if (s.actualOn() != null && !s.actualOn().isAfter(s.dueOn())) {
                met++;
            }
        }
        return new Counted(code, label, met, due, counted, none);
    }
}
