package uk.reviewhub.meeting.domain;

import uk.reviewhub.pack.TermsOfReference;
import uk.reviewhub.partnership.domain.GroupTerms;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.meeting.persistence.PerformanceQueries;
import uk.reviewhub.meeting.persistence.PerformanceQueries.ActionFacts;
import uk.reviewhub.meeting.persistence.PerformanceQueries.MeetingFacts;
import uk.reviewhub.time.context.PartnershipTime;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A group's performance measures over a period, counted from its meetings, attendance, minutes and
 * actions; labels and targets from its terms of reference (a measure they name without a target
 * is held to 100%; one they do not name is still reported, against 100%). Only what was due by
 * today is counted: meetings that have started, circulations and actions whose deadline has come.
 */
@Singleton
public class GroupPerformance {

    public static final String PLANNED_MEETINGS_HELD = "planned-meetings-held";
    public static final String QUORATE = "quorate";
    public static final String MINUTES_CIRCULATED = "minutes-circulated";
    public static final String APOLOGIES_RECEIVED = "apologies-received";
    public static final String ACTIONS_ON_TIME = "actions-completed-on-time";

    static final int MOST_DAYS = 3 * 366;

    private final PerformanceQueries facts;
    private final MeetingGroups groups;
    private final PartnershipTime time;
    private final Clock clock;
    private final List<GroupMeasureSource> sources;

    GroupPerformance(PerformanceQueries facts, MeetingGroups groups, PartnershipTime time, Clock clock,
                     List<GroupMeasureSource> sources) {
        this.facts = facts;
        this.groups = groups;
        this.time = time;
        this.clock = clock;
        this.sources = List.copyOf(sources);
    }

    public GroupMeasures performance(UUID groupId, LocalDate from, LocalDate to) {
        GroupTerms terms = groups.termsOfReference(groupId);
        if (to.isBefore(from) || to.isAfter(from.plusDays(MOST_DAYS))) {
            throw new InvalidFieldException("to", "Give a period from one date to a later one, at most three years apart.");
        }
        Instant now = clock.instant();
        LocalDate today = LondonTime.today(clock);
        List<MeetingFacts> meetings = facts.meetings(groupId, MeetingGroups.fromLondon(from.atStartOfDay()),
                MeetingGroups.fromLondon(to.plusDays(1).atStartOfDay())).stream()
                .filter(m -> !m.start().isAfter(now)).toList();
        List<MeetingFacts> held = meetings.stream().filter(m -> m.status().equals("HELD")).toList();
        List<GroupMeasures.Measure> measures = new ArrayList<>();

        List<MeetingFacts> planned = meetings.stream().filter(m -> m.kind().equals("PLANNED")).toList();
        measures.add(measure(terms, PLANNED_MEETINGS_HELD, "Planned meetings take place",
                (int) planned.stream().filter(m -> m.status().equals("HELD")).count(), planned.size(),
                "planned meetings held", "No planned meetings were due in the period."));

        measures.add(measure(terms, QUORATE, "Meetings quorate",
                (int) held.stream().filter(m -> Boolean.TRUE.equals(m.quorate())).count(), held.size(),
                "meetings held were quorate", "No meetings were held in the period."));

        Optional<MeetingDeadline> circulation = MeetingDeadline.of(terms, MeetingDeadline.MINUTES_CIRCULATED);
        int circulatedOnTime = 0;
        int circulationsDue = 0;
        if (circulation.isPresent()) {
            WorkingDayCalendar calendar = time.calendar();
            for (MeetingFacts m : held) {
                LocalDate day = MeetingGroups.london(m.start()).toLocalDate();
                LocalDate due = circulation.get().due(day, calendar);
                if (m.minutesCirculatedOn() != null || !due.isAfter(today)) {
                    circulationsDue++;
                    if (m.minutesCirculatedOn() != null && !m.minutesCirculatedOn().isAfter(due)) {
                        circulatedOnTime++;
                    }
                }
            }
        }
        measures.add(measure(terms, MINUTES_CIRCULATED, "Minutes circulated on time", circulatedOnTime, circulationsDue,
                "sets of minutes circulated on time", circulation.isPresent()
                        ? "No minutes were due for circulation in the period."
                        : "The terms of reference set no deadline for circulating minutes."));

        int apologies = held.stream().mapToInt(MeetingFacts::apologies).sum();
        int absent = held.stream().mapToInt(MeetingFacts::absent).sum();
        measures.add(measure(terms, APOLOGIES_RECEIVED, "Apologies received", apologies, apologies + absent,
                "absences had apologies", "Nobody was missing from the meetings held in the period."));

        List<ActionFacts> actions = facts.actions(groupId, from, to).stream()
                .filter(a -> a.completedOn() != null || a.dueDate().isBefore(today)).toList();
        measures.add(measure(terms, ACTIONS_ON_TIME, "Actions completed on time",
                (int) actions.stream().filter(a -> a.completedOn() != null && !a.completedOn().isAfter(a.dueDate())).count(),
                actions.size(), "actions completed on time", "No actions fell due in the period."));

        // Measures other features count for the group (the safeguarding service's, for its group).
        for (GroupMeasureSource source : sources) {
            for (GroupMeasureSource.Counted c : source.measures(groupId, from, to)) {
                measures.add(measure(terms, c.code(), c.defaultLabel(), c.met(), c.of(), c.counted(), c.none()));
            }
        }
        return new GroupMeasures(groupId, terms.group().name(), from, to, measures);
    }

    private static GroupMeasures.Measure measure(GroupTerms terms, String code, String defaultLabel, int met, int of,
                                                   String counted, String none) {
        Optional<TermsOfReference.PerformanceMeasure> named = terms.terms().performanceMeasures().stream()
                .filter(p -> p.code().equals(code)).findFirst();
        String label = named.map(TermsOfReference.PerformanceMeasure::label).orElse(defaultLabel);
        Integer target = named.map(TermsOfReference.PerformanceMeasure::targetPercent).orElse(null);
        PerformanceMeasures.Result r = PerformanceMeasures.measure(code, label, met, of,
                target == null ? PerformanceMeasures.DEFAULT_TARGET : target, counted, none);
        return new GroupMeasures.Measure(r.code(), r.label(), r.valuePercent(), r.met(), r.of(), r.targetPercent(),
                target != null, r.light().name(), r.text());
    }
}
