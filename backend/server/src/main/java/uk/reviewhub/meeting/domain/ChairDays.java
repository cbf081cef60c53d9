package uk.reviewhub.meeting.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.meeting.persistence.ChairDayQueries;
import uk.reviewhub.meeting.persistence.ChairDayQueries.DayRow;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.LondonTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The independent chair's days worked, against the annual allocation from the partnership's pack,
 * with a quarterly timesheet (Norfolk's chair sends one with each invoice).
 */
@Singleton
public class ChairDays {

    private final ChairDayQueries days;
    private final MeetingGroups groups;
    private final Clock clock;
    private final GroupAuthority authority;

    /** A day (or part of one: 0.25 to 1) the group's independent chair worked. */
    public record ChairDay(UUID groupId, LocalDate workedOn, BigDecimal days, String description) {
    }

    ChairDays(ChairDayQueries days, MeetingGroups groups, Clock clock, GroupAuthority authority) {
        this.authority = authority;
        this.days = days;
        this.groups = groups;
        this.clock = clock;
    }

    public ChairYear year(UUID groupId, Integer yearOrNull) {
        groups.termsOfReference(groupId);
        int year = yearOrNull == null ? ChairAllocations.yearOf(LondonTime.today(clock)) : yearOrNull;
        checkYear(year);
        List<ChairAllocations.Period> periods = days.allocations(groupId).stream()
                .map(a -> new ChairAllocations.Period(a.effectiveFrom(), a.daysPerYear(), a.basis())).toList();
        Optional<ChairAllocations.Period> allocation = ChairAllocations.forYear(periods, year);
        List<DayRow> rows = days.days(groupId, ChairAllocations.yearStart(year), ChairAllocations.yearEnd(year));
        BigDecimal used = rows.stream().map(DayRow::days).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allowed = allocation.map(ChairAllocations.Period::daysPerYear).orElse(null);
        return new ChairYear(groupId, year, ChairAllocations.yearStart(year), ChairAllocations.yearEnd(year),
                allowed, allocation.map(ChairAllocations.Period::basis).orElse(null), used,
                allowed == null ? null : allowed.subtract(used),
                rows.stream().map(r -> new ChairYear.Entry(r.id(), r.workedOn(), r.days(), r.description(), r.loggedAt())).toList());
    }

    @Transactional
    public ChairYear log(ChairDay request, CurrentUser user) {
        groups.termsOfReference(request.groupId());
        authority.requireChairOrSupport(request.groupId(), user, "log the chair's days");
        if (request.workedOn().isAfter(LondonTime.today(clock))) {
            throw new InvalidFieldException("workedOn", "Days are logged once worked: " + request.workedOn() + " is still to come.");
        }
        days.lockDay(request.groupId(), request.workedOn());
        if (days.daysOn(request.groupId(), request.workedOn()).add(request.days()).compareTo(BigDecimal.ONE) > 0) {
            throw new RuleNotMetException("More than one day would be logged for " + request.workedOn() + ".");
        }
        days.insert(UUID.randomUUID(), request.groupId(), request.workedOn(), request.days(), request.description().strip(), user.userId());
        return year(request.groupId(), ChairAllocations.yearOf(request.workedOn()));
    }

    /** The quarter's timesheet as RFC 4180 CSV (CRLF line ends), with a total row. */
    public String timesheet(UUID groupId, int year, int quarter) {
        groups.termsOfReference(groupId);
        checkYear(year);
        if (quarter < 1 || quarter > 4) {
            throw new InvalidFieldException("quarter", "Quarter is 1 (April to June), 2, 3 or 4 (January to March).");
        }
        LocalDate from = ChairAllocations.quarterStart(year, quarter);
        LocalDate to = ChairAllocations.quarterEnd(year, quarter);
        StringBuilder csv = new StringBuilder("Date,Days,Work\r\n");
        BigDecimal total = BigDecimal.ZERO;
        for (DayRow r : days.days(groupId, from, to)) {
            csv.append(r.workedOn()).append(',').append(r.days().stripTrailingZeros().toPlainString()).append(',')
                    .append(csvField(r.description())).append("\r\n");
            total = total.add(r.days());
        }
        csv.append("Total,").append(total.stripTrailingZeros().toPlainString()).append(',')
                .append(csvField(from + " to " + to)).append("\r\n");
        return csv.toString();
    }

    /** Quoted where needed; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
    static String csvField(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "Year is the year in which the financial year starts (on 1 April), from 2000 to 2100: 2025 for April 2025 to March 2026.");
        }
    }
}
