package uk.reviewhub.meeting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The chair's days in a year from 1 April ({@code year} 2025: 1 April 2025 to 31 March 2026)
 * against the allocation in force on its first day (null where the pack sets none).
 */
public record ChairYear(UUID groupId, int year, LocalDate from, LocalDate to, BigDecimal allocationDays,
                        String allocationBasis, BigDecimal daysUsed, BigDecimal daysRemaining, List<Entry> entries) {

    public record Entry(UUID id, LocalDate workedOn, BigDecimal days, String description, Instant loggedAt) {
    }
}
