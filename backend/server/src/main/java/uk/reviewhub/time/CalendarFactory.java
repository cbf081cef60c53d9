package uk.reviewhub.time;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.time.clock.ClockDefinitions;
import uk.reviewhub.time.clock.StatutoryClock;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The working-day calendar and the clocks as beans. The bank-holiday data is the bundled copy,
 * with the events of {@code reviewhub.calendar.bank-holidays-file} (same shape as the GOV.UK feed)
 * laid over it when that is set. Built at start-up, so a faulty file stops the application rather
 * than the first deadline.
 */
@Factory
class CalendarFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarFactory.class);

    @Context
    BankHolidayFeed bankHolidayFeed(@Nullable @Value("${reviewhub.calendar.bank-holidays-file:}") String file) {
        BankHolidayFeed bundled = BankHolidayFeed.bundled();
        if (file == null || file.isBlank()) {
            return bundled;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("reviewhub.calendar.bank-holidays-file is " + path.toAbsolutePath()
                    + ", which is not a file");
        }
        LOG.info("Bank holidays: the bundled data with {} laid over it", path.toAbsolutePath());
        return bundled.mergedWith(BankHolidayFeed.read(path));
    }

    @Singleton
    WorkingDayCalendars workingDayCalendars(BankHolidayFeed feed) {
        return new WorkingDayCalendars(feed);
    }

    /** England and Wales: the calendar unless a partnership names another division. */
    @Context
    WorkingDayCalendar workingDayCalendar(WorkingDayCalendars calendars) {
        WorkingDayCalendar calendar = calendars.englandAndWales();
        LOG.info("Working days: {}", calendar);
        return calendar;
    }

    @Singleton
    ClockDefinitions clockDefinitions() {
        return ClockDefinitions.defaults();
    }

    @Singleton
    StatutoryClock statutoryClock(WorkingDayCalendar calendar,
                                  @Value("${reviewhub.clocks.due-soon-working-days:3}") int dueSoonWorkingDays) {
        return new StatutoryClock(calendar, dueSoonWorkingDays);
    }
}
