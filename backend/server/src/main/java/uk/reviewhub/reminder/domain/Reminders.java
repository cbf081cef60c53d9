package uk.reviewhub.reminder.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.mail.domain.Notices;
import uk.reviewhub.meeting.domain.MeetingDeadline;
import uk.reviewhub.meeting.domain.MeetingGroups;
import uk.reviewhub.partnership.domain.Group;
import uk.reviewhub.partnership.domain.GroupTerms;
import uk.reviewhub.partnership.domain.PartnershipDirectory;
import uk.reviewhub.reminder.domain.ReminderFacts.Person;
import uk.reviewhub.reminder.persistence.ReminderQueries;
import uk.reviewhub.time.context.PartnershipTime;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Works out the reminders due today for the bound partnership ({@link ReminderEngine}) and sends
 * each at most once ({@link Notices#sendOnce}). Call with the tenant bound.
 */
@Singleton
public class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    /** What one run did for one partnership. */
    public record Run(int due, int sent, int failed, int skipped) {
        public Run plus(Run other) {
            return new Run(due + other.due, sent + other.sent, failed + other.failed, skipped + other.skipped);
        }
    }

    private final ReminderQueries queries;
    private final PartnershipDirectory directory;
    private final Notices notices;
    private final PartnershipTime time;
    private final ReminderSettings settings;
    private final Clock clock;

    Reminders(ReminderQueries queries, PartnershipDirectory directory, Notices notices, PartnershipTime time,
              ReminderSettings settings, Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.notices = notices;
        this.time = time;
        this.settings = settings;
        this.clock = clock;
    }

    /** The engine in the bound partnership's working days (its own bank-holiday division, V8). */
    ReminderEngine engine() {
        return new ReminderEngine(time.calendar(), settings);
    }

    public Run sendDue() {
        LocalDate today = LondonTime.today(clock);
        List<Reminder> due = engine().due(today, facts(today));
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (Reminder reminder : due) {
            switch (notices.sendOnce(reminder.key(), reminder.kind(), reminder.to().email(), reminder.to().userId(), reminder.data())) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new Run(due.size(), sent, failed, skipped);
    }

    /** The bound partnership's facts as the engine reads them. */
    ReminderFacts facts(LocalDate today) {
        String partnershipName = queries.partnershipName().orElse("");
        Map<UUID, List<ReminderFacts.Seat>> seats = queries.seats().stream().collect(Collectors.groupingBy(
                ReminderQueries.SeatRow::groupId,
                Collectors.mapping(s -> new ReminderFacts.Seat(s.memberId(), s.groupRole(), s.startDate(), s.endDate(), s.person()),
                        Collectors.toList())));
        List<ReminderFacts.Group> groups = new ArrayList<>();
        for (Group group : directory.groups()) {
            Optional<GroupTerms> terms = directory.termsOfReference(group.id());
            Optional<MeetingDeadline> itemDeadline;
            try {
                itemDeadline = terms.flatMap(t -> MeetingDeadline.of(t, MeetingDeadline.AGENDA_ITEMS));
            } catch (IllegalArgumentException e) {
                LOG.warn("Group {}: its agenda-items deadline cannot be read, so no item deadline reminders: {}", group.id(),
                        e.getMessage());
                itemDeadline = Optional.empty();
            }
            groups.add(new ReminderFacts.Group(group.id(), group.name(), itemDeadline,
                    terms.map(t -> t.terms().reviewDueOn()).orElse(null), seats.getOrDefault(group.id(), List.of())));
        }
        List<ReminderFacts.Meeting> meetings = queries.upcomingMeetings(MeetingGroups.fromLondon(today.atStartOfDay())).stream()
                .map(u -> {
                    ReminderQueries.MeetingRow m = u.meeting();
                    LocalDateTime at = MeetingGroups.london(m.scheduledStart());
                    return new ReminderFacts.Meeting(m.id(), m.groupId(), m.title(), m.status(), at.toLocalDate(), at.toLocalTime(),
                            u.submitters());
                }).toList();
        List<ReminderFacts.Action> actions = queries.openActions().stream()
                .map(a -> new ReminderFacts.Action(a.id(), a.groupId(), a.description(), a.owner(), a.ownerMemberId(), a.agency(),
                        a.dueDate(), a.status()))
                .toList();
        List<Person> admins = queries.peopleWithRole("PARTNERSHIP_ADMIN");
        List<Person> support = queries.peopleWithRole("BUSINESS_SUPPORT");
        return new ReminderFacts(partnershipName, groups, meetings, actions, admins, support);
    }
}
