package uk.reviewhub.national.domain;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code reviewhub.national.*}: {@code suppress-up-to}, the largest count shown as {@code c}
 * (default 5, the official convention; it may be raised, never lowered below 5); {@code trend-years},
 * how many financial years the national landing's trend shows (default 10).
 */
@ConfigurationProperties("reviewhub.national")
public record NationalSettings(@Nullable Integer suppressUpTo, @Nullable Integer trendYears) {

    public int suppressUpToOrDefault() {
        return suppressUpTo == null ? Suppression.OFFICIAL_LIMIT : suppressUpTo;
    }

    public int trendYearsOrDefault() {
        return trendYears == null ? 10 : Math.max(1, Math.min(trendYears, 20));
    }
}
