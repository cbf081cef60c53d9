package uk.reviewhub.meeting.domain;

import uk.reviewhub.partnership.domain.GroupTerms;
import uk.reviewhub.api.vocabulary.AgendaDecision;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.api.vocabulary.PartnershipRole;
import uk.reviewhub.meeting.persistence.AgendaQueries;
import uk.reviewhub.meeting.persistence.AgendaQueries.ItemRow;
import uk.reviewhub.meeting.persistence.AgendaQueries.PublicationRow;
import uk.reviewhub.meeting.persistence.AgendaQueries.PublishedItem;
import uk.reviewhub.meeting.persistence.AgendaQueries.PublishedPaper;
import uk.reviewhub.meeting.persistence.PaperQueries;
import uk.reviewhub.meeting.persistence.PaperQueries.PaperRow;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.context.PartnershipTime;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.clock.StatutoryClock;
import uk.reviewhub.tenancy.TenantContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting's agenda. Members submit items by the terms of reference's deadline (N working days
 * before the meeting); later items are flagged late. The chair accepts or rejects items and orders
 * the accepted ones, and publishes the agenda with its papers by the terms of reference's
 * publishing deadline ({@link MeetingDeadline#PAPERS_PUBLISHED}); each publication is a new
 * revision ({@link AgendaPublishing} has the rules) and raises {@link AgendaPublished}. Items
 * submitted after the agenda is published are late, whatever the item deadline, and await the
 * chair's decision.
 */
@Singleton
public class MeetingAgenda {

    private final AgendaQueries agenda;
    private final PaperQueries papers;
    private final MeetingGroups groups;
    private final PartnershipTime time;
    private final ApplicationEventPublisher<AgendaPublished> events;
    private final Clock clock;
    private final GroupAuthority authority;

    MeetingAgenda(AgendaQueries agenda, PaperQueries papers, MeetingGroups groups, PartnershipTime time,
                  ApplicationEventPublisher<AgendaPublished> events, Clock clock,
                  GroupAuthority authority) {
        this.authority = authority;
        this.agenda = agenda;
        this.papers = papers;
        this.groups = groups;
        this.time = time;
        this.events = events;
        this.clock = clock;
    }

    /** A deadline of a meeting: its rule and the last day to meet it. */
    record ItemDeadline(MeetingDeadline deadline, LocalDate lastDay) {
    }

    /** The agenda as {@code reader} sees it: each item with its papers when they may read them. */
    public Agenda agenda(UUID meetingId, CurrentUser reader) {
        Agenda view = agenda(meetingId);
        if (!mayReadPapers(groups.meeting(meetingId).groupId(), reader)) {
            return view;
        }
        Map<UUID, List<Paper>> byItem = new LinkedHashMap<>();
        for (PaperRow p : papers.papersOfMeeting(meetingId)) {
            byItem.computeIfAbsent(p.agendaItemId(), k -> new ArrayList<>()).add(MeetingPapers.paper(p));
        }
        return view.withItems(view.items().stream().map(i -> i.withPapers(byItem.getOrDefault(i.id(), List.of()))).toList());
    }

    /** Whoever may read an item's papers (the papers endpoint's roles, and a seat in the group or business support). */
    private boolean mayReadPapers(UUID groupId, CurrentUser reader) {
        boolean paperRole = reader.roles().stream().anyMatch(PAPER_ROLES::contains);
        return paperRole && authority.yourPart(groupId, reader).submitsItems();
    }

    private static final Set<String> PAPER_ROLES = Set.of(PartnershipRole.CHAIR.name(), PartnershipRole.VICE_CHAIR.name(),
            PartnershipRole.MEMBER.name(), PartnershipRole.BUSINESS_SUPPORT.name());

    public Agenda agenda(UUID meetingId) {
        MeetingRow m = groups.meeting(meetingId);
        Optional<ItemDeadline> deadline = itemDeadline(m);
        Optional<ItemDeadline> publish = deadline(m, MeetingDeadline.PAPERS_PUBLISHED);
        List<ItemRow> items = agenda.items(meetingId);
        List<PublicationRow> publications = agenda.publications(meetingId);
        Optional<PublicationRow> latest = publications.stream().findFirst();
        boolean changed = AgendaPublishing.changedSince(standing(meetingId, items), latest.map(PublicationRow::items));
        return new Agenda(meetingId, deadline.map(ItemDeadline::lastDay).orElse(null),
                deadline.map(d -> d.deadline().describe()).orElse(null),
                publish.map(ItemDeadline::lastDay).orElse(null), publish.map(d -> d.deadline().describe()).orElse(null),
                items.stream().map(MeetingAgenda::view).toList(), publishClock(m, publications),
                latest.map(MeetingAgenda::view).orElse(null), changed);
    }

    /** Every published revision of the agenda, newest first. */
    public List<AgendaPublication> publications(UUID meetingId) {
        groups.meeting(meetingId);
        return agenda.publications(meetingId).stream().map(MeetingAgenda::view).toList();
    }

    /**
     * Publishes the agenda with its papers as the next revision; refused (409) with the reason by
     * {@link AgendaPublishing#refusal}, or when {@code revision} (the latest the chair read) is not the latest.
     */
    @Transactional
    public Agenda publish(UUID meetingId, int revision, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrVice(m.groupId(), user.userId(), "publish the agenda");
        UUID userId = user.userId();
        List<ItemRow> items = agenda.items(meetingId);
        Optional<PublicationRow> latest = agenda.publications(meetingId).stream().findFirst();
        int current = latest.map(PublicationRow::revision).orElse(0);
        if (revision != current) {
            throw new ConflictException(current == 0
                    ? "The agenda has not been published yet: reload it and publish again."
                    : "The agenda was published as revision " + current + " since you read it: reload it and check it before publishing again.");
        }
        List<AgendaPublishing.Item> standing = standing(meetingId, items);
        AgendaPublishing.refusal(m.status(), standing, latest.map(PublicationRow::items)).ifPresent(reason -> {
            throw new RuleNotMetException(reason);
        });
        var now = clock.instant();
        agenda.insertPublication(meetingId, current + 1, now, userId, AgendaPublishing.snapshot(standing));
        events.publishEvent(new AgendaPublished(TenantContext.current().orElse(null), meetingId, m.groupId(), current + 1,
                userId, now));
        return agenda(meetingId);
    }

    @Transactional
    public AgendaItem submit(UUID meetingId, String title, String description, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireSeat(m.groupId(), user, "submit agenda items");
        if (m.status().equals("CANCELLED") || m.status().equals("HELD")) {
            throw new RuleNotMetException("The meeting is " + m.status().toLowerCase() + ": its agenda is closed.");
        }
        LocalDate lastDay = itemDeadline(m).map(ItemDeadline::lastDay).orElse(null);
        boolean published = !agenda.publications(meetingId).isEmpty();
        boolean late = published || (lastDay != null && LondonTime.today(clock).isAfter(lastDay));
        UUID id = agenda.insert(meetingId, title.strip(), blankToNull(description), user.userId(), clock.instant(),
                lastDay, late);
        return view(agenda.item(meetingId, id).orElseThrow());
    }

    @Transactional
    public AgendaItem decide(UUID meetingId, UUID itemId, int version, AgendaDecision decision, String reason, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrVice(m.groupId(), user.userId(), "accept or reject agenda items");
        agenda.item(meetingId, itemId).orElseThrow(() -> new NotFoundException("No such agenda item for this meeting."));
        MeetingSchedule.checked(agenda.decide(itemId, version, decision.name(), blankToNull(reason),
                user.userId(), clock.instant()));
        return view(agenda.item(meetingId, itemId).orElseThrow());
    }

    /** Orders the accepted items: {@code itemIds} must name each accepted item exactly once. */
    @Transactional
    public Agenda order(UUID meetingId, List<UUID> itemIds, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrVice(m.groupId(), user.userId(), "order the agenda");
        Set<UUID> accepted = new HashSet<>();
        agenda.items(meetingId).stream().filter(i -> i.decision().equals("ACCEPTED")).forEach(i -> accepted.add(i.id()));
        Set<UUID> given = new HashSet<>(itemIds);
        if (given.size() != itemIds.size() || !given.equals(accepted)) {
            throw new RuleNotMetException("Order the accepted items: list each of the " + accepted.size()
                    + " accepted items exactly once, and no other item.");
        }
        for (int i = 0; i < itemIds.size(); i++) {
            agenda.position(itemIds.get(i), i + 1);
        }
        return agenda(meetingId);
    }

    Optional<ItemDeadline> itemDeadline(MeetingRow m) {
        return deadline(m, MeetingDeadline.AGENDA_ITEMS);
    }

    private Optional<ItemDeadline> deadline(MeetingRow m, String code) {
        GroupTerms terms = groups.termsOfReference(m.groupId());
        WorkingDayCalendar calendar = time.calendar();
        return MeetingDeadline.of(terms, code).map(d -> {
            try {
                return new ItemDeadline(d, d.due(MeetingGroups.day(m), calendar));
            } catch (DateOutsideCalendarException e) {
                throw new RuleNotMetException("The bank-holiday calendar covers " + calendar.firstDay() + " to "
                        + calendar.lastDay() + "; this meeting's deadline falls outside it.");
            }
        });
    }

    /** The agenda as it stands: items in agenda order with their papers. */
    private List<AgendaPublishing.Item> standing(UUID meetingId, List<ItemRow> items) {
        Map<UUID, List<PublishedPaper>> byItem = new LinkedHashMap<>();
        for (PaperRow p : papers.papersOfMeeting(meetingId)) {
            byItem.computeIfAbsent(p.agendaItemId(), k -> new ArrayList<>()).add(new PublishedPaper(p.id(), p.fileName()));
        }
        return items.stream().map(i -> new AgendaPublishing.Item(i.id(), i.title(), i.decision(),
                byItem.getOrDefault(i.id(), List.of()))).toList();
    }

    /**
     * The publishing deadline's clock, completed by the first publication (a later revision, e.g.
     * for an accepted late item, does not make an on-time agenda late); null where the terms set
     * no deadline or the meeting is cancelled.
     */
    private DeadlineClock publishClock(MeetingRow m, List<PublicationRow> publications) {
        if (m.status().equals("CANCELLED")) {
            return null;
        }
        LocalDate firstPublished = publications.isEmpty() ? null
                : publications.getLast().publishedAt().atZone(LondonTime.ZONE).toLocalDate();
        return MeetingDeadline.of(groups.termsOfReference(m.groupId()), MeetingDeadline.PAPERS_PUBLISHED)
                .map(d -> AgendaPublishing.clock(d, MeetingGroups.day(m), firstPublished, LondonTime.today(clock), time.statutoryClock()))
                .orElse(null);
    }

    private static AgendaPublication view(PublicationRow p) {
        return new AgendaPublication(p.revision(), p.publishedAt(), p.publishedBy(), p.publishedByName(),
                p.items().stream().map(i -> new AgendaPublication.Item(i.itemId(), i.number(), i.title(),
                        i.papers().stream().map(PublishedPaper::name).toList())).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static AgendaItem view(ItemRow i) {
        return new AgendaItem(i.id(), i.title(), i.description(), i.submittedBy(), i.submittedAt(), i.deadline(), i.late(),
                AgendaDecision.valueOf(i.decision()), i.decisionReason(), i.position(), i.version(), null);
    }

    static List<AgendaItem> views(List<ItemRow> rows) {
        return rows.stream().map(MeetingAgenda::view).toList();
    }
}
