package uk.reviewhub.api.national;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;

/**
 * What national benchmarking compares the signed-in partnership with: its region of England, its child
 * population aged 0 to 17 (with the year and source of the estimate: the denominator of every rate per
 * 10,000) and its statistical neighbours. Every partnership role reads them; a partnership admin sets
 * them (an onboarded partnership has no pack to give them). Once an admin has set them, a pack reload
 * does not write over them.
 */
public interface ComparatorsApi {

    String COMPARATORS = "/api/partnership/comparators";

    @Get(COMPARATORS)
    ComparatorsView comparators();

    @Put(COMPARATORS)
    ComparatorsView setComparators(@Valid @Body ComparatorsUpdate update);
}
