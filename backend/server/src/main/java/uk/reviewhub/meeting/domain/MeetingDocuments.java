package uk.reviewhub.meeting.domain;

import uk.reviewhub.partnership.domain.GroupTerms;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import jakarta.inject.Singleton;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.DocumentRenderer;
import uk.reviewhub.document.domain.PlainData;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.meeting.persistence.AgendaQueries;
import uk.reviewhub.meeting.persistence.AgendaQueries.ItemRow;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.meeting.persistence.PaperQueries;
import uk.reviewhub.meeting.persistence.PaperQueries.PaperRow;
import uk.reviewhub.partnership.domain.PartnershipDirectory;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting's agenda and minutes as documents, made with the partnership's AGENDA and MINUTES
 * templates from plain maps shaped as {@code SampleData} shows. The agenda is the latest published
 * revision; before the first publication it is the accepted items in order, marked DRAFT. Draft
 * minutes are marked DRAFT whatever the template says; approved minutes carry their approval and
 * render from their record as minuted (attendance with deputies named, quorum verdict, actions).
 */
@Singleton
public class MeetingDocuments {

    static final String DRAFT = "DRAFT";

    private final MeetingGroups groups;
    private final MeetingAgenda agendas;
    private final AgendaQueries agenda;
    private final PaperQueries papers;
    private final MeetingMinutes minutes;
    private final MeetingAttendance attendance;
    private final PartnershipDirectory directory;
    private final DocumentRenderer renderer;
    private final Clock clock;

    MeetingDocuments(MeetingGroups groups, MeetingAgenda agendas, AgendaQueries agenda, PaperQueries papers,
                     MeetingMinutes minutes, MeetingAttendance attendance, PartnershipDirectory directory,
                     DocumentRenderer renderer, Clock clock) {
        this.groups = groups;
        this.agendas = agendas;
        this.agenda = agenda;
        this.papers = papers;
        this.minutes = minutes;
        this.attendance = attendance;
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
    }

    public RenderedDocument agenda(UUID meetingId, DocumentFormat format) {
        Map<String, Object> data = agendaData(meetingId);
        if (Boolean.TRUE.equals(data.get("published"))) {
            return renderer.render(TemplateKind.AGENDA, data, format);
        }
        return renderer.render(TemplateKind.AGENDA, data, format, DRAFT, "DRAFT: this agenda has not been published.");
    }

    public RenderedDocument minutes(UUID meetingId, DocumentFormat format) {
        Map<String, Object> data = minutesData(meetingId);
        if (Boolean.TRUE.equals(data.get("approved"))) {
            return renderer.render(TemplateKind.MINUTES, data, format);
        }
        return renderer.render(TemplateKind.MINUTES, data, format, DRAFT, "DRAFT: these minutes have not been approved.");
    }

    /** The agenda's data: {@code published}, {@code revision}, {@code publishedOn}, {@code publishBy}, {@code items}. */
    Map<String, Object> agendaData(UUID meetingId) {
        MeetingRow m = groups.meeting(meetingId);
        Map<String, Object> data = common(m);
        var view = agendas.agenda(meetingId);
        List<ItemRow> rows = agenda.items(meetingId);
        Map<UUID, ItemRow> byId = rows.stream().collect(Collectors.toMap(ItemRow::id, Function.identity()));
        Map<UUID, String> names = agenda.userNames(rows.stream().map(ItemRow::submittedBy).collect(Collectors.toSet()));
        List<Map<String, Object>> items = new ArrayList<>();
        AgendaPublication published = view.published();
        if (published != null) {
            for (AgendaPublication.Item i : published.items()) {
                ItemRow row = byId.get(i.itemId());
                items.add(item(i.number(), i.title(), row == null ? "" : names.getOrDefault(row.submittedBy(), ""),
                        row != null && row.late(), i.papers()));
            }
            data.put("published", true);
            data.put("revision", published.revision());
            data.put("publishedOn", LondonTime.UK_DATE.format(published.publishedAt().atZone(LondonTime.ZONE).toLocalDate()));
        } else {
            Map<UUID, List<String>> paperNames = new LinkedHashMap<>();
            for (PaperRow p : papers.papersOfMeeting(meetingId)) {
                paperNames.computeIfAbsent(p.agendaItemId(), k -> new ArrayList<>()).add(p.fileName());
            }
            int number = 0;
            for (ItemRow row : rows) {
                if ("ACCEPTED".equals(row.decision())) {
                    items.add(item(++number, row.title(), names.getOrDefault(row.submittedBy(), ""), row.late(),
                            paperNames.getOrDefault(row.id(), List.of())));
                }
            }
            data.put("published", false);
            data.put("revision", "");
            data.put("publishedOn", "");
        }
        data.put("publishBy", view.publishBy() == null ? "" : LondonTime.UK_DATE.format(view.publishBy()));
        data.put("items", items);
        return PlainData.copy(data);
    }

    /** The current minutes' data: {@code status}, {@code draft}, {@code approved}, {@code approvedOn}, present, apologies, quorum, items. */
    Map<String, Object> minutesData(UUID meetingId) {
        MeetingRow m = groups.meeting(meetingId);
        Minutes current = minutes.minutes(meetingId);
        Map<String, Object> data = common(m);
        boolean approved = current.status() == uk.reviewhub.api.vocabulary.MinutesStatus.APPROVED;
        data.put("status", approved ? (current.number() > 1 ? "Approved, amendment " + (current.number() - 1) : "Approved") : "Draft");
        data.put("draft", !approved);
        data.put("approved", approved);
        data.put("approvedOn", current.approvedAt() == null ? ""
                : LondonTime.UK_DATE.format(current.approvedAt().atZone(LondonTime.ZONE).toLocalDate()));
        data.put("approvedAtMeeting", current.approvedAtMeetingId() == null ? ""
                : LondonTime.UK_DATE.format(MeetingGroups.day(groups.meeting(current.approvedAtMeetingId()))));
        data.put("amendmentReason", current.amendmentReason() == null ? "" : current.amendmentReason());

        data.put("approvedBy", approved && current.approvedBy() != null ? current.approvedBy() : "");
        // Approved minutes render from their record as minuted; a draft from the meeting as it stands.
        Minuted record = approved && current.minuted() != null ? current.minuted() : null;
        List<Minuted.Seat> seats;
        QuorumVerdict verdict;
        List<Minuted.Action> actions;
        if (record != null) {
            seats = record.seats();
            verdict = new QuorumVerdict(record.quorum().quorate(), record.quorum().summary(), record.quorum().reasons(), true, 0);
            actions = record.actions();
        } else {
            Attendance now = attendance.attendance(meetingId);
            seats = now.seats().stream().filter(s -> s.status() != null)
                    .map(s -> new Minuted.Seat(s.seat().id(), s.seat().positionTitle(), s.seat().agency().name(), s.seat().groupRole(),
                            s.status(), s.deputyName(), s.delegatedAuthority()))
                    .toList();
            verdict = now.quorum();
            actions = minutes.actions(meetingId).stream()
                    .map(a -> new Minuted.Action(a.id(), a.agendaItemId(), a.description(), a.owner(),
                            Objects.requireNonNullElse(a.agencyName(), ""), a.dueDate()))
                    .toList();
        }
        data.put("present", seats.stream().filter(s -> s.status() == AttendanceStatus.PRESENT || s.status() == AttendanceStatus.DEPUTY)
                .map(MeetingDocuments::person).toList());
        data.put("apologies", seats.stream().filter(s -> s.status() == AttendanceStatus.APOLOGIES)
                .map(MeetingDocuments::person).toList());
        data.put("quorum", Map.of("quorate", verdict.quorate(), "verdict", sentence(verdict.summary())));

        Set<UUID> entryItems = new HashSet<>();
        List<Map<String, Object>> items = new ArrayList<>();
        int number = 0;
        for (MinuteEntry e : current.entries()) {
            if (e.agendaItemId() != null) {
                entryItems.add(e.agendaItemId());
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("number", ++number);
            item.put("title", e.heading());
            item.put("notes", e.notes());
            item.put("decisions", e.decisions().stream().map(d -> Map.of("text", d)).toList());
            item.put("actions", actions.stream().filter(a -> a.agendaItemId() != null && a.agendaItemId().equals(e.agendaItemId()))
                    .map(MeetingDocuments::action).toList());
            items.add(item);
        }
        data.put("items", items);
        data.put("otherActions", actions.stream()
                .filter(a -> a.agendaItemId() == null || !entryItems.contains(a.agendaItemId()))
                .map(MeetingDocuments::action).toList());
        return PlainData.copy(data);
    }

    private Map<String, Object> common(MeetingRow m) {
        GroupTerms terms = groups.termsOfReference(m.groupId());
        Map<String, Object> data = new LinkedHashMap<>();
        directory.partnership().ifPresent(p -> data.put("partnership", Map.of("name", p.name(), "shortName", p.shortName())));
        data.put("group", Map.of("name", terms.group().name(),
                "shortName", Objects.requireNonNullElse(terms.group().shortName(), terms.group().name())));
        data.put("generatedOn", LondonTime.UK_DATE.format(LondonTime.today(clock)));
        LocalDateTime start = MeetingGroups.london(m.scheduledStart());
        data.put("meeting", Map.of("title", m.title(), "date", LondonTime.UK_DATE.format(start.toLocalDate()), "time", LondonTime.UK_TIME.format(start.toLocalTime()),
                "location", Objects.requireNonNullElse(m.location(), ""), "kind", m.kind().equals("EXTRA") ? "Extra" : "Planned"));
        return data;
    }

    private static Map<String, Object> item(int number, String title, String presenter, boolean late, List<String> paperNames) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", number);
        item.put("title", title);
        item.put("presenter", presenter);
        item.put("late", late);
        item.put("papers", paperNames.stream().map(n -> Map.of("name", n)).toList());
        return item;
    }

    /** A seat as minuted; a deputy is named ({@code deputy}, and in {@code name} for templates that print only that). */
    private static Map<String, Object> person(Minuted.Seat s) {
        boolean deputy = s.status() == AttendanceStatus.DEPUTY && s.deputyName() != null;
        return Map.of("name", deputy ? s.deputyName() + " (deputy)" : "", "positionTitle", s.positionTitle(), "agency", s.agency(),
                "role", words(s.groupRole().name()), "deputy", deputy ? s.deputyName() : "",
                "delegatedAuthority", deputy && s.delegatedAuthority());
    }

    private static Map<String, Object> action(Minuted.Action a) {
        return Map.of("description", a.description(), "owner", a.owner(),
                "agency", Objects.requireNonNullElse(a.agency(), ""), "dueOn", LondonTime.UK_DATE.format(a.dueDate()));
    }

    private static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String text = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String sentence(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
