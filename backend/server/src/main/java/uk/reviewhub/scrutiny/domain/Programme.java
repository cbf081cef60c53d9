package uk.reviewhub.scrutiny.domain;

import java.util.List;

/** The scrutiny programme: whether the partnership runs scrutiny, its scrutineers today, its pieces with their clocks. */
public record Programme(boolean enabled, List<Person> scrutineers, List<PieceRecord> pieces) {
}
