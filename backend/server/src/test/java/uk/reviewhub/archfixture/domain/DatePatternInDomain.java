package uk.reviewhub.archfixture.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Deliberately wrong, for ArchitectureSpec only: a date format of its own instead of DateWindows'. */
public class DatePatternInDomain {
    public String written(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy").format(day);
    }
}
