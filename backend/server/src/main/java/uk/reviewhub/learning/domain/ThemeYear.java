package uk.reviewhub.learning.domain;

import java.util.List;

/** The themes' tallies over one financial year. */
public record ThemeYear(FinancialYear year, List<ThemeTally> tallies) {
}
