package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The observation schedule shared by the partnership's scrutineers, for the weeks from {@code from}
 * (a Monday) to {@code to} (a Sunday): every planned observation by day and time; the clashes (one
 * scrutineer planned at two observations at once); and the gaps: the weeks with no observation
 * planned, and the open pieces that gather evidence by observation but have none planned from today
 * to their report's due date.
 */
@Serdeable
public record ScheduleView(LocalDate from, LocalDate to, List<ScheduledView> entries, List<Clash> clashes,
                           List<LocalDate> weeksWithout, List<PieceGap> piecesWithout) {

    /** One scrutineer planned at two observations whose times overlap on the same day. */
    @Serdeable
    public record Clash(PersonName scrutineer, LocalDate on, UUID first, UUID second) {
    }

    /** An open piece that observes practice with no observation planned before its report is due. */
    @Serdeable
    public record PieceGap(UUID pieceId, String title, @Nullable LocalDate reportDue) {
    }
}
