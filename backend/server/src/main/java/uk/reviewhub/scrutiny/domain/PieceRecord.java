package uk.reviewhub.scrutiny.domain;

import java.util.List;

/** A piece with its report clock and the days logged on it. */
public record PieceRecord(Piece piece, PieceClock clock, List<LoggedDay> days) {
}
