package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A piece of scrutiny: as commissioned, where it stands, its report clock (see {@link PieceSummary}),
 * the statuses it may move to next, and the scrutineers' days logged on it (they count against the
 * chair's days allocation of the group the pack names), and the themes across its observations
 * (counts per rating per domain).
 */
@Serdeable
public record PieceView(UUID id, String title, String scope, List<String> questions, List<ScrutinyMethod> methodology,
                        String commissionedBy, LocalDate commissionedOn, PersonName lead, List<PersonName> team,
                        @Nullable LocalDate agreedReportBy, @Nullable LocalDate reportDue, String clockStatus,
                        String clockLabel, ScrutinyStatus status, List<ScrutinyStatus> nextStatuses,
                        @Nullable LocalDate reportedOn, int version, BigDecimal daysLogged, List<Day> days,
                        List<DomainThemes> themes) {

    /**
     * The themes across the piece's observations for one domain: how many observations gave each
     * rating, in the order of the domain's scale (best first).
     */
    @Serdeable
    public record DomainThemes(String domain, String domainName, List<RatingCount> counts) {
    }

    @Serdeable
    public record RatingCount(String rating, int count) {
    }

    @Serdeable
    public record Day(UUID id, LocalDate workedOn, BigDecimal days, String description, PersonName workedBy, Instant loggedAt) {
    }
}
