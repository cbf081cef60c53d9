package uk.reviewhub.time;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.LocalDate;

/**
 * Test only: a route that lets a {@link DateOutsideCalendarException} escape, as a bug on some
 * path might, so a spec can see what the HTTP edge makes of it.
 */
@Controller("/api/test/outside-calendar")
@Secured(SecurityRule.IS_AUTHENTICATED)
class OutsideCalendarProbe {

    @Get
    String escape() {
        throw new DateOutsideCalendarException(LocalDate.of(2031, 3, 3), BankHolidayFeed.ENGLAND_AND_WALES,
                LocalDate.of(2012, 1, 1), LocalDate.of(2028, 12, 31));
    }
}
