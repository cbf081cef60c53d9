package uk.reviewhub.reminder.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.meeting.domain.MeetingDeadline;
import uk.reviewhub.partnership.domain.Group;
import uk.reviewhub.partnership.domain.PartnershipDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The review groups for reminders, read from the partnership's directory (its domain records). */
@Singleton
class DirectoryReminderGroups implements ReminderGroups {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryReminderGroups.class);

    private final PartnershipDirectory directory;

    DirectoryReminderGroups(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<GroupTerms> withTerms() {
        List<GroupTerms> groups = new ArrayList<>();
        for (Group group : directory.groups()) {
            Optional<uk.reviewhub.partnership.domain.GroupTerms> terms = directory.termsOfReference(group.id());
            Optional<MeetingDeadline> itemDeadline;
            try {
                itemDeadline = terms.flatMap(t -> MeetingDeadline.of(t, MeetingDeadline.AGENDA_ITEMS));
            } catch (IllegalArgumentException e) {
                LOG.warn("Group {}: its agenda-items deadline cannot be read, so no item deadline reminders: {}", group.id(),
                        e.getMessage());
                itemDeadline = Optional.empty();
            }
            groups.add(new GroupTerms(group.id(), group.name(), itemDeadline,
                    terms.map(t -> t.terms().reviewDueOn()).orElse(null)));
        }
        return groups;
    }

    @Override
    public Optional<String> name(UUID groupId) {
        return directory.groups().stream().filter(g -> g.id().equals(groupId)).map(Group::name).findFirst();
    }
}
