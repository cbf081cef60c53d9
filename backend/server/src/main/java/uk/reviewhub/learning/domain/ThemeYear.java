package uk.reviewhub.learning.domain;

import uk.reviewhub.api.vocabulary.FinancialYear;

import java.util.List;

/** The themes' tallies over one financial year. */
public record ThemeYear(FinancialYear year, List<ThemeTally> tallies) {
}
