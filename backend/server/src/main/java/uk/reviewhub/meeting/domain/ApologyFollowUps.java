package uk.reviewhub.meeting.domain;

import uk.reviewhub.partnership.domain.GroupMember;
import uk.reviewhub.partnership.domain.GroupTerms;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.DocumentRenderer;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.meeting.persistence.FollowUpQueries;
import uk.reviewhub.meeting.persistence.FollowUpQueries.FollowUpRow;
import uk.reviewhub.meeting.persistence.MeetingQueries;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.partnership.domain.PartnershipDirectory;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Apologies for the number of consecutive meetings the group's terms of reference set
 * ({@code quorum.apologiesFollowUpAfter}; Salford's pack: 2, "followed up in writing by the chair";
 * none set: no follow-up) make a follow-up task for the chair, with a letter from the partnership's
 * APOLOGY_FOLLOW_UP_LETTER template. A letter that cannot be made (a broken template) leaves the
 * task with a note saying why; the task is never lost for it.
 */
@Singleton
public class ApologyFollowUps {


    private final FollowUpQueries followUps;
    private final MeetingQueries meetings;
    private final MeetingGroups groups;
    private final PartnershipDirectory directory;
    private final DocumentRenderer renderer;
    private final Clock clock;
    private final GroupAuthority authority;

    ApologyFollowUps(FollowUpQueries followUps, MeetingQueries meetings, MeetingGroups groups, PartnershipDirectory directory,
                     DocumentRenderer renderer, Clock clock, GroupAuthority authority) {
        this.authority = authority;
        this.followUps = followUps;
        this.meetings = meetings;
        this.groups = groups;
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * Called when apologies are recorded for {@code memberId} at {@code meeting}: if the seat sent
     * apologies to the group's previous meetings too, as many in a row as the terms of reference
     * set, the chair gets a follow-up (once).
     */
    public void apologiesRecorded(MeetingRow meeting, UUID memberId) {
        Integer after = groups.termsOfReference(meeting.groupId()).terms().quorum().apologiesFollowUpAfter();
        if (after == null || after < 2) {
            return;
        }
        Optional<UUID> previous = meetings.previousMeeting(meeting.groupId(), meeting.scheduledStart());
        Optional<UUID> earlier = previous;
        for (int i = 1; i < after; i++) {
            if (earlier.isEmpty() || !apologised(earlier.get(), memberId)) {
                return;
            }
            if (i + 1 < after) {
                earlier = meetings.meeting(earlier.get())
                        .flatMap(m -> meetings.previousMeeting(meeting.groupId(), m.scheduledStart()));
            }
        }
        followUps.insertIfAbsent(meeting.groupId(), memberId, meeting.id(), previous.get()).ifPresent(id -> {
            try {
                RenderedDocument letter = renderer.render(TemplateKind.APOLOGY_FOLLOW_UP_LETTER, letterData(id), DocumentFormat.HTML);
                followUps.letter(id, letter.html(), null);
            } catch (RuntimeException e) {
                followUps.letter(id, null, "The letter could not be made from the partnership's template: " + e.getMessage());
            }
        });
    }

    private boolean apologised(UUID meetingId, UUID memberId) {
        return meetings.attendance(meetingId).stream()
                .anyMatch(r -> r.memberId().equals(memberId) && r.status().equals(AttendanceStatus.APOLOGIES.name()));
    }

    /**
     * The follow-ups the user sees: all of the partnership's for business support and admins; for a
     * chair or vice chair, those of the groups they chair today.
     */
    public List<ApologyFollowUp> followUps(String status, CurrentUser user) {
        if (status != null && !status.equals("OPEN") && !status.equals("DONE")) {
            throw new InvalidFieldException("status", "Status is OPEN or DONE.");
        }
        Set<UUID> chaired = GroupAuthority.servicesEveryGroup(user) ? null : authority.groupsChairedBy(user.userId());
        return followUps.followUps(status).stream().filter(f -> chaired == null || chaired.contains(f.groupId()))
                .map(ApologyFollowUps::view).toList();
    }

    public ApologyFollowUp done(UUID id, CurrentUser user) {
        FollowUpRow f = followUps.followUp(id).orElseThrow(ApologyFollowUps::notFound);
        authority.requireChairOrSupport(f.groupId(), user, "mark its follow-ups done");
        if (followUps.done(id) == 0) {
            throw notFound();
        }
        return view(followUps.followUp(id).orElseThrow());
    }

    /** The letter of a follow-up, rendered with the partnership's current template in {@code format}. */
    public RenderedDocument letter(UUID id, DocumentFormat format, CurrentUser user) {
        FollowUpRow f = followUps.followUp(id).orElseThrow(ApologyFollowUps::notFound);
        authority.requireChairOrSupport(f.groupId(), user, "read its follow-up letters");
        if (!f.letterAvailable()) {
            throw new NotFoundException(f.letterNote() == null ? "No letter was made." : f.letterNote());
        }
        return renderer.render(TemplateKind.APOLOGY_FOLLOW_UP_LETTER, letterData(id), format);
    }

    /** Data shaped as the template's sample data (uk.reviewhub.document.domain.SampleData). */
    Map<String, Object> letterData(UUID followUpId) {
        FollowUpRow f = followUps.followUp(followUpId).orElseThrow(ApologyFollowUps::notFound);
        MeetingRow meeting = groups.meeting(f.meetingId());
        MeetingRow previous = groups.meeting(f.previousMeetingId());
        GroupTerms terms = groups.termsOfReference(f.groupId());
        List<GroupMember> seats = groups.seats(f.groupId(), MeetingGroups.day(meeting));
        Map<String, Object> data = new LinkedHashMap<>();
        directory.partnership().ifPresent(p -> data.put("partnership", Map.of("name", p.name(), "shortName", p.shortName())));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", terms.group().name());
        group.put("shortName", terms.group().shortName() == null ? terms.group().name() : terms.group().shortName());
        data.put("group", group);
        String today = LondonTime.today(clock).format(LondonTime.UK_DATE);
        data.put("generatedOn", today);
        data.put("letterDate", today);
        seats.stream().filter(s -> s.id().equals(f.memberId())).findFirst()
                .ifPresent(s -> data.put("recipient", person(s, "Member")));
        seats.stream().filter(s -> s.groupRole() == uk.reviewhub.api.vocabulary.GroupRole.CHAIR).findFirst()
                .ifPresent(s -> data.put("chair", person(s, "Chair")));
        data.put("missedMeetings", List.of(meetingData(previous), meetingData(meeting)));
        meetings.nextMeeting(f.groupId(), meeting.scheduledStart()).ifPresent(next -> data.put("nextMeeting", meetingData(next)));
        return data;
    }

    private static Map<String, Object> person(GroupMember seat, String role) {
        return Map.of("name", seat.positionTitle(), "positionTitle", seat.positionTitle(), "agency", seat.agency().name(),
                "role", role);
    }

    private static Map<String, Object> meetingData(MeetingRow m) {
        LocalDateTime start = MeetingGroups.london(m.scheduledStart());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", m.title());
        data.put("date", start.toLocalDate().format(LondonTime.UK_DATE));
        data.put("time", start.toLocalTime().format(LondonTime.UK_TIME));
        if (m.location() != null) {
            data.put("location", m.location());
        }
        return data;
    }

    static ApologyFollowUp view(FollowUpRow f) {
        return new ApologyFollowUp(f.id(), f.kind(), f.groupId(), f.memberId(), f.positionTitle(), f.agencyName(), f.meetingId(),
                f.previousMeetingId(), f.status(), f.letterAvailable(), f.letterNote(), f.createdAt());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such follow-up in this partnership.");
    }

}
