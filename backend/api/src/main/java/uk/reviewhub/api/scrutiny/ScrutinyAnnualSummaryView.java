package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The annual summary of independent scrutiny in a financial year ({@code year} is the year it starts,
 * {@code financialYear} its label, e.g. 2025-26): pieces commissioned, completed (reported) and still
 * open at the year's end; the pieces commissioned or completed in it; observations and other evidence
 * by kind; the observations' ratings per domain; the days of scrutiny, all the days used on the chair's
 * days allocation (chairing and scrutiny share it), the allocation and what remains (null when no
 * allocation covers the year).
 */
@Serdeable
public record ScrutinyAnnualSummaryView(int year, String financialYear, LocalDate from, LocalDate to, boolean enabled,
                                        int commissioned, int completed, int open, List<Line> pieces, int observations,
                                        List<EvidenceCount> evidence, List<PieceView.DomainThemes> themes,
                                        BigDecimal scrutinyDays, BigDecimal daysUsed, @Nullable BigDecimal allocationDays,
                                        @Nullable BigDecimal daysRemaining) {

    /** A piece commissioned or completed in the year. */
    @Serdeable
    public record Line(UUID id, String title, LocalDate commissionedOn, ScrutinyStatus status, @Nullable LocalDate reportedOn) {
    }

    /** How many of a kind of evidence were gathered: {@code kind} is OBSERVATION or an EvidenceKind; {@code label} in words. */
    @Serdeable
    public record EvidenceCount(String kind, String label, int count) {
    }
}
