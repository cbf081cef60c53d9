package uk.reviewhub.reminder.domain;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.mail.domain.NoticeKind;
import uk.reviewhub.mail.domain.Notices;
import uk.reviewhub.meeting.domain.AgendaPublished;
import uk.reviewhub.meeting.domain.MeetingEvents;
import uk.reviewhub.meeting.domain.MeetingGroups;
import uk.reviewhub.reminder.domain.ReminderFacts.Person;
import uk.reviewhub.reminder.persistence.ReminderQueries;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The event notices: MINUTES_CIRCULATED and AGENDA_PUBLISHED, mailed to the group's current
 * members with a sign-in once the change that raised them has committed
 * ({@link MeetingEvents}, published inside the change's transaction). Each goes to each person at
 * most once (keys {@code MINUTES_CIRCULATED:<minutes>:<user>} and
 * {@code AGENDA_PUBLISHED:<meeting>:<revision>:<user>}). One that fails (mail server down) stays
 * FAILED in the notice log and the outbox, and the reminder job sends it again
 * ({@link #retryFailed}) to the recipient stored in the log, re-rendered from the current data,
 * until it is sent or out of attempts; not once the meeting is cancelled.
 */
@Singleton
public class MeetingNotices {
    private static final Logger LOG = LoggerFactory.getLogger(MeetingNotices.class);

    private final ReminderQueries queries;
    private final ReminderGroups groups;
    private final Notices notices;
    private final Clock clock;

    MeetingNotices(ReminderQueries queries, ReminderGroups groups, Notices notices, Clock clock) {
        this.queries = queries;
        this.groups = groups;
        this.notices = notices;
        this.clock = clock;
    }

    @TransactionalEventListener
    void onMinutesCirculated(MeetingEvents.MinutesCirculated event) {
        try {
            minutesCirculated(event.meetingId(), event.minutesId());
        } catch (RuntimeException e) {
            LOG.error("The minutes-circulated notice for meeting {} was not sent", event.meetingId(), e);
        }
    }

    @TransactionalEventListener
    void onAgendaPublished(AgendaPublished event) {
        try {
            agendaPublished(event.meetingId(), String.valueOf(event.revision()));
        } catch (RuntimeException e) {
            LOG.error("The agenda-published notice for meeting {} was not sent", event.meetingId(), e);
        }
    }

    /** Mails MINUTES_CIRCULATED for {@code minutesId} to the group's current members; the number of people it went to now. */
    public int minutesCirculated(UUID meetingId, UUID minutesId) {
        ReminderQueries.MeetingAt at = queries.meeting(meetingId).orElse(null);
        if (at == null) {
            return 0;
        }
        return send("MINUTES_CIRCULATED:" + minutesId + ":", NoticeKind.MINUTES_CIRCULATED, at, minutesData(at));
    }

    /** Mails AGENDA_PUBLISHED for the meeting's agenda (accepted items in order) to the group's current members. */
    public int agendaPublished(UUID meetingId, String revision) {
        ReminderQueries.MeetingAt at = queries.meeting(meetingId).orElse(null);
        if (at == null || cancelled(at)) {
            return 0;
        }
        return send("AGENDA_PUBLISHED:" + meetingId + ":" + revision + ":", NoticeKind.AGENDA_PUBLISHED, at, agendaData(at));
    }

    /**
     * Sends again the bound partnership's MINUTES_CIRCULATED and AGENDA_PUBLISHED notices whose last
     * attempt FAILED and that have attempts left: each to the recipient stored in the notice log,
     * re-rendered from the current data, through {@link Notices#sendOnce} (which claims the key, so
     * two replicas never both send, and counts the attempt). Not for a meeting that is cancelled or
     * gone (those are left FAILED and counted as skipped). Called by the reminder job.
     */
    public Reminders.Run retryFailed() {
        List<Notices.Failed> failed = notices.retryable(RETRIED);
        int sent = 0;
        int stillFailed = 0;
        int skipped = 0;
        for (Notices.Failed notice : failed) {
            Optional<Map<String, Object>> data;
            try {
                data = retryData(notice);
            } catch (RuntimeException e) {
                LOG.warn("Notice {} cannot be sent again: {}", notice.key(), e.toString());
                data = Optional.empty();
            }
            if (data.isEmpty()) {
                skipped++;
                continue;
            }
            switch (notices.sendOnce(notice.key(), notice.kind(), notice.recipient(), notice.userId(), data.get())) {
                case SENT -> sent++;
                case FAILED -> stillFailed++;
                case SKIPPED -> skipped++;
            }
        }
        return new Reminders.Run(failed.size(), sent, stillFailed, skipped);
    }

    private static final Set<NoticeKind> RETRIED = EnumSet.of(NoticeKind.MINUTES_CIRCULATED, NoticeKind.AGENDA_PUBLISHED);

    /** The data of a failed notice, from its key; empty when its meeting is cancelled or gone. */
    private Optional<Map<String, Object>> retryData(Notices.Failed notice) {
        String[] parts = notice.key().split(":");
        if (notice.kind() == NoticeKind.MINUTES_CIRCULATED && parts.length == 3) {
            return queries.meetingOfMinutes(UUID.fromString(parts[1])).flatMap(queries::meeting)
                    .filter(at -> !cancelled(at)).map(this::minutesData);
        }
        if (notice.kind() == NoticeKind.AGENDA_PUBLISHED && parts.length == 4) {
            return queries.meeting(UUID.fromString(parts[1])).filter(at -> !cancelled(at)).map(this::agendaData);
        }
        return Optional.empty();
    }

    private static boolean cancelled(ReminderQueries.MeetingAt at) {
        return "CANCELLED".equals(at.meeting().status());
    }

    private Map<String, Object> minutesData(ReminderQueries.MeetingAt at) {
        Map<String, Object> data = base(at);
        int actions = queries.actionCount(at.meeting().id());
        data.put("actionCount", actions == 0 ? "" : String.valueOf(actions));
        return data;
    }

    private Map<String, Object> agendaData(ReminderQueries.MeetingAt at) {
        Map<String, Object> data = base(at);
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> titles = queries.acceptedItemTitles(at.meeting().id());
        for (int i = 0; i < titles.size(); i++) {
            items.add(Map.of("number", String.valueOf(i + 1), "title", titles.get(i)));
        }
        data.put("items", items);
        return data;
    }

    private int send(String keyPrefix, NoticeKind kind, ReminderQueries.MeetingAt at, Map<String, Object> data) {
        LocalDate today = LondonTime.today(clock);
        UUID groupId = at.meeting().groupId();
        List<ReminderFacts.Seat> seats = queries.seats().stream().filter(s -> s.groupId().equals(groupId))
                .map(s -> new ReminderFacts.Seat(s.memberId(), s.groupRole(), s.startDate(), s.endDate(), s.person())).toList();
        ReminderFacts.Group group = new ReminderFacts.Group(groupId, "", Optional.empty(), null, seats);
        int sent = 0;
        for (Person person : ReminderEngine.currentPeople(group, today)) {
            if (notices.sendOnce(keyPrefix + person.userId(), kind, person.email(), person.userId(), data) == Notices.Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private Map<String, Object> base(ReminderQueries.MeetingAt at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", Map.of("name", queries.partnershipName().orElse("")));
        String groupName = groups.name(at.meeting().groupId()).orElse("");
        data.put("group", Map.of("name", groupName));
        LocalDateTime start = MeetingGroups.london(at.meeting().scheduledStart());
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("date", LondonTime.UK_DATE.format(start.toLocalDate()));
        meeting.put("time", start.toLocalTime().toString());
        if (at.location() != null && !at.location().isBlank()) {
            meeting.put("location", at.location());
        }
        data.put("meeting", meeting);
        return data;
    }
}
