package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.MeetingStatus;
import uk.reviewhub.api.vocabulary.MeetingKind;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.meeting.persistence.MeetingQueries;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.pack.TermsOfReference;
import uk.reviewhub.partnership.domain.GroupMember;
import uk.reviewhub.partnership.domain.GroupMembership;
import uk.reviewhub.partnership.domain.GroupTerms;
import uk.reviewhub.partnership.domain.PartnershipDirectory;
import uk.reviewhub.time.LondonTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What every meeting operation needs: the meeting (or 404), its group's current terms of
 * reference and seats, and the meeting as the domain reads it. Meeting times are London times.
 */
@Singleton
public class MeetingGroups {

    private final MeetingQueries meetings;
    private final PartnershipDirectory directory;

    MeetingGroups(MeetingQueries meetings, PartnershipDirectory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    public MeetingRow meeting(UUID meetingId) {
        return meetings.meeting(meetingId).orElseThrow(() -> new NotFoundException("No such meeting in this partnership."));
    }

    public MeetingRow meetingForUpdate(UUID meetingId) {
        return meetings.meetingForUpdate(meetingId)
                .orElseThrow(() -> new NotFoundException("No such meeting in this partnership."));
    }

    public GroupTerms termsOfReference(UUID groupId) {
        return directory.termsOfReference(groupId)
                .orElseThrow(() -> new NotFoundException("No such group in this partnership."));
    }

    /** The group's seats that are filled on {@code day} (no start date, or started; no end date, or not ended). */
    public List<GroupMember> seats(UUID groupId, LocalDate day) {
        GroupMembership membership = directory.membership(groupId)
                .orElseThrow(() -> new NotFoundException("No such group in this partnership."));
        return membership.agencies().stream()
                .flatMap(a -> a.members().stream())
                .filter(m -> m.currentOn(day))
                .toList();
    }

    /** The quorum of the group's current terms of reference (the safeguarding service's conferences use it too). */
    public QuorumRule quorumRuleOf(UUID groupId) {
        return quorumRule(termsOfReference(groupId));
    }

    public QuorumRule quorumRule(GroupTerms terms) {
        TermsOfReference.Quorum q = terms.terms().quorum();
        return QuorumRule.stored(q.minimumDistinctAgencies(), q.requiredAgencyKinds().stream().map(Enum::name).toList(),
                q.requiredAnyOfRoles().stream().map(Enum::name).toList(), q.deputiesWithDelegatedAuthorityCount());
    }

    public static LocalDateTime london(Instant instant) {
        return instant.atZone(LondonTime.ZONE).toLocalDateTime();
    }

    public static Instant fromLondon(LocalDateTime time) {
        return ZonedDateTime.of(time, LondonTime.ZONE).toInstant();
    }

    public static LocalDate day(MeetingRow meeting) {
        return london(meeting.scheduledStart()).toLocalDate();
    }

    public static Meeting meeting(MeetingRow m) {
        return new Meeting(m.id(), m.groupId(), MeetingKind.valueOf(m.kind()), m.title(), m.occurrenceDate(), london(m.scheduledStart()),
                m.durationMinutes(), m.location(), MeetingStatus.valueOf(m.status()), m.statusReason(), m.quorate(), m.quorumSummary(), m.version(), null);
    }
}
