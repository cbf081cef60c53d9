package uk.reviewhub.pack;

import java.time.LocalDate;

/** An agency's signed membership compact: the membership year (e.g. 2016-17) and, where recorded, when it was signed. */
public record Compact(String membershipYear, LocalDate signedOn) {
}
