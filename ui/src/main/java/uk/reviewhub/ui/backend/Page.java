package uk.reviewhub.ui.backend;

import java.util.List;

/** One page of a paged list from the backend, and how many rows match in all (its X-Total-Count). */
public record Page<T>(List<T> rows, long total) {
}
