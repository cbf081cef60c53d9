package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.ScrutinyMethod;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The observation schedule for the weeks from {@code from} (a Monday) to {@code to} (a Sunday):
 * the planned observations, the clashes among them, and the gaps (weeks with none planned; open
 * pieces that observe practice with none planned from today to their report's due date).
 */
public record Schedule(LocalDate from, LocalDate to, List<Scheduled> entries, List<Clash> clashes, List<LocalDate> weeksWithout,
                       List<PieceGap> piecesWithout) {

    public record Clash(Person scrutineer, LocalDate on, UUID first, UUID second) {
    }

    public record PieceGap(UUID pieceId, String title, LocalDate reportDue) {
    }

    /** The Monday of the week holding {@code day}. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Reads the schedule. {@code entries}: those in the window; {@code ahead}: every standing one from
     * {@code today} on (for the pieces' gaps); {@code pieces}: every piece with its report's due date.
     */
    public static Schedule of(LocalDate from, int weeks, LocalDate today, List<Scheduled> entries, List<Scheduled> ahead,
                              List<PieceRecord> pieces) {
        LocalDate to = from.plusWeeks(weeks).minusDays(1);
        List<Clash> clashes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Scheduled a = entries.get(i);
                Scheduled b = entries.get(j);
                if (a.clashesWith(b)) {
                    clashes.add(new Clash(a.observer(), a.observedOn(), a.id(), b.id()));
                }
            }
        }
        Set<LocalDate> weeksWith = entries.stream().filter(e -> !e.cancelled()).map(e -> monday(e.observedOn())).collect(Collectors.toSet());
        List<LocalDate> weeksWithout = new ArrayList<>();
        for (LocalDate week = from; !week.isAfter(to); week = week.plusWeeks(1)) {
            if (!weeksWith.contains(week)) {
                weeksWithout.add(week);
            }
        }
        Map<UUID, List<LocalDate>> planned = ahead.stream().filter(e -> !e.cancelled() && !e.observedOn().isBefore(today))
                .collect(Collectors.groupingBy(Scheduled::pieceId, Collectors.mapping(Scheduled::observedOn, Collectors.toList())));
        List<PieceGap> piecesWithout = pieces.stream()
                .filter(r -> r.piece().status().open() && r.piece().methodology().contains(ScrutinyMethod.OBSERVATIONS))
                .filter(r -> planned.getOrDefault(r.piece().id(), List.of()).stream()
                        .noneMatch(d -> r.clock().due() == null || !d.isAfter(r.clock().due())))
                .map(r -> new PieceGap(r.piece().id(), r.piece().title(), r.clock().due()))
                .toList();
        return new Schedule(from, to, entries, clashes, weeksWithout, piecesWithout);
    }
}
