package uk.reviewhub.conference.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.meeting.domain.CalendarFeeds;
import uk.reviewhub.meeting.domain.ICalendar;
import uk.reviewhub.problem.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The iCalendar feed of the safeguarding service's conferences and reviews, through the product's
 * calendar feeds (a secret token kept only as its SHA-256; the partnership comes from the token).
 * A chair's feed holds the conferences and reviews of the children allocated to them, and the
 * due dates of their open issues in the Issue Resolution Process (the stage's response and the
 * whole process); the manager's and support's the service's. Each is an all-day event on the day it was held, or is
 * planned, named by its kind and the child's case reference only (calendar apps copy events to
 * other services: no initials, no outcome). Whoever no longer holds one of the service's roles
 * gets no calendar (not found). Every read is audited.
 */
@Singleton
public class SafeguardingFeed {

    /** How far back a feed reaches: conferences held in the last year. */
    static final int MONTHS_BACK = 12;

    private final CalendarFeeds feeds;
    private final SafeguardingStore store;
    private final ServiceClocks clocks;
    private final AuditLog audit;
    private final Clock clock;
    private final Issues issues;

    SafeguardingFeed(CalendarFeeds feeds, SafeguardingStore store, ServiceClocks clocks, AuditLog audit, Clock clock, Issues issues) {
        this.feeds = feeds;
        this.store = store;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
        this.issues = issues;
    }

    /** A new feed for the signed-in person: its id and secret token. */
    public CalendarFeeds.NewFeed create(UUID userId) {
        return feeds.issue(userId);
    }

    /** The calendar behind {@code token}, as iCalendar text. */
    public String calendar(String token) throws Exception {
        return feeds.asOwner(token, userId -> {
            LocalDate today = clocks.today();
            Viewer viewer = Viewer.of(userId, store.currentRoles(userId, today));
            if (!viewer.seesWholeService() && !viewer.isChair()) {
                throw new NotFoundException("No such calendar.");
            }
            LocalDate from = today.minusMonths(MONTHS_BACK);
            List<ICalendar.DayEvent> events = new ArrayList<>();
            Map<UUID, Child> children = new HashMap<>();
            for (Child child : store.children(viewer.seesWholeService() ? null : userId)) {
                children.put(child.id(), child);
                for (Episode episode : store.episodes(child.id())) {
                    for (Conference c : store.conferences(episode.id())) {
                        LocalDate day = c.heldOn() != null ? c.heldOn() : c.plannedOn();
                        if (day == null || day.isBefore(from)) {
                            continue;
                        }
                        events.add(new ICalendar.DayEvent(c.id() + "@reviewhub", c.version(), day,
                                c.title() + ": " + child.caseReference(),
                                (c.held() ? "Held." : "Planned.") + " The details are in Review Hub."));
                    }
                }
            }
            for (Issues.IssueFile file : issues.openFiles()) {
                Child child = children.get(file.issue().childId());
                if (child == null) {
                    continue;
                }
                for (ChainStep step : List.of(file.stageResponse(), file.resolution())) {
                    if (step.open() && step.dueOn() != null) {
                        // One event per clock of the issue; its sequence grows with each step recorded.
                        events.add(new ICalendar.DayEvent(file.issue().id() + "-" + step.clockCode() + "@reviewhub",
                                file.steps().size(), step.dueOn(), step.title() + ": " + child.caseReference(),
                                "Issue Resolution Process. The details are in Review Hub."));
                    }
                }
            }
            events.sort(Comparator.comparing(ICalendar.DayEvent::day));
            audit.record(userId, AuditLog.READ, "cp-calendar-feed", null, Map.of("events", events.size()));
            return ICalendar.writeDays(viewer.seesWholeService() ? "Safeguarding service: conferences and reviews"
                    : "My conferences and reviews", clock.instant(), events);
        });
    }
}
