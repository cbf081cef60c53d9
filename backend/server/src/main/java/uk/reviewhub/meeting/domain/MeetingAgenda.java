package uk.reviewhub.meeting.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.meeting.AgendaDecisionRequest;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaOrderRequest;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.SubmitAgendaItemRequest;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.meeting.persistence.AgendaQueries;
import uk.reviewhub.meeting.persistence.AgendaQueries.ItemRow;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting's agenda. Members submit items by the terms of reference's deadline (N working days
 * before the meeting); later items are flagged late. The chair accepts or rejects items and orders
 * the accepted ones.
 */
@Singleton
public class MeetingAgenda {

    private final AgendaQueries agenda;
    private final MeetingGroups groups;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final GroupAuthority authority;

    MeetingAgenda(AgendaQueries agenda, MeetingGroups groups, WorkingDayCalendar calendar, Clock clock, GroupAuthority authority) {
        this.authority = authority;
        this.agenda = agenda;
        this.groups = groups;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A deadline of a meeting: its rule and the last day to meet it. */
    record ItemDeadline(MeetingDeadline deadline, LocalDate lastDay) {
    }

    public AgendaView agenda(UUID meetingId) {
        MeetingRow m = groups.meeting(meetingId);
        Optional<ItemDeadline> deadline = itemDeadline(m);
        Optional<ItemDeadline> publish = deadline(m, MeetingDeadline.PAPERS_PUBLISHED);
        return new AgendaView(meetingId, deadline.map(ItemDeadline::lastDay).orElse(null),
                deadline.map(d -> d.deadline().describe()).orElse(null),
                publish.map(ItemDeadline::lastDay).orElse(null), publish.map(d -> d.deadline().describe()).orElse(null),
                agenda.items(meetingId).stream().map(MeetingAgenda::view).toList());
    }

    @Transactional
    public AgendaItemView submit(UUID meetingId, SubmitAgendaItemRequest request, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireSeat(m.groupId(), user, "submit agenda items");
        if (m.status().equals("CANCELLED") || m.status().equals("HELD")) {
            throw new MeetingRuleException("The meeting is " + m.status().toLowerCase() + ": its agenda is closed.");
        }
        LocalDate lastDay = itemDeadline(m).map(ItemDeadline::lastDay).orElse(null);
        boolean late = lastDay != null && LondonTime.today(clock).isAfter(lastDay);
        UUID id = agenda.insert(meetingId, request.title().strip(), blankToNull(request.description()), user.userId(), clock.instant(),
                lastDay, late);
        return view(agenda.item(meetingId, id).orElseThrow());
    }

    @Transactional
    public AgendaItemView decide(UUID meetingId, UUID itemId, AgendaDecisionRequest request, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrVice(m.groupId(), user.userId(), "accept or reject agenda items");
        agenda.item(meetingId, itemId).orElseThrow(() -> new MeetingNotFoundException("No such agenda item for this meeting."));
        MeetingSchedule.checked(agenda.decide(itemId, request.version(), request.decision(), blankToNull(request.reason()),
                user.userId(), clock.instant()));
        return view(agenda.item(meetingId, itemId).orElseThrow());
    }

    /** Orders the accepted items: the list must name each accepted item exactly once. */
    @Transactional
    public AgendaView order(UUID meetingId, AgendaOrderRequest request, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrVice(m.groupId(), user.userId(), "order the agenda");
        Set<UUID> accepted = new HashSet<>();
        agenda.items(meetingId).stream().filter(i -> i.decision().equals("ACCEPTED")).forEach(i -> accepted.add(i.id()));
        Set<UUID> given = new HashSet<>(request.itemIds());
        if (given.size() != request.itemIds().size() || !given.equals(accepted)) {
            throw new MeetingRuleException("Order the accepted items: list each of the " + accepted.size()
                    + " accepted items exactly once, and no other item.");
        }
        for (int i = 0; i < request.itemIds().size(); i++) {
            agenda.position(request.itemIds().get(i), i + 1);
        }
        return agenda(meetingId);
    }

    Optional<ItemDeadline> itemDeadline(MeetingRow m) {
        return deadline(m, MeetingDeadline.AGENDA_ITEMS);
    }

    private Optional<ItemDeadline> deadline(MeetingRow m, String code) {
        TermsOfReferenceView terms = groups.termsOfReference(m.groupId());
        return MeetingDeadline.of(terms, code).map(d -> {
            try {
                return new ItemDeadline(d, d.due(MeetingGroups.day(m), calendar));
            } catch (DateOutsideCalendarException e) {
                throw new MeetingRuleException("The bank-holiday calendar covers " + calendar.firstDay() + " to "
                        + calendar.lastDay() + "; this meeting's deadline falls outside it.");
            }
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static AgendaItemView view(ItemRow i) {
        return new AgendaItemView(i.id(), i.title(), i.description(), i.submittedBy(), i.submittedAt(), i.deadline(), i.late(),
                i.decision(), i.decisionReason(), i.position(), i.version());
    }

    static List<AgendaItemView> views(List<ItemRow> rows) {
        return rows.stream().map(MeetingAgenda::view).toList();
    }
}
