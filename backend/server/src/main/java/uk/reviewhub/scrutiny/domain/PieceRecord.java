package uk.reviewhub.scrutiny.domain;

import java.util.List;

/** A piece with its report clock, the days logged on it and the themes across its observations (empty in the programme). */
public record PieceRecord(Piece piece, PieceClock clock, List<LoggedDay> days, List<RatingSummary.DomainCounts> themes) {
}
