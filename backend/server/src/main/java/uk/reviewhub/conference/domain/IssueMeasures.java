package uk.reviewhub.conference.domain;

import uk.reviewhub.time.LondonTime;
import jakarta.inject.Singleton;
import uk.reviewhub.conference.persistence.IssueStore;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.meeting.domain.GroupMeasureSource;
import uk.reviewhub.pack.IssueResolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/**
 * Item 10's last two measures of the safeguarding service, in its group's performance report beside
 * {@link ServiceMeasures}: open issues of the Issue Resolution Process and their age, and caseload per
 * chair. Labels and targets are the group's terms of reference's; the timescale is the clock
 * {@code irp-resolution} and the caseload limit the pack's {@code safeguardingService.chairCaseloadLimit}.
 *
 * <p>{@value #ISSUES_IN_TIME}: the issues open at some time in the period (raised by its end, not ended
 * before its start), each judged as it stood at its outcome or at the period's end (today for a period
 * not yet over): within its timescale when that day is not after its due date. The text gives the
 * issues still open at the end and the oldest one's age in working days.
 *
 * <p>{@value #CASELOADS}: the chairs holding the chair's role at the period's end (today for a period
 * not yet over), each with the children allocated to them on that day (by the allocation history);
 * within the limit when they hold no more children than it.
 */
@Singleton
public class IssueMeasures implements GroupMeasureSource {

    public static final String ISSUES_IN_TIME = "open-issues-in-time";
    public static final String CASELOADS = "chair-caseloads";

    private final IssueStore issues;
    private final SafeguardingStore store;
    private final ServiceClocks clocks;

    IssueMeasures(IssueStore issues, SafeguardingStore store, ServiceClocks clocks) {
        this.issues = issues;
        this.store = store;
        this.clocks = clocks;
    }

    @Override
    public List<Counted> measures(UUID groupId, LocalDate from, LocalDate to) {
        if (!store.settings().groupId().map(groupId::equals).orElse(false)) {
            return List.of();
        }
        LocalDate today = clocks.today();
        LocalDate end = to.isAfter(today) ? today : to;
        List<Counted> measures = new ArrayList<>();
        if (issues.process().enabled()) {
            measures.add(issuesInTime(from, end));
        }
        measures.add(caseloads(end));
        return measures;
    }

    private Counted issuesInTime(LocalDate from, LocalDate end) {
        int of = 0;
        int met = 0;
        int open = 0;
        int oldest = -1;
        for (Issue i : issues.issues(IssueFilter.NONE, null)) {
            if (i.raisedOn().isAfter(end) || (i.outcomeOn() != null && i.outcomeOn().isBefore(from))) {
                continue;
            }
            of++;
            boolean endedByThen = i.outcomeOn() != null && !i.outcomeOn().isAfter(end);
            LocalDate asOf = endedByThen ? i.outcomeOn() : end;
            LocalDate due = clocks.step(IssueResolution.RESOLUTION_CLOCK, "Issue resolved", i.raisedOn(), null).dueOn();
            if (due != null && !asOf.isAfter(due)) {
                met++;
            }
            if (!endedByThen) {
                open++;
                oldest = Math.max(oldest, clocks.workingDaysBetween(i.raisedOn(), end));
            }
        }
        String openNow = open == 0 ? "none open on " + LondonTime.UK_DATE.format(end)
                : open + " open on " + LondonTime.UK_DATE.format(end) + ", the oldest " + oldest + " working day" + (oldest == 1 ? "" : "s") + " old";
        return new Counted(ISSUES_IN_TIME, "Issues of the Issue Resolution Process within its timescale (open issues and their age)",
                met, of, "issues within the timescale (" + clocks.describe(IssueResolution.RESOLUTION_CLOCK) + "; " + openNow + ")",
                "No issue of the Issue Resolution Process was open in the period.");
    }

    private Counted caseloads(LocalDate end) {
        Integer limit = issues.caseloadLimit().orElse(null);
        if (limit == null) {
            return new Counted(CASELOADS, "Chairs within the caseload limit", 0, 0, "chairs within the caseload limit",
                    "The partnership sets no caseload limit for its chairs (safeguardingService: chairCaseloadLimit).");
        }
        Map<UUID, Integer> load = new HashMap<>();
        for (Child child : store.children(null)) {
            store.allocations(child.id()).stream()
                    .filter(a -> !a.allocatedOn().isAfter(end))
                    .max(Comparator.comparing(Allocation::allocatedOn).thenComparing(Allocation::allocatedAt))
                    .ifPresent(a -> load.merge(a.chairId(), 1, Integer::sum));
        }
        List<Person> chairs = store.chairs(end);
        int within = 0;
        int largest = 0;
        for (Person chair : chairs) {
            int n = load.getOrDefault(chair.id(), 0);
            largest = Math.max(largest, n);
            if (n <= limit) {
                within++;
            }
        }
        return new Counted(CASELOADS, "Chairs within the caseload limit", within, chairs.size(),
                "chairs holding at most " + limit + " children on " + LondonTime.UK_DATE.format(end) + " (the largest caseload " + largest + ")",
                "No one held the chair's role on " + LondonTime.UK_DATE.format(end) + ".");
    }
}
